#include "import/row_record.h"

#include <cctype>
#include <cstdlib>

#include "import/line_patterns.h"
#include "import/text_cursor.h"

namespace plan {
namespace {

void append(std::string& field, std::string_view value) {
  if (!field.empty()) field += "\n\n";
  field += value;
}

// The evidence requirements of one cell that holds several of the same
// recommendation: one a paragraph (a list, or line breaks in the cell), or
// run together ("11.1 Profiles are made. 11.2 Audits are done."), each
// starting with its id, numbered in turn. One piece when it holds one.
// trim_line, and the paragraph breaks around a piece.
std::string_view trim_piece(std::string_view s) {
  s = trim_line(s);
  while (!s.empty() && s.front() == '\n') s = trim_line(s.substr(1));
  while (!s.empty() && s.back() == '\n') s = trim_line(s.substr(0, s.size() - 1));
  return s;
}

std::vector<std::string> evidence_pieces(std::string_view value) {
  std::vector<std::string> pieces;
  LineShape first = classify_line(trim_line(value.substr(0, value.find("\n\n"))));
  if (first.kind != LineKind::evidence) return {std::string(value)};
  int number = first.number;
  int next = 2;
  {
    size_t dot = first.evidence_id.find('.');
    if (dot != std::string::npos) next = std::atoi(first.evidence_id.c_str() + dot + 1) + 1;
  }
  // Where the next id "N.M " starts: at a paragraph, or after a sentence's end.
  size_t start = 0;
  for (;;) {
    std::string id = std::to_string(number) + "." + std::to_string(next);
    size_t at = std::string_view::npos;
    for (size_t from = start; (from = value.find(id, from)) != std::string_view::npos;
         from += id.size()) {
      size_t after = from + id.size();
      bool ends = after < value.size() && (value[after] == ' ' || value[after] == '-' ||
                                           value[after] == ':' || value[after] == '.');
      std::string_view before = value.substr(0, from);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
      bool boundary = before.size() >= 1 &&
                      (before.back() == '\n' || before.back() == '.' || before.back() == ';');
      if (ends && boundary && from > start) {
        at = from;
        break;
      }
    }
    if (at == std::string_view::npos) break;
    pieces.push_back(std::string(trim_piece(value.substr(start, at - start))));
    start = at;
    ++next;
  }
  pieces.push_back(std::string(trim_piece(value.substr(start))));
  if (pieces.size() == 1) return {std::string(value)};
  return pieces;
}

}  // namespace

bool RowRecord::empty() const {
  return !number && evidence_id.empty() && title.empty() && text.empty() && evidence_text.empty() &&
         owner.empty() && updates.empty() && documents.empty();
}

std::string* RowRecord::continuation() {
  switch (last) {
    case Column::text:
      return &text;
    case Column::title:
      return &title;
    case Column::evidence:
      return &evidence_text;
    case Column::owner:
      return &owner;
    case Column::update:
      return updates.empty() ? nullptr : &updates.back().note;
    default:
      return nullptr;
  }
}

void finish_row(RowRecord& row) {
  std::vector<RowUpdate> kept;
  std::vector<RowUpdate> loose;  // status or date without a note
  for (RowUpdate& u : row.updates) (u.note.empty() ? loose : kept).push_back(std::move(u));
  for (RowUpdate& l : loose) {
    RowUpdate* target = nullptr;
    for (auto it = kept.rbegin(); it != kept.rend(); ++it) {
      bool fits = (l.status.empty() || it->status.empty()) &&
                  ((l.date_text.empty() && !l.date) || (it->date_text.empty() && !it->date));
      if (fits) {
        target = &*it;
        break;
      }
      if (!it->status.empty()) break;  // a later update has its own status: do not skip back
    }
    if (!target) {
      kept.push_back(std::move(l));
      continue;
    }
    if (!l.status.empty()) target->status = l.status;
    if (!l.date_text.empty()) target->date_text = l.date_text;
    if (!l.percent.empty()) target->percent = l.percent;
    if (l.date) target->date = l.date;
  }
  row.updates = std::move(kept);
}

bool read_number_cell(std::string_view value, std::optional<int>& number,
                      std::string& evidence_id) {
  TextCursor c{trim_line(value)};
  // "Recommendation 7", "Rec. 7", "Rec 7", "No. 7", "R7", "#7".
  if (!c.take_ci("Recommendation") && !c.take_ci("Rec.") && !c.take_ci("Rec") &&
      !c.take_ci("No.") && !c.take_ci("No ") && !c.take('#')) {
    c.at = 0;
    if (c.take_ci("R") && !std::isdigit(static_cast<unsigned char>(c.peek()))) c.at = 0;
  }
  c.skip_spaces();
  auto rec = c.take_number(4);
  if (!rec) return false;
  std::string id;
  if (c.take('.')) {
    auto part = c.take_number(4);
    if (part)
      id = std::to_string(*rec) + "." + std::to_string(*part);
    else if (!trim_line(c.rest()).empty())
      return false;  // "7." alone is the number 7
  }
  c.take('.');
  c.take(':');
  c.skip_spaces();
  if (!c.done()) return false;
  number = *rec;
  evidence_id = id;
  return true;
}

void put_cell(RowRecord& row, const ColumnRole& role, std::string_view raw, int line) {
  // A line break inside a spreadsheet or web page cell (U+2029) is a paragraph.
  std::string unmarked;
  if (raw.find("\xE2\x80\xA9") != std::string_view::npos) {
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw.substr(i, 3) == "\xE2\x80\xA9") {
        while (!unmarked.empty() && unmarked.back() == ' ') unmarked.pop_back();
        if (!unmarked.empty() && unmarked.substr(unmarked.size() - 1) != "\n") unmarked += "\n\n";
        i += 2;
      } else if (!(raw[i] == ' ' && !unmarked.empty() && unmarked.back() == '\n')) {
        unmarked += raw[i];
      }
    }
    raw = unmarked;
  }
  std::string_view value = trim_line(raw);
  if (value.empty()) return;
  if (row.first_line == 0) row.first_line = line;
  row.last_line = line;
  switch (role.kind) {
    case Column::number:
      if (read_number_cell(value, row.number, row.evidence_id)) return;
      row.unknown.push_back(role.heading + ": " + std::string(value));
      return;
    case Column::text: {
      // "Recommendation: | 7.1 |" in a key/value block is the id, not the text.
      std::optional<int> n;
      std::string id;
      if (read_number_cell(value, n, id)) {
        row.number = n;
        if (!id.empty()) row.evidence_id = id;
        return;
      }
      append(row.text, value);
      row.last = Column::text;
      return;
    }
    case Column::title:
      append(row.title, value);
      row.last = Column::title;
      return;
    case Column::evidence: {
      std::vector<std::string> pieces = evidence_pieces(value);
      if (pieces.size() > 1 && row.evidence_id.empty() && row.evidence_text.empty()) {
        for (const std::string& piece : pieces) {
          LineShape shape = classify_line(piece);
          if (row.evidence_id.empty()) {
            row.evidence_id = shape.evidence_id;
            if (!row.number) row.number = shape.number;
            row.evidence_text = std::string(shape.text);
          } else {
            row.more_evidence.push_back({shape.evidence_id, std::string(shape.text)});
          }
        }
        row.last = Column::unknown;
        return;
      }
      // "7.1 - text" in an evidence cell carries its id.
      LineShape shape = classify_line(value);
      if (shape.kind == LineKind::evidence) {
        if (row.evidence_id.empty()) row.evidence_id = shape.evidence_id;
        if (!row.number) row.number = shape.number;
        append(row.evidence_text, shape.text);
      } else {
        append(row.evidence_text, value);
      }
      row.last = Column::evidence;
      return;
    }
    case Column::owner:
      row.owner = std::string(value);
      row.last = Column::owner;
      return;
    case Column::update: {
      RowUpdate u;
      u.note = std::string(value);
      u.date = role.date;
      u.line = line;
      row.updates.push_back(std::move(u));
      row.last = Column::update;
      return;
    }
    case Column::date:
      if (row.updates.empty() || !row.updates.back().date_text.empty() || row.updates.back().date ||
          !row.updates.back().status.empty())
        row.updates.push_back(RowUpdate{"", std::nullopt, "", "", line, ""});
      row.updates.back().date_text = std::string(value);
      row.last = Column::unknown;
      return;
    case Column::status:
      if (row.updates.empty() || !row.updates.back().status.empty())
        row.updates.push_back(RowUpdate{"", std::nullopt, "", "", line, ""});
      row.updates.back().status = std::string(value);
      row.last = Column::unknown;
      return;
    case Column::documents:
      row.documents.push_back(std::string(value));
      row.last = Column::unknown;
      return;
    case Column::deadline:
      row.deadline = std::string(value);
      row.last = Column::unknown;
      return;
    case Column::percent:
      if (row.updates.empty() || !row.updates.back().percent.empty())
        row.updates.push_back(RowUpdate{"", std::nullopt, "", "", line, ""});
      row.updates.back().percent = std::string(value);
      return;
    case Column::derived:
      return;
    case Column::unknown:
      row.unknown.push_back(role.heading + ": " + std::string(value));
      return;
  }
}

}  // namespace plan
