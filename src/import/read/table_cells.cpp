#include "import/read/table_cells.h"

#include "import/fields/line_patterns.h"

namespace plan {
namespace {

bool is_rule_cell(std::string_view cell) {
  bool dash = false;
  for (char c : cell) {
    if (c == '-')
      dash = true;
    else if (c != ':' && c != ' ')
      return false;
  }
  return dash;
}

// "---|:---|": every filled cell a rule.
bool is_rule_row(const std::vector<std::string_view>& cells) {
  bool all_rule = true, any_rule = false;
  for (std::string_view c : cells) {
    if (c.empty()) continue;
    if (is_rule_cell(c))
      any_rule = true;
    else
      all_rule = false;
  }
  return any_rule && all_rule;
}

std::vector<std::string_view> split_on(std::string_view line, char sep) {
  std::vector<std::string_view> cells;
  size_t start = 0;
  for (;;) {
    size_t end = line.find(sep, start);
    cells.push_back(
        trim_line(line.substr(start, end == std::string_view::npos ? end : end - start)));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return cells;
}

}  // namespace

bool has_table_separator(std::string_view text) {
  return text.find('\t') != std::string_view::npos || text.find(" | ") != std::string_view::npos;
}

std::optional<TableCells> cells_of(const Block& block) {
  if (block.kind != BlockKind::table_row || block.cells.size() < 2) return std::nullopt;
  TableCells row;
  row.border = block.bordered;
  for (const std::string& c : block.cells) row.cells.push_back(trim_line(c));
  row.rule = is_rule_row(row.cells);
  return row;
}

void recognise_table_rows(std::vector<Block>& blocks) {
  for (Block& b : blocks) {
    if (b.kind != BlockKind::text_line) continue;
    std::optional<TableCells> row = split_table_row(b.text);
    if (!row) continue;
    b.kind = BlockKind::table_row;
    b.bordered = row->border;
    b.cells.assign(row->cells.begin(), row->cells.end());
  }
}

std::optional<TableCells> split_table_row(std::string_view raw) {
  std::string_view line = raw;
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  TableCells row;
  if (line.find('\t') != std::string_view::npos &&
      trim_line(line).find('\t') != std::string_view::npos) {
    row.cells = split_on(line, '\t');
  } else {
    std::string_view t = trim_line(line);
    bool outer = t.size() >= 2 && (t.front() == '|' || t.back() == '|');
    bool rule_line = t.find('|') != std::string_view::npos &&
                     t.find_first_not_of("-:| ") == std::string_view::npos;
    if (!outer && !rule_line && t.find(" | ") == std::string_view::npos) return std::nullopt;
    // Outer pipes are a border only when both are there: a row that only
    // starts with '|' has an empty first cell.
    if (t.size() >= 2 && t.front() == '|' && t.back() == '|') {  // not a lone '|'
      t.remove_prefix(1);
      t.remove_suffix(1);
      row.border = true;
    } else if (t.back() == '|') {
      t.remove_suffix(1);
    }
    row.cells = split_on(t, '|');
  }
  if (row.cells.size() < 2) return std::nullopt;
  row.rule = is_rule_row(row.cells);
  return row;
}

}  // namespace plan
