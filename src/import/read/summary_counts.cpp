#include "import/read/summary_counts.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string_view>

#include "import/fields/cell_values.h"
#include "import/fields/column_roles.h"
#include "import/read/table_cells.h"
#include "model/status_words.h"
#include "util/ascii_case.h"

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

// "Colour | Meaning", "RAG rating | What it means": the column of colours
// (or status words) a key explains.
std::optional<size_t> key_column(const TableCells& header) {
  for (size_t k = 0; k < 2; ++k) {
    std::string key = ascii_lowered(header.cells[k]);
    std::string other = ascii_lowered(header.cells[1 - k]);
    bool keyed = key == "colour" || key == "color" || key == "key" || key == "rag" ||
                 key == "rag rating" || key == "rag status" || key == "status" || key == "rating";
    bool meaning = other == "meaning" || other == "description" || other == "definition" ||
                   other == "what it means" || other == "explanation";
    if (keyed && meaning) return k;
  }
  return std::nullopt;
}

bool is_key_word(std::string_view cell) {
  return !cell_rag_colour(cell).empty() || status_word_meaning(cell).has_value();
}

// Takes out each table of two columns whose header `column_of` knows and
// whose rows' cell in that column `fits`.
template <typename Header, typename Fits>
std::vector<int> take_out_tables(std::vector<Block>& blocks, Header column_of, Fits fits) {
  std::vector<int> taken;
  for (size_t i = 0; i < blocks.size(); ++i) {
    std::optional<TableCells> header = two_cells(blocks[i]);
    std::optional<size_t> column = header ? column_of(*header) : std::nullopt;
    if (!column) continue;
    size_t end = i + 1;
    for (; end < blocks.size(); ++end) {
      std::optional<TableCells> row = two_cells(blocks[end]);
      if (!row || !fits(row->cells[*column])) break;
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

}  // namespace

std::vector<int> take_out_summary_counts(std::vector<Block>& blocks) {
  return take_out_tables(blocks, count_column, is_count);
}

std::vector<int> take_out_colour_keys(std::vector<Block>& blocks) {
  return take_out_tables(blocks, key_column, is_key_word);
}

}  // namespace plan
