#include "import/assemble/table_reader.h"

#include <fmt/format.h>

#include <cctype>
#include <utility>

#include "import/fields/cell_values.h"
#include "import/fields/line_patterns.h"
#include "import/read/table_cells.h"
#include "model/status_words.h"

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

// "Owner<TAB>DCI Lee" under a recommendation's text: a field of its own
// that opens a key/value block; not a two-column header ("Date<TAB>Update").
bool starts_fields(const ColumnRole& label, std::string_view value) {
  switch (label.kind) {
    case Column::owner:
    case Column::response:
    case Column::status:
    case Column::rag:
    case Column::evidence:
    case Column::action:
    case Column::target:
      return column_role(value).kind == Column::unknown;
    default:
      return false;
  }
}

}  // namespace

// A second header row right under the first (a web page's "Updates" heading
// spanning two columns, "November 2024" and "March 2025" under it): a
// column the second row does not name keeps the first row's role, and an
// update column takes its date from the heading under it.
void TableReader::under_header(const std::vector<ColumnRole>& above,
                               std::vector<ColumnRole>& roles) {
  if (above.size() != roles.size()) return;
  const ColumnRole* spanning = nullptr;  // an empty heading continues the one to its left
  for (size_t i = 0; i < roles.size(); ++i) {
    if (!above[i].heading.empty()) spanning = &above[i];
    if (roles[i].kind != Column::unknown || !spanning || spanning->kind == Column::unknown)
      continue;
    std::optional<WrittenDate> date = find_uk_date(roles[i].heading);
    if (spanning->kind == Column::update && !date) continue;
    std::string heading = spanning->heading + " " + roles[i].heading;
    roles[i] = *spanning;
    roles[i].heading = heading;
    if (roles[i].kind == Column::update) roles[i].date = date;
  }
}

// A row with a cell such as "Rec 10" or "12.1" is a row of the table, even
// when its other cells look like headings ("Complete" is also a column).
bool TableReader::names_a_recommendation(const TableCells& row) {
  for (std::string_view c : row.cells) {
    std::optional<int> number;
    std::string id;
    RowRecord scratch;
    // (A year, "2025", heads a column; no report has a thousand recommendations.)
    if (read_number_cell(c, number, id) && *number < 1000) return true;
    put_cell(scratch, column_role("No."), c, 0);
    if (scratch.number && *scratch.number < 1000) return true;
  }
  return false;
}

void TableReader::hold_bare_id(std::string_view text) {
  std::optional<int> number;
  std::string id;
  if (text.size() <= 24 && read_number_cell(text, number, id) && !id.empty()) held_id_ = id;
}

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
  if (cells.empty() || cells.size() > 2) return false;
  ColumnRole role = label_role(cells[0]);
  // A table of two columns, label and value, copied without the label's
  // colon ("Owner<TAB>DCI Lee"): a label when no table is open and the
  // block goes on, or the row starts one ("Recommendation<TAB>7 – …",
  // "Recommendation<TAB>By 27 March 2025, …").
  bool bare_label =
      !is_label(cells[0]) && row.cells.size() == 2 && cells.size() == 2 && header_.empty() &&
      role.kind != Column::unknown && cells[0].size() <= 40 &&
      ((pending_ && pending_is_block_ && adjacent_) ||
       ((role.kind == Column::text || role.kind == Column::number) &&
        std::isdigit(static_cast<unsigned char>(cells[1].front()))) ||
       (role.kind == Column::text && classify_line(cells[1]).kind == LineKind::dated_part) ||
       starts_fields(role, cells[1]));
  if (!is_label(cells[0]) && !bare_label) return false;
  // A label the importer does not know, among a block's known ones (a web
  // page's <dl>): the block's, reported with its text, never dropped.
  bool in_block = pending_ && pending_is_block_ && adjacent_;
  if (role.kind == Column::unknown && !(in_block && cells.size() == 2)) return false;
  std::string_view value = cells.size() == 2 ? cells[1] : std::string_view();
  std::optional<int> number;
  std::string id;
  bool starts_block = (role.kind == Column::number || role.kind == Column::text) &&
                      read_number_cell(value, number, id);
  // "Recommendation | 7 – By 27 March 2025, …": the number, then the text.
  std::string_view numbered_text, number_part;
  if (!starts_block && (role.kind == Column::number || role.kind == Column::text)) {
    for (std::string_view mark : {" \xE2\x80\x93 ", " - ", ": ", ". "}) {
      size_t at = value.find(mark);
      if (at == std::string_view::npos || at > 8 ||
          !read_number_cell(value.substr(0, at), number, id) || !id.empty())
        continue;
      numbered_text = trim_line(value.substr(at + mark.size()));
      number_part = value.substr(0, at);
      starts_block = !numbered_text.empty();
      break;
    }
  }
  if (starts_block || !pending_ || !pending_is_block_) {
    flush(done);
    header_.clear();
    pending_.emplace();
    pending_->key_value = true;
    pending_is_block_ = true;
    if (!starts_block && !held_id_.empty()) put_cell(*pending_, column_role("No."), held_id_, line);
  }
  if (!numbered_text.empty()) {
    put_cell(*pending_, column_role("No."), number_part, line);
    put_cell(*pending_, column_role("Recommendation"), numbered_text, line);
  } else {
    put_cell(*pending_, role, value, line);
  }
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
  if (is_header_row(roles) && !names_a_recommendation(row)) {
    flush(done);
    set_aside_.clear();
    settle_header(roles);
    if (header_line_ == line - 1) under_header(header_, roles);
    header_ = roles;
    header_line_ = line;
    header_border_ = row.border;
    std::string names;
    for (const ColumnRole& r : roles)
      names += (names.empty() ? "" : ", ") + std::string(column_name(r.kind));
    account_.set(line, LineFate::skipped, "table header: " + names);
    return true;
  }
  resume_header(row);
  if (header_.empty()) {
    // "Home | About us | Publications": a row of short links with no table
    // header above it is the site's navigation.
    bool links = !is_label(row.cells[0]);  // "Funding: | £20k |" is a label, not a link
    // A link's text is short, and no sentence or date: "Seek changes. |
    // 31/03/2025" is a row of a table whose header was not read.
    // No link is a status or a RAG colour ("DSU Crime | Green" is a row).
    for (std::string_view c : row.cells)
      links = links && c.size() <= 30 && !c.empty() && c.back() != '.' && !find_uk_date(c) &&
              cell_rag_colour(c).empty() && !status_word_meaning(c);
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
    if (row.cells[0].empty() || !continue_cell(*pending_, row.cells[0]))
      put_cell(*pending_, header_[column], row.cells[0], line);
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
  std::vector<CellEntry> cells;
  for (size_t i = 0; i < row.cells.size(); ++i) {
    put_cell(*pending_, header_[i], row.cells[i], line);
    if (row.cells[i].empty()) continue;
    what += (what.empty() ? "" : ", ") + std::string(column_name(header_[i].kind));
    cells.push_back({i, column_name(header_[i].kind), std::string(row.cells[i])});
  }
  pending_->first_line = pending_->last_line = line;
  pending_cells_ = row.cells.size();
  account_.set(line, LineFate::taken, "table row: " + (what.empty() ? "empty" : what));
  account_.set_cells(line, std::move(cells));
  adjacent_ = true;
  return true;
}

