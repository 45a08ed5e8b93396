// The table layouts, line by line: a header row naming its columns (in any
// order) and the rows under it, and key/value blocks ("Recommendation: |
// 7.1 |", "Force update: | … |") one per evidence requirement. Lines it does
// not take go on to the prose parser.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/assemble/line_account.h"
#include "import/assemble/row_record.h"
#include "import/fields/column_roles.h"
#include "import/read/table_cells.h"

namespace plan {

class TableReader {
 public:
  explicit TableReader(LineAccount& account) : account_(account) {}

  /// Offers one raw line; true when the table layouts took it. Rows that are
  /// complete are appended to done, in page order.
  /// A table row block is read by its cells, any other block by its text.
  bool offer(const Block& block, std::string_view text, std::vector<RowRecord>& done);
  /// Ends any open table or block (at a heading, or the end of the input).
  void flush(std::vector<RowRecord>& done);

 private:
  bool take_key_value(int line, const TableCells& row, std::vector<RowRecord>& done);
  void hold_bare_id(std::string_view text);
  static bool names_a_recommendation(const TableCells& row);
  static void under_header(const std::vector<ColumnRole>& above, std::vector<ColumnRole>& roles);
  bool take_table_row(int line, const TableCells& row, std::vector<RowRecord>& done);

  LineAccount& account_;
  std::vector<ColumnRole> header_;  // empty: no table open
  bool header_border_ = false;      // the header row has outer pipes
  std::optional<RowRecord> pending_;
  bool pending_is_block_ = false;  // pending_ is a key/value block
  bool adjacent_ = false;          // the previous line was a row of pending_
  size_t pending_cells_ = 0;       // cells of the table row in pending_ so far
  int header_line_ = -1;           // the line of the last header row
  void resume_header(const TableCells& row);
  static constexpr int max_lines_between_rows = 3;
  std::vector<ColumnRole> set_aside_;  // the header of a table interrupted by a line
  int lines_since_header_ = 0;
  std::vector<SourcePlace> above_places_;  // the last row's cells' places in the file
  std::string held_id_;  // the line above was only an id ("16.1", a web page's <h3>): a
                         // key/value block right under it is that requirement's
};

}  // namespace plan
