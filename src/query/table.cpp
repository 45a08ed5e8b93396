#include "query/table.h"

#include <algorithm>

#include "query/text_width.h"

namespace plan {
namespace {

constexpr int gap = 2;
constexpr int min_shortened = 4;

const char* tone_start(Tone t) {
  switch (t) {
    case Tone::bad:
      return "\x1b[31m";
    case Tone::good:
      return "\x1b[32m";
    case Tone::muted:
      return "\x1b[2m";
    case Tone::plain:
      return "";
  }
  return "";
}

std::vector<int> column_widths(const Table& t, int max_width) {
  std::vector<int> widths;
  for (size_t c = 0; c < t.columns.size(); ++c) {
    int w = display_width(t.columns[c].header);
    for (const auto& row : t.rows) w = std::max(w, display_width(one_line(row[c].text)));
    widths.push_back(w);
  }
  if (max_width <= 0 || widths.empty()) return widths;
  auto total = [&] {
    int sum = gap * int(widths.size() - 1);
    for (int w : widths) sum += w;
    return sum;
  };
  auto widest_of = [&](bool last_ones) {
    int widest = -1;
    for (size_t c = 0; c < widths.size(); ++c)
      if (t.columns[c].may_shorten && t.columns[c].shorten_last == last_ones &&
          widths[c] > min_shortened && (widest < 0 || widths[c] > widths[size_t(widest)]))
        widest = int(c);
    return widest;
  };
  while (total() > max_width) {
    int widest = widest_of(false);
    if (widest < 0) widest = widest_of(true);
    if (widest < 0) break;  // nothing left to give: the table is wider than asked
    --widths[size_t(widest)];
  }
  return widths;
}

void append_row(std::string& out, const std::vector<TableCell>& cells,
                const std::vector<int>& widths, bool colour, bool header) {
  std::string line;
  for (size_t c = 0; c < cells.size(); ++c) {
    std::string text = shorten(one_line(cells[c].text), widths[c]);
    int pad = widths[c] - display_width(text);
    const char* start = header ? "\x1b[1m" : tone_start(cells[c].tone);
    bool styled = colour && *start && !text.empty();
    if (styled) line += start;
    line += text;
    if (styled) line += "\x1b[0m";
    if (c + 1 < cells.size()) line += std::string(size_t(pad + gap), ' ');
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out += line + "\n";
}

}  // namespace

std::string render_table(const Table& table, int max_width, bool colour) {
  std::vector<int> widths = column_widths(table, max_width);
  std::string out;
  std::vector<TableCell> header;
  for (const TableColumn& col : table.columns) header.push_back({col.header, Tone::plain});
  append_row(out, header, widths, colour, true);
  for (const auto& row : table.rows) append_row(out, row, widths, colour, false);
  return out;
}

}  // namespace plan
