// Where the `updates` lists of a recommendation file are, as line ranges of
// the text: found through the YAML tree's marks, so a merge can work on the
// bytes as written instead of re-serialising anything.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace plan {

struct UpdateItemLines {
  int first = 0;     // 1-based line of the item's "- "
  int last = 0;      // its last line that is not blank
  std::string date;  // the date as written, "" when it has none
  std::string id;    // an action's id ("7a"); "" for an update
};

/// The lists a merge can combine: each `updates` list, and each `actions`
/// list (whose items are the force's actions, each with its own updates).
struct UpdateListLines {
  // Which list: "" for the recommendation's own updates, the evidence id
  // ("23.1") for a requirement's, "action 7a" for an action's,
  // "actions" and "actions 23.1" for the lists of actions themselves.
  std::string owner;
  int dash_col = 0;  // 0-based column of the items' "-"
  std::vector<UpdateItemLines> items;
};

/// Every block `updates` and `actions` list in the file whose items are mappings starting on
/// their dash's line. nullopt when the text is not YAML this can follow (it
/// then merges as plain lines).
std::optional<std::vector<UpdateListLines>> find_update_lists(const std::string& text);

}  // namespace plan
