#include "import/read/split_header.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "import/fields/column_roles.h"
#include "import/fields/line_patterns.h"
#include "import/read/table_cells.h"

namespace plan {
namespace {

// A tab-separated row of at least three cells.
size_t tab_cells(const Block& l) {
  if (l.text.find('\t') == std::string::npos) return 0;
  auto row = split_table_row(l.text);
  return row && !row->rule ? row->cells.size() : 0;
}

// A line that could be one heading cell: short, not a sentence, not a row.
bool heading_like(std::string_view t) {
  if (t.empty() || t.size() > 60 || t.find('\t') != std::string_view::npos) return false;
  int words = 1;
  for (char c : t) words += c == ' ';
  char last = t.back();
  bool sentence = last == '?' || last == '!' || (last == '.' && words > 3);  // "Rec No." is none
  return words <= 7 && !sentence;
}

// The line goes on the heading cell before it: that one ends mid-phrase
// ("Sub recommendation/") or this one starts in lower case ("evidence").
bool continues(std::string_view before, std::string_view line) {
  char end = before.back();
  unsigned char first = static_cast<unsigned char>(line.front());
  return end == '/' || end == '-' || end == '&' || end == ',' || std::islower(first) ||
         first == '(';
}

}  // namespace

namespace {

// The roles of a tab-separated line's cells, if it reads as a header row.
std::optional<std::vector<std::string>> header_cells(const Block& l) {
  if (l.text.find('\t') == std::string::npos) return std::nullopt;
  auto row = split_table_row(l.text);
  if (!row || row->rule) return std::nullopt;
  std::vector<ColumnRole> roles;
  for (std::string_view c : row->cells) roles.push_back(column_role(c));
  if (!is_header_row(roles)) return std::nullopt;
  return std::vector<std::string>(row->cells.begin(), row->cells.end());
}

// A header of two rows whose last heading spans the columns under it
// ("Rec | Recommendation | Lead | Progress", then "Date | Update | Status"):
// a browser's copy leaves the first row's other cells out of the second.
// One header of the first row's cells and the second's, where the row
// under them has as many cells.
void join_two_row_header(std::vector<Block>& lines, std::vector<int>& taken) {
  for (size_t i = 0; i + 2 < lines.size(); ++i) {
    auto top = header_cells(lines[i]);
    auto under = top ? header_cells(lines[i + 1]) : std::nullopt;
    if (!under || under->size() >= top->size() || under->size() < 2) continue;
    size_t columns = top->size() - 1 + under->size();
    if (tab_cells(lines[i + 2]) != columns) continue;
    std::string joined;
    for (size_t c = 0; c + 1 < top->size(); ++c) joined += (*top)[c] + "\t";
    for (size_t c = 0; c < under->size(); ++c) joined += (c ? "\t" : "") + (*under)[c];
    lines[i].text = joined;
    taken.push_back(lines[i + 1].line);
    lines.erase(lines.begin() + long(i) + 1);
  }
}

}  // namespace

std::vector<int> join_split_headers(std::vector<Block>& lines) {
  std::vector<int> taken;
  join_two_row_header(lines, taken);
  for (size_t i = 1; i < lines.size(); ++i) {
    size_t columns = tab_cells(lines[i]);
    if (columns < 3) continue;
    for (size_t k = i + 1; k < lines.size() && k < i + 6 && tab_cells(lines[k]); ++k)
      columns = std::max(columns, tab_cells(lines[k]));
    // Back from the row: heading-like lines, merged into cells, until there
    // are as many cells as the rows have and the line before starts none.
    std::vector<std::string> cells;  // last cell first
    size_t first = i;
    bool open = false;  // cells.back() may still take the line before it
    for (size_t j = i; j-- > 0;) {
      std::string_view t = trim_line(lines[j].text);
      if (!heading_like(t)) break;
      if (!cells.empty() && continues(t, cells.back())) {
        cells.back() = std::string(t) + " " + cells.back();
      } else {
        if (cells.size() == columns) break;
        cells.push_back(std::string(t));
      }
      first = j;
      open = true;
    }
    if (!open || cells.size() != columns || first + 1 == i) continue;
    std::reverse(cells.begin(), cells.end());
    std::vector<ColumnRole> roles;
    for (const std::string& c : cells) roles.push_back(column_role(c));
    if (!is_header_row(roles)) continue;
    std::string joined;
    for (const std::string& c : cells) joined += (joined.empty() ? "" : "\t") + c;
    for (size_t j = first + 1; j < i; ++j) taken.push_back(lines[j].line);
    lines[first].text = joined;
    lines.erase(lines.begin() + long(first) + 1, lines.begin() + long(i));
    i = first + 1;
  }
  return taken;
}

}  // namespace plan
