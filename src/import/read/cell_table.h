// Tables copied one cell a line, as a browser copy of a web page's table
// often gives them: the header's cells one a line ("Rec No.", "Recommendation",
// "Status" …), then each row's cells one a line, sometimes with a blank line
// between rows. The header is known by its column words; the cells after it
// are read in groups of the column count, each row starting with a number
// where the table has a number column. A group that does not fit is kept
// apart, to be reported with its lines, never read into the wrong column.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "import/fields/column_roles.h"
#include "import/read/block.h"

namespace plan {

struct CellTableCell {
  int line = 0;
  std::string text;  // trimmed; empty for an empty cell given as a blank line
};

struct CellTableRow {
  std::vector<CellTableCell> cells;  // one per column when misfit is empty
  std::string misfit;                // why these lines are not a row of the table
  std::vector<int> lines;            // every line of the row (or misfit)
};

struct CellTable {
  size_t first = 0, end = 0;  // lines[first, end) belong to the table
  std::vector<ColumnRole> header;
  std::vector<int> header_lines;
  std::vector<CellTableRow> rows;  // in page order, misfits among them
};

/// A one-cell-a-line table whose header starts at lines[at], or nullopt.
std::optional<CellTable> cell_table_at(const std::vector<Block>& lines, size_t at);

}  // namespace plan
