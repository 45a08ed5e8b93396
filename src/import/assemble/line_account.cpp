#include "import/assemble/line_account.h"

#include <fmt/format.h>

#include <algorithm>

#include "util/plural.h"

namespace plan {
// "lines 1-7 and 40": consecutive runs shown as ranges.
std::string line_runs(const std::vector<int>& lines) {
  std::vector<std::string> runs;
  for (size_t i = 0; i < lines.size();) {
    size_t j = i;
    while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1) ++j;
    runs.push_back(i == j ? std::to_string(lines[i]) : fmt::format("{}-{}", lines[i], lines[j]));
    i = j + 1;
  }
  return (lines.size() == 1 ? "line " : "lines ") + and_list(runs);
}

std::string line_runs(const std::vector<int>& lines, const LinePlaces& places) {
  std::vector<int> in_file;
  for (int l : lines) in_file.push_back(places.file_line(l));
  std::sort(in_file.begin(), in_file.end());
  in_file.erase(std::unique(in_file.begin(), in_file.end()), in_file.end());
  return line_runs(in_file);
}

void LineAccount::set(int line, LineFate fate, std::string what) {
  if (line < 1) return;
  if (lines.size() < size_t(line)) lines.resize(size_t(line));
  lines[size_t(line - 1)] = {fate, std::move(what), {}};
}

void LineAccount::set_cells(int line, std::vector<CellEntry> cells) {
  if (line >= 1 && size_t(line) <= lines.size()) lines[size_t(line - 1)].cells = std::move(cells);
}

void LineAccount::name_recommendation(int first, int last, int number) {
  std::string prefix = "recommendation " + std::to_string(number) + ": ";
  for (int l = std::max(first, 1); l <= last && size_t(l) <= lines.size(); ++l) {
    LineEntry& e = lines[size_t(l - 1)];
    if (e.fate == LineFate::taken && e.what.rfind("recommendation ", 0) != 0)
      e.what = prefix + e.what;
  }
}

int LineAccount::count(LineFate fate) const {
  return int(std::count_if(lines.begin(), lines.end(),
                           [&](const LineEntry& e) { return e.fate == fate; }));
}

const char* fate_name(LineFate fate) {
  switch (fate) {
    case LineFate::blank:
      return "blank";
    case LineFate::taken:
      return "taken";
    case LineFate::skipped:
      return "skipped";
    case LineFate::not_understood:
      return "NOT UNDERSTOOD";
  }
  return "";
}

std::string line_count(const LineAccount& account) {
  return fmt::format(
      "Lines: {} taken, {} skipped as page furniture or table layout, {} not "
      "understood",
      account.count(LineFate::taken), account.count(LineFate::skipped),
      account.count(LineFate::not_understood));
}

// Written into the plan's introduction by --force-partial, so no reader takes
// a part for the whole.
std::string partial_import_note(const std::string& input, const LineAccount& account,
                                const LinePlaces& places) {
  std::vector<int> lines;
  for (size_t i = 0; i < account.lines.size(); ++i)
    if (account.lines[i].fate == LineFate::not_understood) lines.push_back(int(i + 1));
  return fmt::format(
      "**Imported in part.** {} of {} could not be read and {} not in this plan "
      "({}); check them against the published page.",
      counted(lines.size(), "line", "lines"), input, lines.size() == 1 ? "is" : "are",
      line_runs(lines, places));
}

}  // namespace plan
