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

}  // namespace plan
