#include "import/read/broken_rows.h"

#include <optional>
#include <string>

#include "import/fields/cell_values.h"
#include "import/fields/column_roles.h"
#include "import/fields/furniture.h"
#include "import/fields/line_patterns.h"
#include "import/fields/paragraphs.h"
#include "import/read/csv_input.h"
#include "import/read/table_cells.h"

namespace plan {
namespace {

constexpr size_t most_lines_in_a_row = 80;

// The header's roles when the line is a tab-separated header row.
std::optional<std::vector<ColumnRole>> header_of(const Block& l) {
  if (l.text.find('\t') == std::string::npos) return std::nullopt;
  std::optional<TableCells> row = split_table_row(l.text);
  if (!row || row->rule || row->cells.size() < 3) return std::nullopt;
  std::vector<ColumnRole> roles;
  for (std::string_view c : row->cells) roles.push_back(column_role(c));
  if (!is_header_row(roles)) return std::nullopt;
  return roles;
}

// "7<TAB>…", "7.1<TAB>", "Rec 7<TAB>": a line that starts a row by its number.
bool opens_broken_row(std::string_view text) {
  size_t tab = text.find('\t');
  if (tab == std::string_view::npos) return false;
  std::optional<int> number;
  std::string id;
  return read_number_cell(trim_line(text.substr(0, tab)), number, id);
}

// Where a row's lines end for certain: a heading, page furniture, a header.
bool closes_broken_rows(const Block& l) {
  std::string_view t = trim_line(l.text);
  if (t.empty()) return false;
  LineKind kind = classify_line(t).kind;
  return l.kind == BlockKind::heading || kind == LineKind::heading || kind == LineKind::furniture ||
         header_of(l).has_value();
}

// A cell's lines as one cell: a line broken mid-sentence goes on with a
// space (as a saved page's <br> does), and each paragraph or list item is
// kept apart by the paragraph mark a cell's line break is read by.
std::string cell_of(std::string_view text) {
  std::string paragraphs;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    std::string_view line = trim_line(
        text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (!line.empty()) append_paragraph(paragraphs, line);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  std::string out;
  for (size_t at = 0; at < paragraphs.size(); ++at) {
    if (paragraphs.compare(at, 2, "\n\n") == 0) {
      out += cell_paragraph_mark;
      ++at;
    } else {
      out += paragraphs[at];
    }
  }
  return out;
}

// The text before and after a block's last line: the block cell, and the
// cell that lost its tab after it.
std::pair<std::string_view, std::string_view> last_line_apart(std::string_view block) {
  while (!block.empty() && (block.back() == '\n' || block.back() == ' ')) block.remove_suffix(1);
  size_t at = block.rfind('\n');
  if (at == std::string_view::npos) return {std::string_view(), block};
  return {block.substr(0, at), block.substr(at + 1)};
}

// The row's cells, from its lines joined by '\n'; nothing unless they are
// exactly `columns`.
std::vector<std::string> cells_of_row(std::string_view raw, size_t columns) {
  std::vector<std::string_view> pieces;
  for (size_t start = 0;;) {
    size_t tab = raw.find('\t', start);
    pieces.push_back(
        raw.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  std::vector<std::string> cells;
  for (size_t k = 0; k < pieces.size(); ++k) {
    std::string_view piece = pieces[k];
    bool block = !piece.empty() && piece.front() == '\n';
    bool last = k + 1 == pieces.size();
    if (!block) {
      // A line break in the last cell is the page's next line, not the cell's.
      if (last && piece.find('\n') != std::string_view::npos) return {};
      cells.push_back(cell_of(piece));
      continue;
    }
    // A block cell not last in the row took the next cell's line; the last
    // one did only where the row is a cell short.
    if (!last || cells.size() + 1 < columns) {
      auto [before, after] = last_line_apart(piece);
      if (before.empty() && !last) return {};
      cells.push_back(cell_of(before));
      cells.push_back(cell_of(after));
    } else {
      cells.push_back(cell_of(piece));
    }
  }
  if (cells.size() != columns) return {};
  return cells;
}

}  // namespace

std::vector<int> join_broken_rows(std::vector<Block>& lines) {
  std::vector<int> taken;
  std::vector<Block> out;
  out.reserve(lines.size());
  std::optional<std::vector<ColumnRole>> header;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (auto roles = header_of(lines[i])) header = roles;
    if (!header || !opens_broken_row(lines[i].text) || lines[i].kind != BlockKind::text_line) {
      if (lines[i].kind == BlockKind::heading) header.reset();
      out.push_back(lines[i]);
      continue;
    }
    // The row's lines: up to the next row, or where the table surely ends.
    size_t end = i + 1;
    while (end < lines.size() && end - i < most_lines_in_a_row &&
           !opens_broken_row(lines[end].text) && !closes_broken_rows(lines[end]))
      ++end;
    while (end > i + 1 && trim_line(lines[end - 1].text).empty()) --end;
    if (end == i + 1) {
      out.push_back(lines[i]);
      continue;
    }
    std::string raw;
    for (size_t k = i; k < end; ++k) raw += (k > i ? "\n" : "") + lines[k].text;
    std::vector<std::string> cells = cells_of_row(raw, header->size());
    // The last cell a status, a date or a RAG: a value, not a page's text run into it.
    Column last = header->back().kind;
    bool value_column = last == Column::status || last == Column::rag || last == Column::date ||
                        last == Column::percent;
    if (cells.empty() ||
        (value_column && (cells.back().size() > 60 ||
                          cells.back().find(cell_paragraph_mark) != std::string::npos))) {
      out.push_back(lines[i]);
      continue;
    }
    Block row = lines[i];
    row.kind = BlockKind::table_row;
    row.text.clear();
    for (size_t c = 0; c < cells.size(); ++c) row.text += (c ? "\t" : "") + cells[c];
    row.cells = std::move(cells);
    out.push_back(std::move(row));
    for (size_t k = i + 1; k < end; ++k)
      if (!trim_line(lines[k].text).empty()) taken.push_back(lines[k].line);
    i = end - 1;
  }
  lines = std::move(out);
  return taken;
}

}  // namespace plan
