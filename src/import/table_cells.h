// Splitting one line of a copied or extracted table into its cells: cells
// separated by " | " (a Markdown-style or text-extraction table) or by tabs
// (a browser copy), and the "---|---" rule under a header.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace plan {

struct TableCells {
  std::vector<std::string_view> cells;  // trimmed; views into the line
  bool rule = false;                    // "---|:---|" under a header: no content
  bool border = false;                  // "| a | b |": outer pipes were taken as a border
};

/// The cells of a line that is a table row, or nullopt for a line that is
/// not one. The line may be untrimmed (leading tabs mark empty cells).
std::optional<TableCells> split_table_row(std::string_view line);

/// True when text still holds a table separator (" | " or a tab).
bool has_table_separator(std::string_view text);

}  // namespace plan
