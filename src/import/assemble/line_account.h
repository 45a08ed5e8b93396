// Where every input line went: taken into a named field of a named
// recommendation, skipped (blank, page furniture, a table's rule), or not
// understood. plan import --explain prints it; the closing line counts it.
#pragma once

#include <string>
#include <vector>

#include "import/read/block.h"

namespace plan {

enum class LineFate { blank, taken, skipped, not_understood };

// A cell of a table row, and the field it went to.
struct CellEntry {
  size_t column = 0;  // 0-based, in the row as read
  std::string what;   // "owner", "update", "derived (skipped)"
  std::string text;
};

struct LineEntry {
  LineFate fate = LineFate::blank;
  std::string what;  // "recommendation 7: text", "cookie banner (page furniture)", why not
  std::vector<CellEntry> cells;  // a table row's cells that hold text, in column order
};

struct LineAccount {
  std::vector<LineEntry> lines;  // index = line number - 1

  void set(int line, LineFate fate, std::string what);
  /// A table row's cells, after set() gave the row its fate.
  void set_cells(int line, std::vector<CellEntry> cells);
  /// Prefixes "recommendation N: " to the taken lines first..last that have none.
  void name_recommendation(int first, int last, int number);
  int count(LineFate fate) const;
};

/// "lines 1-7 and 40": line numbers (sorted), consecutive runs shown as ranges.
std::string line_runs(const std::vector<int>& lines);
/// The same, of the page's lines named by the file's (a saved web page's markup).
std::string line_runs(const std::vector<int>& lines, const LinePlaces& places);

/// "taken", "skipped", "NOT UNDERSTOOD": as --explain prints a line's fate.
const char* fate_name(LineFate fate);

/// "Lines: 12 taken, 3 skipped as page furniture or table layout, 0 not understood".
std::string line_count(const LineAccount& account);

/// Written into the plan's introduction by --force-partial, so no reader
/// takes a part for the whole: which lines of input could not be read.
std::string partial_import_note(const std::string& input, const LineAccount& account,
                                const LinePlaces& places);

}  // namespace plan
