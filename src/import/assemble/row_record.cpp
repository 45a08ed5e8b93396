#include "import/assemble/row_record.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "import/fields/cell_values.h"
#include "import/fields/line_patterns.h"
#include "import/fields/paragraphs.h"
#include "import/fields/text_cursor.h"
#include "util/ascii_case.h"

namespace plan {
namespace {

void append(std::string& field, std::string_view value) {
  if (value.empty()) return;
  if (!field.empty()) field += "\n\n";
  field += value;
}

// "None", "N/A", "-": a cell saying there is nothing, such as no document.
bool says_none(std::string_view value) {
  value = trim_line(value);
  for (std::string_view none : {"none", "n/a", "na", "nil", "-", "\xE2\x80\x93", "\xE2\x80\x94",
                                "none.", "not applicable", "none yet", "tbc"})
    if (value.size() == none.size() && TextCursor{value}.take_ci(none)) return true;
  return false;
}

// An "Action" cell beside a dated "Progress update" cell: the force's action
// has no date or status of its own, so it opens the dated update's note.
void merge_undated_notes(std::vector<RowUpdate>& updates) {
  for (size_t i = 0; i + 1 < updates.size();) {
    RowUpdate& u = updates[i];
    bool bare =
        !u.note.empty() && !u.date && u.date_text.empty() && u.status.empty() && u.rag.empty();
    RowUpdate& next = updates[i + 1];
    if (!bare || next.note.empty()) {
      ++i;
      continue;
    }
    next.note = u.note + "\n\n" + next.note;
    next.line = std::min(next.line, u.line);
    updates.erase(updates.begin() + long(i));
  }
}

// "7.1 - text" in an evidence cell carries its id; "11.1 … 11.2 …" lists several.
void put_evidence_cell(RowRecord& row, std::string_view value) {
  std::vector<CellEvidence> items = split_evidence_cell(value);
  CellEvidence& first = items.front();
  // "Evidence requirements | 20.2 …" after "… | 20.1 …" (a label repeated
  // down a key/value table, or spanning its rows): a requirement of its own.
  const std::string& current =
      row.more_evidence.empty() ? row.evidence_id : row.more_evidence.back().id;
  if (!first.id.empty() && !current.empty() && first.id != current &&
      (!row.evidence_text.empty() || !row.more_evidence.empty())) {
    for (CellEvidence& item : items) row.more_evidence.push_back(std::move(item));
    return;
  }
  if (!first.id.empty() && row.evidence_id.empty() && row.more_evidence.empty())
    row.evidence_id = first.id;
  if (!row.number && first.number) row.number = first.number;
  if (row.more_evidence.empty())
    append(row.evidence_text, first.text);
  else
    append(row.more_evidence.back().text, first.text);
  for (size_t i = 1; i < items.size(); ++i) row.more_evidence.push_back(std::move(items[i]));
}

// "[Guide (PDF)](/media/guide.pdf)", as a web page's link is read: title and url.
Document document_of(std::string_view text) {
  if (text.size() > 4 && text.front() == '[' && text.back() == ')') {
    size_t mid = text.rfind("](");
    if (mid != std::string_view::npos && mid > 1)
      return {std::string(text.substr(1, mid - 1)),
              std::string(text.substr(mid + 2, text.size() - mid - 3))};
  }
  return {std::string(text), ""};
}

// One document a paragraph (or a list item) of the cell.
void put_documents(RowRecord& row, std::string_view value) {
  size_t start = 0;
  for (;;) {
    size_t end = value.find("\n\n", start);
    std::string_view one =
        trim_line(value.substr(start, end == std::string_view::npos ? end : end - start));
    if (one.substr(0, 2) == "- ") one = trim_line(one.substr(2));
    if (!one.empty() && !says_none(one)) row.documents.push_back(document_of(one));
    if (end == std::string_view::npos) return;
    start = end + 2;
  }
}

// "7 (Crime recording)", "R7: Crime recording", "7 – Crime recording": a
// number cell that also gives the recommendation's subject (its title).
bool read_titled_number(RowRecord& row, std::string_view value) {
  for (std::string_view mark : {" (", ": ", " \xE2\x80\x93 ", " - "}) {
    size_t at = value.find(mark);
    if (at == std::string_view::npos || at > 20) continue;
    std::string_view title = trim_line(value.substr(at + mark.size()));
    if (mark == " (") {
      if (title.empty() || title.back() != ')') continue;
      title = trim_line(title.substr(0, title.size() - 1));
    }
    std::optional<int> number;
    std::string id;
    if (title.empty() || !read_number_cell(value.substr(0, at), number, id)) continue;
    row.number = number;
    row.evidence_id = id;
    if (row.title.empty()) row.title = std::string(title);
    return true;
  }
  return false;
}

}  // namespace

bool RowRecord::empty() const {
  return !number && evidence_id.empty() && title.empty() && text.empty() && evidence_text.empty() &&
         owner.empty() && updates.empty() && documents.empty() && action.empty() &&
         target.empty() && response.empty();
}

std::string* RowRecord::continuation() {
  switch (last) {
    case Column::text:
      return &text;
    case Column::title:
      return &title;
    case Column::evidence:
      return more_evidence.empty() ? &evidence_text : &more_evidence.back().text;
    case Column::owner:
      return &owner;
    case Column::update:
      return updates.empty() ? nullptr : &updates.back().note;
    case Column::action:
      return &action;
    case Column::response:
      return &response;
    default:
      return nullptr;
  }
}

bool continue_cell(RowRecord& row, std::string_view paragraph) {
  std::string* field = row.continuation();
  if (!field) return false;
  if (row.last == Column::evidence) {
    std::vector<CellEvidence> items = split_evidence_cell(paragraph);
    if (!items.front().id.empty() && items.front().id != row.evidence_id) {
      for (CellEvidence& item : items) row.more_evidence.push_back(std::move(item));
      return true;
    }
  }
  append_paragraph(*field, paragraph);
  return true;
}

namespace {

// The date an update column's heading or its date cell gives, if any.
std::optional<WrittenDate> written_date(const RowUpdate& u) {
  if (u.date || u.date_text.empty()) return u.date;
  return parse_uk_date(u.date_text);
}

// Its month; nullopt when it has no date.
std::optional<Month> update_month(const RowUpdate& u) {
  std::optional<WrittenDate> d = written_date(u);
  if (d && d->value) return d->value->year() / d->value->month();
  return d ? d->month : std::nullopt;
}

// Its day or month as ISO text; "" when it has no date.
std::string update_day(const RowUpdate& u) {
  std::optional<WrittenDate> d = written_date(u);
  if (d && d->value) return format_iso(*d->value);
  return d && d->month ? format_iso(*d->month) : "";
}

// Update columns newest first ("Update March 2025 | Update November 2024 |
// Status"): a plan holds them oldest first, and the one Status (percent,
// RAG) column after them all is the latest's, not the oldest's beside it.
void oldest_columns_first(std::vector<RowUpdate>& updates) {
  if (updates.size() < 2) return;
  std::vector<Month> months;
  for (const RowUpdate& u : updates) {
    std::optional<Month> m = update_month(u);
    if (!m || (!months.empty() && !(*m < months.back()))) return;
    months.push_back(*m);
  }
  RowUpdate& newest = updates.front();
  RowUpdate& oldest = updates.back();
  auto only_the_oldest = [&](std::string RowUpdate::*field) {
    return !(oldest.*field).empty() &&
           std::all_of(updates.begin(), updates.end() - 1,
                       [&](const RowUpdate& u) { return (u.*field).empty(); });
  };
  for (std::string RowUpdate::*field : {&RowUpdate::status, &RowUpdate::percent, &RowUpdate::rag})
    if (only_the_oldest(field)) std::swap(newest.*field, oldest.*field);
  std::reverse(updates.begin(), updates.end());
}

}  // namespace

void finish_row(RowRecord& row) {
  // "Rec No. | Sub recommendation | Recommendation" with "7 | 1 | Processes
  // …": the sub-number alone numbers the requirement (7.1), and the row's
  // text is the requirement's, not more of recommendation 7's.
  bool sub_number = !row.evidence_text.empty() && row.evidence_text.size() <= 2 &&
                    std::all_of(row.evidence_text.begin(), row.evidence_text.end(),
                                [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  if (sub_number && row.number && row.evidence_id.empty() && row.more_evidence.empty() &&
      !row.text.empty()) {
    row.evidence_id = std::to_string(*row.number) + "." + row.evidence_text;
    row.evidence_text = std::move(row.text);
    row.text.clear();
  }
  std::vector<RowUpdate> kept;
  std::vector<RowUpdate> loose;  // status or date without a note
  for (RowUpdate& u : row.updates) (u.note.empty() ? loose : kept).push_back(std::move(u));
  for (RowUpdate& l : loose) {
    // "Last updated | 03/03/2025" beside a log whose entry is dated so: that
    // entry's date again, not an update of its own.
    bool date_only = l.status.empty() && l.rag.empty() && l.percent.empty();
    std::string day = date_only ? update_day(l) : "";
    if (!day.empty() && std::any_of(kept.begin(), kept.end(),
                                    [&](const RowUpdate& k) { return update_day(k) == day; }))
      continue;
    RowUpdate* target = nullptr;
    for (auto it = kept.rbegin(); it != kept.rend(); ++it) {
      bool fits = (l.status.empty() || it->status.empty()) && (l.rag.empty() || it->rag.empty()) &&
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
    if (!l.rag.empty()) target->rag = l.rag;
  }
  row.updates = std::move(kept);
  merge_undated_notes(row.updates);
  oldest_columns_first(row.updates);
}

namespace {

// A percent cell's number: "60"; "0.6" (a spreadsheet's fraction) is 60.
// A share a plan cannot hold as a whole number ("12.5") is left out, and
// the cell as written is kept for the message.
std::string whole_percent(std::string_view value) {
  size_t dot = value.find('.');
  if (dot == std::string_view::npos) return std::string(value);
  if (value.substr(0, dot) == "0" || value.substr(0, dot).empty()) {
    std::string_view fraction = value.substr(dot + 1);
    if (fraction.size() == 1) return std::string(fraction) + "0";
    if (fraction.size() == 2)
      return fraction[0] == '0' ? std::string(1, fraction[1]) : std::string(fraction);
  }
  if (value == "1.0" || value == "1.00") return "100";
  return std::string(value);  // not a whole number: the importer's message shows it
}

// "12/02/2025 – Interim reports are used …": an update's date at its start.
struct DatedStart {
  std::string_view date;
  std::string_view rest;
};
std::optional<DatedStart> dated_start(std::string_view value) {
  for (std::string_view mark : {" \xE2\x80\x93 ", " - ", ": "}) {
    size_t at = value.find(mark);
    if (at == std::string_view::npos || at > 20 || !parse_uk_date(trim_line(value.substr(0, at))))
      continue;
    return DatedStart{trim_line(value.substr(0, at)), trim_line(value.substr(at + mark.size()))};
  }
  return std::nullopt;
}

// An update cell holding a log ("03/06/2025 – …", "12/02/2025 – …", one
// paragraph each): one part per dated paragraph, with the undated paragraphs
// after it. The whole cell when it does not start with a date, or only once.
std::vector<std::string_view> dated_paragraphs(std::string_view value) {
  std::vector<size_t> starts;
  for (size_t at = 0; at < value.size();) {
    if (dated_start(value.substr(at))) starts.push_back(at);
    size_t next = value.find("\n\n", at);
    if (next == std::string_view::npos) break;
    at = next + 2;
  }
  // A cell that does not open with a date ("Updates: …") is one note.
  if (starts.size() < 2 || starts.front() != 0) return {value};
  std::vector<std::string_view> parts;
  for (size_t i = 0; i < starts.size(); ++i) {
    size_t end = i + 1 < starts.size() ? starts[i + 1] : value.size();
    std::string_view part = value.substr(starts[i], end - starts[i]);
    while (!part.empty() && (part.back() == '\n' || part.back() == ' ')) part.remove_suffix(1);
    parts.push_back(part);
  }
  // A log kept newest first: the latest update goes last, where a Status
  // column beside the cell gives its status, as it gives the latest's.
  auto month_of = [](std::string_view part) {
    std::optional<WrittenDate> d = parse_uk_date(dated_start(part)->date);
    if (d && d->value) return std::optional<Month>(d->value->year() / d->value->month());
    return d ? d->month : std::nullopt;
  };
  std::optional<Month> first = month_of(parts.front()), last = month_of(parts.back());
  if (first && last && *first > *last) std::reverse(parts.begin(), parts.end());
  return parts;
}

// "40%", "40 %", "40% complete": a percentage and nothing else to say.
bool only_a_percentage(std::string_view value) {
  TextCursor c{trim_line(value)};
  if (!c.skip_digits()) return false;
  c.skip_spaces();
  if (!c.take('%')) return false;
  c.skip_spaces();
  return c.done() || c.take_ci("complete") || c.take_ci("completed") || c.take_ci("done");
}

}  // namespace

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
      if (read_number_cell(value, row.number, row.evidence_id) || read_titled_number(row, value))
        return;
      row.unknown.push_back(role.heading + ": " + std::string(value));
      row.unknown_lines.push_back(line);
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
      // "Recommendation 1: By 27 March 2025, …": a cell that numbers itself,
      // in a table with no number column.
      if (LineShape shape = classify_line(value);
          !row.number && shape.kind == LineKind::heading && !shape.text.empty()) {
        row.number = shape.number;
        value = shape.text;
      }
      append(row.text, value);
      row.last = Column::text;
      return;
    }
    case Column::title:
      append(row.title, value);
      row.last = Column::title;
      return;
    case Column::evidence:
      put_evidence_cell(row, value);
      row.evidence_field = true;
      row.last = Column::evidence;
      return;
    case Column::owner:
      // "Owner", then "Action owner" (a key/value block names both): the
      // second leads the action, not the recommendation.
      if (!row.owner.empty() && (role.heading.find("Action") != std::string::npos ||
                                 role.heading.find("action") != std::string::npos)) {
        row.action_lead = std::string(value);
        row.last = Column::unknown;
        return;
      }
      row.owner = std::string(value);
      row.owner_is_lead = role.heading.find("Lead") != std::string::npos ||
                          role.heading.find("lead") != std::string::npos;
      row.last = Column::owner;
      return;
    case Column::update: {
      // "40%" under "Progress": a percentage, not an update's words.
      if (only_a_percentage(value))
        return put_cell(row, {Column::percent, std::nullopt, role.heading}, value, line);
      // "Comments" beside the "Update": more of the same update's note.
      if (role.adds_to_update && !row.updates.empty()) {
        std::string& note = row.updates.back().note;
        std::string said = ascii_lowered(trim_line(value));
        if (said == "none" || said == "none." || said == "n/a" || said == "-") return;
        note += (note.empty() ? "" : "\n\n") + std::string(value);
        return;
      }
      // A heading's date dates the whole cell; otherwise each paragraph
      // that starts with a date is an update of its own.
      std::vector<std::string_view> parts =
          role.date ? std::vector<std::string_view>{value} : dated_paragraphs(value);
      for (std::string_view part : parts) {
        RowUpdate u;
        std::string_view note = part;
        if (!role.date)
          if (std::optional<DatedStart> start = dated_start(part)) {
            u.date_text = std::string(start->date);
            note = start->rest;
          }
        u.status = std::string(take_inline_status(note));
        u.note = std::string(note);
        u.date = role.date;
        u.line = line;
        row.updates.push_back(std::move(u));
      }
      row.last = Column::update;
      return;
    }
    case Column::date:
      // A Date cell dates the update beside it, even one whose heading gives
      // a month ("Update March 2025 | Date"): one update, not two.
      if (row.updates.empty() || !row.updates.back().date_text.empty() ||
          !row.updates.back().status.empty())
        row.updates.push_back(RowUpdate{"", std::nullopt, "", "", line, "", ""});
      row.updates.back().date_text = std::string(value);
      row.last = Column::unknown;
      return;
    case Column::status:
      // "Green" in a Status column is a RAG rating, never a status
      // (docs/force-plan.md): it goes where a RAG column's would.
      if (!cell_rag_colour(value).empty() && value.size() > 1)
        return put_cell(row, {Column::rag, std::nullopt, role.heading}, value, line);
      if (RagAndStatus both = split_rag_status(value); !both.colour.empty()) {
        put_cell(row, {Column::rag, std::nullopt, role.heading}, both.colour, line);
        return put_cell(row, role, both.status, line);
      }
      if (row.updates.empty() || !row.updates.back().status.empty())
        row.updates.push_back(RowUpdate{"", std::nullopt, "", "", line, "", ""});
      row.updates.back().status = std::string(value);
      row.last = Column::unknown;
      return;
    case Column::documents:
      put_documents(row, value);
      row.last = Column::unknown;
      return;
    case Column::deadline:
      row.deadline = std::string(value);
      row.last = Column::unknown;
      return;
    case Column::percent:
      if (row.updates.empty() || !row.updates.back().percent.empty())
        row.updates.push_back(RowUpdate{"", std::nullopt, "", "", line, "", ""});
      // "60%" and "60" alike: the number (the status is written "In progress 60%").
      while (!value.empty() && (value.back() == '%' || value.back() == ' ')) value.remove_suffix(1);
      row.updates.back().percent = whole_percent(value);
      return;
    case Column::derived:
      return;
    case Column::action:
      append(row.action, value);
      row.last = Column::action;
      return;
    case Column::response:
      append(row.response, value);
      if (role.date) row.response_date = role.date;
      if (!row.response_line) row.response_line = line;
      row.last = Column::response;
      return;
    case Column::target:
      row.target = std::string(value);
      row.last = Column::unknown;
      return;
    case Column::rag: {
      // A colour is the RAG; a status word in a "RAG status" column ("In
      // progress") is the status, as it was meant.
      std::string colour = cell_rag_colour(value);
      if (RagAndStatus both = split_rag_status(value); !both.colour.empty()) {
        put_cell(row, {Column::status, std::nullopt, role.heading}, both.status, line);
        colour = both.colour;
      }
      if (colour.empty())
        return put_cell(row, {Column::status, std::nullopt, role.heading}, value, line);
      if (row.updates.empty() || !row.updates.back().rag.empty())
        row.updates.push_back(RowUpdate{"", std::nullopt, "", "", line, "", ""});
      row.updates.back().rag = colour;
      row.last = Column::unknown;
      return;
    }
    case Column::unknown: {
      std::string_view heading = role.heading;
      while (!heading.empty() && (heading.back() == ':' || heading.back() == ' '))
        heading.remove_suffix(1);
      row.unknown.push_back(std::string(heading) + ": " + std::string(value));
      row.unknown_lines.push_back(line);
      return;
    }
  }
}

}  // namespace plan
