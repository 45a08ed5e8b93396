// What every reader of a page gives the importer: one stream of blocks in
// page order, each with its place in the page and its structure kept. A
// saved web page's reader knows headings, list items and table rows from
// the markup; a spreadsheet's reader knows its rows' cells; copied text is
// lines whose table rows the text reader recognises (tabs, pipes) into the
// same table rows. No reader flattens a table to text for another to split.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace plan {

enum class BlockKind {
  text_line,  // a line of copied text, its kind not yet known
  paragraph,  // a web page's paragraph (or a line of one, after a <br>)
  heading,    // a web page's heading, level 1-6
  list_item,  // a web page's list item, with its marker
  table_row,  // a row of cells: a table's, a spreadsheet's, a definition list's term and value
};

// Where a block starts in the file it was read from: a saved web page's
// text lines are not its own lines (a page may hold its whole body on one).
struct SourcePlace {
  int line = 0;    // 1-based; 0: unknown, the block's line is the file's
  int column = 0;  // 1-based, in characters
};

struct Block {
  Block() = default;
  Block(int at, std::string written, BlockKind as = BlockKind::text_line)
      : line(at), text(std::move(written)), kind(as) {}

  int line = 0;      // the page's line, as messages and --explain number them
  std::string text;  // as messages show it; a table row as "| cell | cell |"
  BlockKind kind = BlockKind::text_line;
  int level = 0;                         // heading: 1-6
  std::string marker;                    // list item: "1.", "b.", "•"
  std::vector<std::string> cells;        // table row: its cells, row and column spans resolved
  bool bordered = false;                 // table row: written with outer bars ("| a | b |")
  bool opens_recommendation = false;     // a heading with no number over a recommendation's fields
  SourcePlace place;                     // a saved web page's: its line and column in the file
  std::vector<SourcePlace> cell_places;  // a saved web page's table row: each cell's

  /// The file's line it starts on, as messages name it.
  int file_line() const { return place.line > 0 ? place.line : line; }
};

/// Where a page's text lines are in its file, for messages and --explain: a
/// saved web page's by its markup, any other page's lines are its own.
struct LinePlaces {
  std::vector<SourcePlace> by_line;  // [text line - 1]; empty: the file's own lines
  std::vector<std::vector<SourcePlace>> cells_by_line;  // a table row's cells', likewise

  /// From the blocks as read (before any stage joins or drops them).
  static LinePlaces of(const std::vector<Block>& blocks);
  /// The file's line the text line starts on.
  int file_line(int line) const { return at(line).line; }
  SourcePlace at(int line) const;
  /// Where a table row's cell (0-based column) starts; the row's place when not known.
  SourcePlace cell_at(int line, size_t column) const;
  bool from_markup() const { return !by_line.empty(); }
};

}  // namespace plan
