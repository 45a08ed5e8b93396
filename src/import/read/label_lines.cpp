#include "import/read/label_lines.h"

#include <string>

#include "import/fields/cell_values.h"
#include "import/fields/column_roles.h"
#include "import/fields/line_patterns.h"
#include "import/fields/uk_date.h"
#include "import/read/table_cells.h"

namespace plan {
namespace {

// What a bare label would be with its colon: owner, update note, date or
// status; paragraph for any other line.
LineKind label_kind(std::string_view t) {
  // A bare label holds no colon: "Owner: DCI Lee" is a labelled line already.
  if (t.empty() || t.size() > 40 || t.find(':') != std::string_view::npos || t.back() == '.')
    return LineKind::paragraph;
  // "Our response", "Progress update (February 2025)": the response's and a
  // dated update's labels, in the vocabulary of the table columns.
  ColumnRole role = column_role(t);
  if (role.kind == Column::response || (role.kind == Column::update && role.date))
    return LineKind::update_note;
  if (t.size() > 30) return LineKind::paragraph;
  std::string probe = std::string(t) + ": x";
  LineKind kind = classify_line(probe).kind;
  switch (kind) {
    case LineKind::owner:
    case LineKind::update_note:
    case LineKind::update_date:
    case LineKind::update_status:
      return kind;
    default:
      return LineKind::paragraph;
  }
}

// The line before a label: not another heading, so the label is no cell of
// a table header copied one cell a line ("Owner" / "Status" / "7" / …).
bool may_precede(std::string_view before) {
  if (before.empty()) return true;
  if (label_kind(before) != LineKind::paragraph) return false;
  // Status values read as headings too ("In progress" as an update's,
  // "Complete" as a percent's): those may come before the next label.
  Column c = column_role(before).kind;
  return c == Column::unknown || c == Column::update || c == Column::percent ||
         c == Column::derived;
}

bool fits(LineKind label, std::string_view value) {
  if (value.empty() || label_kind(value) != LineKind::paragraph) return false;
  std::optional<int> number;
  std::string id;
  if (read_number_cell(value, number, id)) return false;  // a table's first cell
  if (has_table_separator(value)) return false;           // a table's row, under a title
  LineKind value_kind = classify_line(value).kind;
  if (value_kind != LineKind::paragraph && value_kind != LineKind::response) return false;
  switch (label) {
    case LineKind::update_date:
      return parse_uk_date(value).has_value();
    case LineKind::update_status:
      return value.size() <= 40;
    case LineKind::owner:
      return value.size() <= 80;
    default:
      return true;
  }
}

// A web page's heading that names a field ("Our response", "Progress update
// (February 2025)", "Status"): a label, its value the paragraph under it.
LineKind heading_label_kind(const Block& b) {
  std::string_view t = trim_line(b.text);
  if (b.kind != BlockKind::heading || t.size() > 40 || t.find(':') != std::string_view::npos)
    return LineKind::paragraph;
  // Read as a label would be: "Response to the super-complaint" is a title.
  std::optional<LabelledField> field = labelled_field(std::string(t) + ": x");
  switch (field ? field->role.kind : Column::unknown) {
    case Column::owner:
      return LineKind::owner;
    case Column::date:
      return LineKind::update_date;
    case Column::status:
    case Column::rag:
    case Column::percent:
      return LineKind::update_status;
    case Column::response:
    case Column::update:
    case Column::action:
    case Column::target:
      return LineKind::update_note;  // any value fits
    default:
      return LineKind::paragraph;
  }
}

// The paragraph under a heading that names a field: any paragraph of text
// (a response reads "We accept …"), not a heading, a label or a requirement.
bool fits_heading(LineKind label, const Block& value) {
  std::string_view t = trim_line(value.text);
  if (value.kind == BlockKind::heading || value.kind == BlockKind::table_row || t.empty() ||
      label_kind(t) != LineKind::paragraph)
    return false;
  LineKind kind = classify_line(t).kind;
  if (kind != LineKind::paragraph && kind != LineKind::response) return false;
  return label != LineKind::update_status || t.size() <= 40;
}

}  // namespace

std::vector<int> join_label_lines(std::vector<Block>& lines) {
  std::vector<int> taken;
  std::vector<Block> out;
  out.reserve(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view t = trim_line(lines[i].text);
    LineKind kind = label_kind(t);
    std::string_view before = i == 0 ? std::string_view() : trim_line(lines[i - 1].text);
    bool label = kind != LineKind::paragraph && may_precede(before);
    LineKind named = heading_label_kind(lines[i]);
    bool heading_label = named != LineKind::paragraph;
    if (heading_label) {
      kind = named;
      label = lines[i + 1 < lines.size() ? i + 1 : i].kind != BlockKind::heading;
    }
    if (label && i + 1 < lines.size()) {
      std::string_view value = trim_line(lines[i + 1].text);
      if (heading_label ? fits_heading(kind, lines[i + 1]) : fits(kind, value)) {
        Block joined = lines[i];
        joined.text = std::string(t) + ": " + std::string(value);
        out.push_back(std::move(joined));
        taken.push_back(lines[i + 1].line);
        ++i;
        continue;
      }
    }
    out.push_back(lines[i]);
  }
  lines = std::move(out);
  return taken;
}

}  // namespace plan
