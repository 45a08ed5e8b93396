// Adds one update to a recommendation file's text as a minimal edit: the
// entry's lines are inserted at the end of the right `updates` list and every
// other byte stays as it was. A pure function (text in, text out), so it is
// tested without a disk.
#pragma once

#include <functional>
#include <string>

#include "model/plan.h"

namespace plan {

struct UpdateEdit {
  bool ok = false;
  std::string text;    // the whole new file text, when ok
  std::string error;   // why the edit could not be made, when not ok
  int error_line = 0;  // where, if known (1-based)
  int first_line = 0;  // the new entry's lines in the new text (1-based)
  int last_line = 0;
};

/// Appends u to the `updates` list of the recommendation (evidence_id empty)
/// or of the evidence item whose id is evidence_id, creating the list when
/// there is none. The entry follows the file's own list indentation and line
/// endings. An empty flow list (`updates: []`) is the one case where an
/// existing line changes: it becomes `updates:` followed by the entry.
/// The result is parsed back and compared with the original; if anything
/// besides the new entry would read differently, no edit is returned.
UpdateEdit insert_update(const std::string& text, const std::string& evidence_id, const Update& u);

/// Where an entry goes: the list under list_key ("updates", "actions",
/// "revisions") of the recommendation, of its evidence item evidence_id, or
/// of the action action_id under either.
struct EntryPlace {
  std::string evidence_id;
  std::string action_id;
  std::string list_key = "updates";
};

/// The lines of one list entry, its dash at `dash` spaces and its keys at
/// `keys`, each line ending "\n".
using EntryLines = std::function<std::string(int dash, int keys)>;

/// The same minimal, checked edit for any list entry (insert_update is this
/// with an update): appended to the list, or the list created at the end of
/// the mapping, and every other byte as it was.
UpdateEdit insert_entry(const std::string& text, const EntryPlace& place, const EntryLines& lines);

}  // namespace plan
