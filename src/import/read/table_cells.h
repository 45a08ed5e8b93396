// Splitting one line of a copied or extracted table into its cells: cells
// separated by " | " (a Markdown-style or text-extraction table) or by tabs
// (a browser copy), and the "---|---" rule under a header.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "import/read/block.h"

namespace plan {

struct TableCells {
  std::vector<std::string_view> cells;  // trimmed; views into the line
  bool rule = false;                    // "---|:---|" under a header: no content
  bool border = false;                  // "| a | b |": outer pipes were taken as a border
};

/// The cells of a line that is a table row, or nullopt for a line that is
/// not one. The line may be untrimmed (leading tabs mark empty cells).
std::optional<TableCells> split_table_row(std::string_view line);

/// A table row block's cells as TableCells (views into the block), or
/// nullopt for a block that is no table row.
std::optional<TableCells> cells_of(const Block& block);

/// Copied text's table rows, recognised: a text line that splits into cells
/// (tabs, or " | ") becomes a table row block holding them.
void recognise_table_rows(std::vector<Block>& blocks);

/// True when text still holds a table separator (" | " or a tab).
bool has_table_separator(std::string_view text);

}  // namespace plan
