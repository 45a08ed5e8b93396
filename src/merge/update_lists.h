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
};

struct UpdateListLines {
  std::string owner;  // "" for the recommendation's own list, else the evidence id ("23.1")
  int dash_col = 0;   // 0-based column of the items' "-"
  std::vector<UpdateItemLines> items;
};

/// Every block `updates` list in the file whose items are mappings starting on
/// their dash's line. nullopt when the text is not YAML this can follow (it
/// then merges as plain lines).
std::optional<std::vector<UpdateListLines>> find_update_lists(const std::string& text);

}  // namespace plan
