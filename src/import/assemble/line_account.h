// Where every input line went: taken into a named field of a named
// recommendation, skipped (blank, page furniture, a table's rule), or not
// understood. plan import --explain prints it; the closing line counts it.
#pragma once

#include <string>
#include <vector>

namespace plan {

enum class LineFate { blank, taken, skipped, not_understood };

struct LineEntry {
  LineFate fate = LineFate::blank;
  std::string what;  // "recommendation 7: text", "cookie banner (page furniture)", why not
};

struct LineAccount {
  std::vector<LineEntry> lines;  // index = line number - 1

  void set(int line, LineFate fate, std::string what);
  /// Prefixes "recommendation N: " to the taken lines first..last that have none.
  void name_recommendation(int first, int last, int number);
  int count(LineFate fate) const;
};

/// "lines 1-7 and 40": line numbers (sorted), consecutive runs shown as ranges.
std::string line_runs(const std::vector<int>& lines);

/// "taken", "skipped", "NOT UNDERSTOOD": as --explain prints a line's fate.
const char* fate_name(LineFate fate);

/// "Lines: 12 taken, 3 skipped as page furniture or table layout, 0 not understood".
std::string line_count(const LineAccount& account);

/// Written into the plan's introduction by --force-partial, so no reader
/// takes a part for the whole: which lines of input could not be read.
std::string partial_import_note(const std::string& input, const LineAccount& account);

}  // namespace plan
