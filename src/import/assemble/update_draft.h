// One progress update being put together from its "Force Update:", "Date:"
// and "Status:" lines: the note may run over several paragraphs, and a
// field the draft already has starts the next update.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "import/fields/line_patterns.h"
#include "model/plan.h"

namespace plan {

struct UpdateDraft {
  Update update;
  int first_line = 0;
  int last_line = 0;
  bool has_note = false;
  bool has_date = false;
  bool has_status = false;
  bool note_open = false;  // paragraphs that follow continue the note
  bool date_readable = false;

  /// True when a line of this kind repeats a field the draft has, so it
  /// belongs to the next update.
  bool repeats(const LineShape& line) const;
  /// Why the draft cannot be recorded ("it has no 'Date:' line"), or "". A
  /// dated note with no status can: it is an update with no status.
  std::string missing() const;
};

struct DraftWarning {
  const char* rule;
  std::string message;
};

/// What to say of a percentage given with no status word ("40%", "Amber
/// (60%)"): it is not imported, as none is made up for it.
std::string percent_without_status(std::string_view as_written, int percent);

/// Sets the draft's date (day or month precision, never an invented day).
void set_update_date(UpdateDraft& draft, const WrittenDate& date);

/// Reads an update_note, update_date or update_status line into the draft.
/// A status the plan's statuses lack is added to them before the last
/// (done) one. The page's spelling is kept: a default status ("In
/// Progress") the page first writes otherwise ("In progress") takes the
/// page's casing; only a later line re-casing a status the page already
/// used (listed in seen) is given that spelling, with a warning saying so.
/// Returns what a person should check.
std::vector<DraftWarning> read_update_line(UpdateDraft& draft, const LineShape& shape,
                                           std::vector<std::string>& statuses,
                                           std::vector<std::string>& seen);

}  // namespace plan
