#include "import/read/summary_counts.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "import/fields/column_roles.h"
#include "import/read/table_cells.h"

namespace plan {
namespace {

// A row of two cells, as a saved page's table or a copied line gives it.
std::optional<TableCells> two_cells(const Block& b) {
  std::optional<TableCells> row =
      b.kind == BlockKind::table_row ? cells_of(b) : split_table_row(b.text);
  if (!row || row->cells.size() != 2) return std::nullopt;
  return row;
}

bool is_count(std::string_view cell) {
  return !cell.empty() && cell.size() <= 4 && std::all_of(cell.begin(), cell.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// "Status | Number of recommendations", either way round: the column of
// counts and the column of statuses.
std::optional<size_t> count_column(const TableCells& header) {
  for (size_t k = 0; k < 2; ++k) {
    Column count = column_role(header.cells[k]).kind;
    Column other = column_role(header.cells[1 - k]).kind;
    if (count == Column::derived && (other == Column::status || other == Column::rag)) return k;
  }
  return std::nullopt;
}

}  // namespace

std::vector<int> take_out_summary_counts(std::vector<Block>& blocks) {
  std::vector<int> taken;
  for (size_t i = 0; i < blocks.size(); ++i) {
    std::optional<TableCells> header = two_cells(blocks[i]);
    std::optional<size_t> count = header ? count_column(*header) : std::nullopt;
    if (!count) continue;
    size_t end = i + 1;
    for (; end < blocks.size(); ++end) {
      std::optional<TableCells> row = two_cells(blocks[end]);
      if (!row || !is_count(row->cells[*count])) break;
    }
    if (end == i + 1) continue;
    for (size_t k = i; k < end; ++k) {
      taken.push_back(blocks[k].line);
      blocks[k].text.clear();
      blocks[k].cells.clear();
      blocks[k].kind = BlockKind::text_line;
    }
    i = end - 1;
  }
  return taken;
}

}  // namespace plan
