#include "import/read/csv_input.h"

#include <optional>
#include <string>

#include "import/fields/cell_values.h"

namespace plan {
namespace {

void end_cell(std::string& cell, bool quoted, std::vector<std::string>& cells) {
  // plan export writes '=… as text; a cell of a table never starts with a formula.
  if (quoted && cell.size() > 1 && cell[0] == '\'' &&
      std::string_view("=+-@\t").find(cell[1]) != std::string_view::npos)
    cell.erase(0, 1);
  std::string out;
  for (char c : cell) {
    if (c == '\r') continue;
    if (c == '\n' || c == '\t')
      out += c == '\n' ? std::string(cell_paragraph_mark) : std::string(" ");
    else
      out += c;
  }
  cells.push_back(std::move(out));
  cell.clear();
}

// Excel where the decimal mark is a comma saves "CSV" with semicolons: the
// separator is the one of the two found more often outside quotes in the
// first records.
char separator_of(std::string_view csv) {
  int commas = 0, semicolons = 0;
  bool in_quotes = false;
  for (char c : csv.substr(0, 8192)) {
    if (c == '"') in_quotes = !in_quotes;
    if (in_quotes) continue;
    commas += c == ',';
    semicolons += c == ';';
  }
  return semicolons > commas ? ';' : ',';
}

}  // namespace

std::vector<Block> csv_lines(std::string_view csv) {
  if (csv.substr(0, 3) == "\xEF\xBB\xBF") csv.remove_prefix(3);
  const char separator = separator_of(csv);
  std::vector<Block> out;
  std::vector<std::string> cells;
  std::string cell;
  bool in_quotes = false, quoted = false;
  int line = 1, record_line = 1;
  auto end_record = [&] {
    end_cell(cell, quoted, cells);
    quoted = false;
    size_t filled = 0;
    std::string joined, only;
    for (size_t i = 0; i < cells.size(); ++i) {
      if (!cells[i].empty()) {
        ++filled;
        only = cells[i];
      }
      joined += (i ? "\t" : "") + cells[i];
    }
    // A lone cell is a line of its own (a title above the table, a text
    // spanning it), not a row; but a lone number in the first column is the
    // row of a recommendation whose other cells come on the rows below.
    std::optional<int> number;
    std::string id;
    bool numbered =
        filled == 1 && cells.size() > 1 && cells[0] == only && read_number_cell(only, number, id);
    if (filled == 1 && !numbered)
      out.push_back({record_line, only, BlockKind::paragraph});
    else if (filled > 0)
      out.emplace_back(record_line, joined, BlockKind::table_row).cells = std::move(cells);
    cells.clear();
  };
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < csv.size() && csv[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (c == '"' && cell.empty()) {
      in_quotes = quoted = true;
    } else if (c == separator) {
      end_cell(cell, quoted, cells);
      quoted = false;
    } else if (c == '\n') {
      end_record();
      record_line = ++line;
    } else if (c != '\r') {
      cell += c;
    }
  }
  if (!cell.empty() || !cells.empty()) end_record();
  return out;
}

}  // namespace plan
