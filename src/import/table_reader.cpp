#include "import/table_reader.h"

#include <fmt/format.h>

#include "import/line_patterns.h"
#include "import/table_cells.h"

namespace plan {
namespace {

bool is_label(std::string_view cell) {
  return !cell.empty() && cell.back() == ':';
}

// The non-empty cells of a row.
std::vector<std::string_view> filled(const TableCells& row) {
  std::vector<std::string_view> out;
  for (std::string_view c : row.cells)
    if (!c.empty()) out.push_back(c);
  return out;
}

}  // namespace

void TableReader::flush(std::vector<RowRecord>& done) {
  if (pending_) {
    finish_row(*pending_);
    if (!pending_->empty()) done.push_back(std::move(*pending_));
  }
  pending_.reset();
  pending_is_block_ = false;
  adjacent_ = false;
}

bool TableReader::take_key_value(int line, const TableCells& row, std::vector<RowRecord>& done) {
  std::vector<std::string_view> cells = filled(row);
  if (cells.empty() || cells.size() > 2 || !is_label(cells[0])) return false;
  ColumnRole role = column_role(cells[0]);
  if (role.kind == Column::unknown) return false;
  std::string_view value = cells.size() == 2 ? cells[1] : std::string_view();
  std::optional<int> number;
  std::string id;
  bool starts_block = (role.kind == Column::number || role.kind == Column::text) &&
                      read_number_cell(value, number, id);
  if (starts_block || !pending_ || !pending_is_block_) {
    flush(done);
    header_.clear();
    pending_.emplace();
    pending_is_block_ = true;
  }
  put_cell(*pending_, role, value, line);
  if (pending_->first_line == 0) pending_->first_line = line;
  pending_->last_line = line;
  account_.set(
      line, LineFate::taken,
      fmt::format("{} (key/value block)", starts_block ? "number" : column_name(role.kind)));
  adjacent_ = true;
  return true;
}

bool TableReader::take_table_row(int line, const TableCells& bordered,
                                 std::vector<RowRecord>& done) {
  // Under a header with no outer pipes, "| | text | |" has empty first and
  // last cells, not a border.
  TableCells row = bordered;
  if (!header_.empty() && row.border && !header_border_ && row.cells.size() + 2 <= header_.size()) {
    row.cells.insert(row.cells.begin(), std::string_view());
    row.cells.push_back(std::string_view());
  }
  std::vector<ColumnRole> roles;
  for (std::string_view c : row.cells) roles.push_back(column_role(c));
  if (is_header_row(roles)) {
    flush(done);
    header_ = roles;
    header_border_ = row.border;
    std::string names;
    for (const ColumnRole& r : roles)
      names += (names.empty() ? "" : ", ") + std::string(column_name(r.kind));
    account_.set(line, LineFate::skipped, "table header: " + names);
    return true;
  }
  if (header_.empty()) {
    // "Home | About us | Publications": a row of short links with no table
    // header above it is the site's navigation.
    bool links = true;
    for (std::string_view c : row.cells) links = links && c.size() <= 30 && !c.empty();
    if (links && row.cells.size() <= 12) {
      account_.set(line, LineFate::skipped, "navigation links (page furniture)");
      return true;
    }
    return false;
  }
  if (row.rule) {
    account_.set(line, LineFate::skipped, "rule under the table header");
    return true;
  }
  if (row.cells.size() > header_.size()) return false;  // not this table's row
  // A cell holding a line break splits its row over two lines: the first
  // piece continues the last cell of the row above, the rest follow it.
  if (pending_ && adjacent_ && !pending_is_block_ && pending_cells_ < header_.size() &&
      pending_cells_ + row.cells.size() - 1 <= header_.size()) {
    size_t column = pending_cells_ - 1;
    std::string* field = pending_->continuation();
    if (field && !row.cells[0].empty()) {
      *field += "\n\n";
      *field += row.cells[0];
    } else {
      put_cell(*pending_, header_[column], row.cells[0], line);
    }
    for (size_t i = 1; i < row.cells.size(); ++i)
      put_cell(*pending_, header_[column + i], row.cells[i], line);
    pending_cells_ += row.cells.size() - 1;
    pending_->last_line = line;
    account_.set(line, LineFate::taken, "table row (continued from the line above)");
    return true;
  }
  flush(done);
  pending_.emplace();
  std::string what;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    put_cell(*pending_, header_[i], row.cells[i], line);
    if (!row.cells[i].empty())
      what += (what.empty() ? "" : ", ") + std::string(column_name(header_[i].kind));
  }
  pending_->first_line = pending_->last_line = line;
  pending_cells_ = row.cells.size();
  account_.set(line, LineFate::taken, "table row: " + (what.empty() ? "empty" : what));
  adjacent_ = true;
  return true;
}

bool TableReader::offer(int line, std::string_view raw, std::vector<RowRecord>& done) {
  std::optional<TableCells> row = split_table_row(raw);
  if (row) {
    if (take_key_value(line, *row, done) || take_table_row(line, *row, done)) return true;
    return false;
  }
  std::string_view text = trim_line(raw);
  if (text.empty()) {
    adjacent_ = false;
    return false;
  }
  // A cell's next paragraph: a plain line right under a row (or a block's
  // field), where the cell may close (" … force-wide. |").
  if (pending_ && adjacent_ && text.size() > 1 && text.back() == '|' && text.front() != '|') {
    text.remove_suffix(1);
    text = trim_line(text);
  }
  if (pending_ && adjacent_ && classify_line(text).kind == LineKind::paragraph) {
    if (std::string* field = pending_->continuation()) {
      *field += "\n\n";
      *field += text;
      pending_->last_line = line;
      account_.set(line, LineFate::taken,
                   fmt::format("{} (continued from the line above)", column_name(pending_->last)));
      return true;
    }
  }
  // Anything else ends the table or block.
  flush(done);
  header_.clear();
  return false;
}

}  // namespace plan
