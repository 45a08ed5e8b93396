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

struct Block {
  Block() = default;
  Block(int at, std::string written, BlockKind as = BlockKind::text_line)
      : line(at), text(std::move(written)), kind(as) {}

  int line = 0;      // the page's line, as messages and --explain number them
  std::string text;  // as messages show it; a table row as "| cell | cell |"
  BlockKind kind = BlockKind::text_line;
  int level = 0;                      // heading: 1-6
  std::string marker;                 // list item: "1.", "b.", "•"
  std::vector<std::string> cells;     // table row: its cells, row and column spans resolved
  bool bordered = false;              // table row: written with outer bars ("| a | b |")
  bool opens_recommendation = false;  // a heading with no number over a recommendation's fields
};

}  // namespace plan
