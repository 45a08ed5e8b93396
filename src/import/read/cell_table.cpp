#include "import/read/cell_table.h"

#include <fmt/format.h>

#include "import/fields/cell_values.h"
#include "import/fields/line_patterns.h"
#include "import/fields/uk_date.h"
#include "import/read/table_cells.h"

namespace plan {
namespace {

// A line that can be one header cell: a known column heading, short, with
// no label colon or table separator, and digits only in a dated update
// heading ("March 2026 update"); "Recommendation 15" is a heading, not a cell.
// With unknown set, a short heading the importer does not know ("Priority")
// is taken too, as an unknown column.
std::optional<ColumnRole> header_cell(std::string_view text, bool unknown = false) {
  if (text.empty() || text.size() > 60 || text.find(':') != std::string_view::npos)
    return std::nullopt;
  if (split_table_row(text)) return std::nullopt;
  int words = 1;
  for (char c : text) words += c == ' ';
  if (words > 7) return std::nullopt;
  ColumnRole role = column_role(text);
  bool digits = text.find_first_of("0123456789") != std::string_view::npos;
  if (role.kind == Column::unknown) {
    bool sentence = text.back() == '.' || text.back() == '?' || text.back() == '!';
    if (!unknown || digits || sentence || words > 4) return std::nullopt;
    return role;
  }
  if (digits && !((role.kind == Column::update || role.kind == Column::response) && role.date))
    return std::nullopt;
  return role;
}

bool starts_row(std::string_view text) {
  std::optional<int> number;
  std::string id;
  return read_number_cell(text, number, id);
}

// Lines that no table cell can be: page furniture, or a row of another table.
bool ends_table(std::string_view text) {
  return classify_line(text).kind == LineKind::furniture || split_table_row(text).has_value();
}

// How well a cell fits its column, for a row one cell short: +1 when its
// form is the column's (an evidence id in the evidence column, a date in the
// date column, a short status), -1 when it is plainly not, 0 when unsure.
int fit(const ColumnRole& column, std::string_view cell) {
  if (cell.empty()) return 0;
  bool date = parse_uk_date(cell).has_value();
  LineShape shape = classify_line(cell);
  int words = 1;
  for (char c : cell) words += c == ' ';
  switch (column.kind) {
    case Column::number:
      return starts_row(cell) ? 1 : -1;
    case Column::evidence:
      return shape.kind == LineKind::evidence ? 1 : date ? -1 : 0;
    case Column::date:
      return date ? 1 : -1;
    case Column::status:
      return date || words > 5 ? -1 : 1;
    case Column::owner:
      return date || shape.kind == LineKind::evidence ? -1 : 0;
    case Column::text:
    case Column::update:
    case Column::action:
    case Column::response:
      return date || shape.kind == LineKind::evidence ? -1 : 0;
    case Column::target:
      return date ? 1 : words > 4 ? -1 : 0;
    case Column::rag:
      return date || words > 3 ? -1 : 1;
    default:
      return date ? -1 : 0;
  }
}

struct Reader {
  const std::vector<Block>& lines;
  size_t n;
  std::string_view text(size_t i) const { return trim_line(lines[i].text); }
  bool blank(size_t i) const { return text(i).empty(); }
  size_t skip_blanks(size_t i) const {
    while (i < n && blank(i)) ++i;
    return i;
  }
  // lines[from, to) as one row; blank lines are empty cells.
  CellTableRow row(size_t from, size_t to) const {
    CellTableRow r;
    for (size_t i = from; i < to; ++i) {
      r.cells.push_back({lines[i].line, std::string(text(i))});
      if (!blank(i)) r.lines.push_back(lines[i].line);
    }
    return r;
  }
  // A browser copy leaves an empty cell out altogether ("13", then "13.2
  // …" with the empty recommendation cell gone). For a group one line short,
  // the one place where an empty cell makes every cell fit its column best,
  // by a clear margin, is taken; otherwise nullopt.
  std::optional<CellTableRow> one_short(size_t from, size_t to,
                                        const std::vector<ColumnRole>& header) const {
    std::vector<size_t> filled;
    for (size_t i = from; i < to; ++i)
      if (!blank(i)) filled.push_back(i);
    if (filled.size() + 1 != header.size()) return std::nullopt;
    int best = -1000, second = -1000;
    size_t best_at = 0;
    for (size_t gap = 1; gap < header.size(); ++gap) {
      int score = 0;
      for (size_t c = 0, k = 0; c < header.size(); ++c) {
        if (c == gap) continue;
        score += fit(header[c], text(filled[k++]));
      }
      if (score > best) {
        second = best;
        best = score;
        best_at = gap;
      } else if (score > second) {
        second = score;
      }
    }
    if (best - second < 2) return std::nullopt;
    CellTableRow r;
    for (size_t c = 0, k = 0; c < header.size(); ++c) {
      if (c == best_at) {
        // The empty cell stands where the next filled one is, or after the last.
        r.cells.push_back({lines[k < filled.size() ? filled[k] : filled.back()].line, ""});
        continue;
      }
      r.cells.push_back({lines[filled[k]].line, std::string(text(filled[k]))});
      r.lines.push_back(lines[filled[k]].line);
      ++k;
    }
    return r;
  }
  CellTableRow misfit(size_t from, size_t to, std::string why) const {
    CellTableRow r = row(from, to);
    r.cells.clear();
    r.misfit = std::move(why);
    return r;
  }
};

}  // namespace

std::optional<CellTable> cell_table_at(const std::vector<Block>& lines, size_t at) {
  Reader rd{lines, lines.size()};
  if (at >= rd.n || !header_cell(rd.text(at))) return std::nullopt;
  CellTable table;
  table.first = at;
  size_t i = at, header_end = at;
  while (i < rd.n) {
    if (rd.blank(i)) {
      ++i;
      continue;
    }
    // Under a number column's heading, every short line up to the first
    // row's number is a heading, known or not: an unknown one becomes an
    // unknown column (its cells reported), never text run into a field.
    bool numbered_header = !table.header.empty() && table.header.front().kind == Column::number;
    if (numbered_header && starts_row(rd.text(i))) break;
    std::optional<ColumnRole> role = header_cell(rd.text(i), numbered_header);
    if (!role) break;
    // The same column twice ("Status", "Status") is not one header.
    for (const ColumnRole& r : table.header)
      if (r.kind == role->kind && r.kind != Column::update) return std::nullopt;
    table.header.push_back(*role);
    table.header_lines.push_back(lines[i].line);
    header_end = ++i;
  }
  const size_t columns = table.header.size();
  if (columns < 3 || !is_header_row(table.header)) return std::nullopt;
  settle_header(table.header);
  const bool numbered = table.header.front().kind == Column::number;
  // Unknown headings are taken only where a row's number ends the header.
  bool unknowns = false;
  for (const ColumnRole& r : table.header) unknowns = unknowns || r.kind == Column::unknown;
  size_t first_cell = rd.skip_blanks(header_end);
  if (unknowns && !(numbered && first_cell < rd.n && starts_row(rd.text(first_cell))))
    return std::nullopt;
  const std::string shape = fmt::format("{} columns", columns);

  i = header_end;
  size_t end = header_end;
  for (;;) {
    size_t s = rd.skip_blanks(i);
    if (s >= rd.n || ends_table(rd.text(s))) break;
    if (numbered && !starts_row(rd.text(s))) {
      // Not a row's first cell: lines run over from the row above, or the
      // table has ended. A number within the next row's length says which.
      size_t q = s + 1;
      size_t seen = 1;
      bool found = false;
      for (; q < rd.n && seen <= columns; ++q) {
        if (rd.blank(q)) continue;
        if (ends_table(rd.text(q))) break;
        if (starts_row(rd.text(q))) {
          found = true;
          break;
        }
        ++seen;
      }
      if (!found || table.rows.empty()) break;
      table.rows.push_back(rd.misfit(
          s, q,
          fmt::format("a row of the one-cell-a-line table (header on line {}) that does not "
                      "start with a recommendation number where the table's first column is "
                      "'{}'; its cells cannot be told apart",
                      table.header_lines.front(), table.header.front().heading)));
      i = end = q;
      continue;
    }
    size_t r = s;
    while (r < rd.n && !rd.blank(r) && !(r > s && ends_table(rd.text(r)))) ++r;
    size_t run = r - s;
    if (run == columns) {
      table.rows.push_back(rd.row(s, r));
      i = end = r;
      continue;
    }
    if (run > columns) {
      // Rows with no blank line between them.
      size_t next = s + columns;
      if (!numbered || starts_row(rd.text(next))) {
        table.rows.push_back(rd.row(s, next));
        i = end = next;
        continue;
      }
      size_t q = s + 1;
      while (q < r && !starts_row(rd.text(q))) ++q;
      if (q < r) {
        if (std::optional<CellTableRow> fitted = rd.one_short(s, q, table.header)) {
          table.rows.push_back(std::move(*fitted));
          i = end = q;
          continue;
        }
      }
      if (q == r) {
        // The last row, with the page's text straight after it.
        table.rows.push_back(rd.row(s, next));
        end = next;
        break;
      }
      table.rows.push_back(rd.misfit(
          s, q,
          fmt::format("{} lines between recommendation numbers where the one-cell-a-line table "
                      "(header on line {}) has {}: a cell over several lines, or a cell too "
                      "many; its cells cannot be told apart",
                      q - s, table.header_lines.front(), shape)));
      i = end = q;
      continue;
    }
    // Fewer lines than columns: empty cells given as blank lines, or a short row.
    if (!numbered) break;
    size_t q = s + 1;
    while (q < rd.n && (rd.blank(q) || !(starts_row(rd.text(q)) || ends_table(rd.text(q))))) ++q;
    size_t t = q;
    while (t > s && rd.blank(t - 1)) --t;
    size_t filled = 0;
    for (size_t k = s; k < t; ++k) filled += !rd.blank(k);
    if (filled == columns) {
      // A blank line after every cell: the blank lines only separate.
      CellTableRow row;
      for (size_t k = s; k < t; ++k)
        if (!rd.blank(k)) {
          CellTableRow one = rd.row(k, k + 1);
          row.cells.push_back(one.cells.front());
          row.lines.push_back(one.lines.front());
        }
      table.rows.push_back(std::move(row));
      i = end = t;
      continue;
    }
    if (t - s == columns) {
      table.rows.push_back(rd.row(s, t));
      i = end = t;
      continue;
    }
    if (std::optional<CellTableRow> fitted = rd.one_short(s, t, table.header)) {
      table.rows.push_back(std::move(*fitted));
      i = end = t;
      continue;
    }
    table.rows.push_back(rd.misfit(
        s, t,
        fmt::format("a row of {} cells (counting blank lines as empty cells) where the "
                    "one-cell-a-line table (header on line {}) has {}; its cells cannot be "
                    "told apart",
                    t - s, table.header_lines.front(), shape)));
    i = end = t;
  }
  if (table.rows.empty()) return std::nullopt;
  table.end = end;
  return table;
}

}  // namespace plan
