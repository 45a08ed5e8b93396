// A plain-text table for a terminal: columns padded to line up, long cells
// shortened with "…" so the table fits a width, and colour (ANSI) only
// when the caller asks for it.
#pragma once

#include <string>
#include <vector>

namespace plan {

enum class Tone { plain, bad, good, muted };

struct TableColumn {
  std::string header;
  bool may_shorten = true;  // false for ids and dates, which must stay whole
  // Gives way only once every other column is down to the minimum (a status,
  // which a reader needs whole more than an owner or a title).
  bool shorten_last = false;
};

struct TableCell {
  std::string text;
  Tone tone = Tone::plain;
};

struct Table {
  std::vector<TableColumn> columns;
  std::vector<std::vector<TableCell>> rows;  // each row has one cell per column
};

/// The table as lines ending in "\n": a header row, then the rows. Columns
/// are two spaces apart; no line ends in spaces. max_width 0 means no limit;
/// otherwise the columns that may shorten give way, widest first, down to
/// 4 columns each (those marked shorten_last after all the others).
/// colour: bold header, red/green/dim cells by tone.
std::string render_table(const Table& table, int max_width, bool colour);

}  // namespace plan