// "… force-wide. |": the last line of a cell that ran over several lines
// closes it with the table's bar, which is layout, not the cell's text.
static std::string_view without_closing_bar(std::string_view text) {
  if (text.size() >= 2 && text.back() == '|' && text[text.size() - 2] == ' ')
    return trim_line(text.substr(0, text.size() - 1));
  return text;
}

// The cell in column i is the same cell of the page as the row above's (a rowspan).
static bool spans_from_above(const std::vector<SourcePlace>& row,
                             const std::vector<SourcePlace>& above, size_t i) {
  return i < row.size() && i < above.size() && row[i].line > 0 && row[i].line == above[i].line &&
         row[i].column == above[i].column;
}

bool TableReader::offer(const Block& block, std::string_view raw, std::vector<RowRecord>& done) {
  int line = block.line;
  std::string held = std::move(held_id_);
  held_id_.clear();
  std::optional<TableCells> row = cells_of(block);
  std::vector<SourcePlace> above = std::exchange(above_places_, block.cell_places);
  if (row) {
    // A saved page's cell spanning rows (rowspan) is in each row it spans:
    // an update spanning one recommendation's rows (its number spans them
    // too) is said once, not once a row, with its status and date. (A date
    // spanning several recommendations' rows dates each.)
    // A row with an update cell of its own gives a spanning date or status
    // to that update.
    bool number_spans = false, update_spans = false;
    for (size_t i = 0; i < row->cells.size() && i < header_.size(); ++i) {
      bool spans = spans_from_above(block.cell_places, above, i);
      number_spans = number_spans || (header_[i].kind == Column::number && spans);
      update_spans = update_spans || (header_[i].kind == Column::update && spans);
    }
    for (size_t i = 0; number_spans && update_spans && i < row->cells.size() && i < header_.size();
         ++i) {
      Column k = header_[i].kind;
      bool said_once = k == Column::update || k == Column::status || k == Column::date ||
                       k == Column::percent || k == Column::rag;
      if (said_once && spans_from_above(block.cell_places, above, i)) row->cells[i] = {};
    }
    held_id_ = std::move(held);
    bool taken = take_key_value(line, *row, done) || take_table_row(line, *row, done);
    held_id_.clear();
    return taken;
  }
  std::string_view text = trim_line(raw);
  hold_bare_id(text);
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
  // In an evidence cell, the next requirement ("7.2 …") on a line of its own.
  LineKind kind = classify_line(text).kind;
  if (pending_ && adjacent_ &&
      (kind == LineKind::paragraph ||
       (kind == LineKind::evidence && pending_->last == Column::evidence))) {
    if (continue_cell(*pending_, without_closing_bar(text))) {
      pending_->last_line = line;
      account_.set(line, LineFate::taken,
                   fmt::format("{} (continued from the line above)", column_name(pending_->last)));
      return true;
    }
  }
  // Anything else ends the table or block; the header is kept aside for a
  // few lines, in case the same table goes on under them (see resume_header).
  flush(done);
  if (!header_.empty()) {
    set_aside_ = std::move(header_);
    lines_since_header_ = 0;
  }
  header_.clear();
  if (++lines_since_header_ > max_lines_between_rows) set_aside_.clear();
  return false;
}

// A table whose rows are interrupted by a line spanning it (a saved page's
// one-cell row: "Recommendation 8", its text above its evidence rows) or by
// a heading and a text line, then goes on with rows of the same width under
// the same header.
void TableReader::resume_header(const TableCells& row) {
  if (!header_.empty() || set_aside_.empty()) return;
  if (row.cells.size() == set_aside_.size() && !row.rule) header_ = set_aside_;
  set_aside_.clear();
}

}  // namespace plan
