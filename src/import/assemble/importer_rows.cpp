// The assembler's placing of a table row's fields (row_record): text,
// deadline, response, actions, evidence and updates, each in its place.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "import/assemble/importer.h"
#include "import/fields/action_target.h"
#include "model/status_words.h"

namespace plan::assembly {

// A row numbered as the recommendation above, with a different text that
// has its own deadline ("By 27 March 2025, …"): two recommendations under
// one number, a slip on the page, never one text run into the other.
bool Importer::repeats_number(const RowRecord& row, const std::string& row_text) const {
  if (!row.number || !block_ || block_->number != row.number || row_text.empty() ||
      !row.evidence_id.empty() || !block_->rec.deadline.present())
    return false;
  if (std::find(block_->row_texts.begin(), block_->row_texts.end(), row_text) !=
      block_->row_texts.end())
    return false;
  LineShape shape = classify_line(row_text);
  return shape.kind == LineKind::dated_part && shape.date && shape.date->value;
}

/// A row of a table or a key/value block, in page order with the lines.
void Importer::record(RowRecord& row) {
  flush_label_row();
  close_update();
  line_ = row.first_line;
  // A row with no number but a recommendation's text of its own (a table
  // with no number column) starts a recommendation: --report numbers it by
  // its words; without the report, close_block refuses it, saying so.
  // "7.1 | text | …" under a Recommendation column, after recommendation
  // 7's own row: the text is the evidence requirement's, never more of
  // the recommendation's (nor the requirement left empty).
  if (!row.evidence_id.empty() && row.evidence_text.empty() && row.more_evidence.empty() &&
      !row.text.empty() && block_ && row.number && block_->number == row.number &&
      !block_->rec.text.empty() &&
      std::find(block_->row_texts.begin(), block_->row_texts.end(),
                std::string(trim_line(row.text))) == block_->row_texts.end()) {
    row.evidence_text = std::move(row.text);
    row.text.clear();
  }
  std::string row_text(trim_line(row.text));
  auto seen = [&] {
    return block_ && std::find(block_->row_texts.begin(), block_->row_texts.end(), row_text) !=
                         block_->row_texts.end();
  };
  bool own_text =
      !row.number && !row_text.empty() && (!block_ || (!block_->rec.text.empty() && !seen()));
  if (repeats_number(row, row_text)) {
    unplaced_range(row.first_line, row.last_line,
                   fmt::format("a second recommendation numbered {}: this row gives another "
                               "text with a deadline of its own; correct its number",
                               *row.number));
    return;
  }
  if (row.number && (!block_ || block_->number != row.number)) {
    start_block();
    block_->number = row.number;
    block_->number_line = row.first_line;
    block_->phase = Phase::details;
  } else if (own_text) {
    start_block();
    block_->first_line = row.first_line;
    block_->phase = Phase::details;
  } else if (!block_) {
    unplaced_range(row.first_line, row.last_line,
                   "a table row that names no recommendation (no number in the row, and none "
                   "above it)");
    return;
  }
  // A tracker "filled down" repeats the recommendation's text on each of
  // its evidence requirements' rows: the text is taken once.
  if (!row_text.empty()) {
    if (seen())
      row.text.clear();
    else
      block_->row_texts.push_back(row_text);
  }
  block_->last_line = std::max(block_->last_line, row.last_line);
  Recommendation& rec = block_->rec;
  if (rec.title.empty()) rec.title = row.title;
  if (!row.text.empty()) put_row_text(rec, row.text);
  if (!row.deadline.empty()) put_row_deadline(rec, row.deadline);
  // A target date with no action beside it is the recommendation's deadline.
  if (!row.target.empty() && row.action.empty()) put_row_deadline(rec, row.target);
  Evidence* ev = nullptr;
  if (!row.evidence_id.empty() || !row.evidence_text.empty())
    ev = row_evidence(row.evidence_id, row.evidence_text, row.first_line);
  // "| | | | Dip-sample shows 88%. | 10/02/2025 | Complete |": a row of
  // updates only, under a requirement's row, is that requirement's next update.
  bool updates_only = !row.key_value && !row.number && row.evidence_id.empty() &&
                      row.evidence_text.empty() && row.more_evidence.empty() && row.text.empty() &&
                      row.owner.empty() && row.action.empty() && row.response.empty() &&
                      !row.updates.empty();
  if (updates_only && !block_->last_row_evidence.empty())
    for (Evidence& e : rec.evidence)
      if (e.id == block_->last_row_evidence) ev = &e;
  Evidence* first_ev = ev;
  // A cell listing several requirements: the row's updates are the recommendation's.
  for (const CellEvidence& more : row.more_evidence) {
    Evidence* added = row_evidence(more.id, more.text, row.first_line);
    if (!first_ev) first_ev = added;
    ev = nullptr;
  }
  // The first owner named is the recommendation's; a different one on an
  // evidence requirement's row is that requirement's.
  // A lead beside an action leads the action only (put_row_action); an
  // owner beside one owns the recommendation and leads the action.
  if (!row.owner.empty() && (row.action.empty() || !row.owner_is_lead)) {
    if (rec.owner.empty())
      rec.owner = row.owner;
    else if (ev && rec.owner != row.owner)
      ev->owner = row.owner;
    else if (rec.owner != row.owner)
      unplaced(row.first_line, fmt::format("a second owner '{}' for this recommendation; it "
                                           "already has '{}'",
                                           row.owner, rec.owner));
  }
  // A key/value block of the recommendation's own fields ("Our response",
  // "Evidence requirements", "Update", "Status"): the requirement is one
  // field among them, and the response and updates beside it are the
  // recommendation's. A table row, or a block numbered by the
  // requirement's id, gives the requirement's own.
  bool own_fields =
      row.key_value && row.evidence_field && (!row.response.empty() || !row.text.empty());
  if (own_fields) ev = nullptr;
  if (!row.response.empty()) take_row_response(rec, !own_fields && (ev || first_ev), row);
  if (!row.action.empty()) put_row_action(ev ? ev->actions : rec.actions, row);
  for (RowUpdate& u : row.updates) put_row_update(rec, ev, u);
  for (const Document& d : row.documents) {
    if (first_ev)
      first_ev->documents.push_back(d);
    else
      unplaced(row.first_line, fmt::format("supporting documents '{}' for no evidence "
                                           "requirement; documents belong to one",
                                           d.title));
  }
  block_->last_row_evidence = !row.key_value && ev ? ev->id : "";
  // After a row with evidence, owner or updates, a plain paragraph is no
  // more of the recommendation's text (a closing line of the page, say).
  if (ev || !row.owner.empty() || !row.updates.empty() || !row.action.empty())
    block_->phase = Phase::details;
  for (size_t i = 0; i < row.unknown.size(); ++i)
    unplaced(i < row.unknown_lines.size() ? row.unknown_lines[i] : row.first_line,
             fmt::format("'{}': the column or label is not one the importer knows, so its "
                         "text has no place",
                         row.unknown[i]));
}

/// A table given one cell a line: its header skipped, each row read as a
/// row of a table, each group of lines that does not fit reported.
void Importer::cell_table(const CellTable& table) {
  std::string names;
  for (const ColumnRole& r : table.header)
    names += (names.empty() ? "" : ", ") + std::string(column_name(r.kind));
  for (int l : table.header_lines)
    account().set(l, LineFate::skipped, "table header, one cell a line: " + names);
  for (const CellTableRow& row : table.rows) {
    if (!row.misfit.empty()) {
      close_update();
      line_ = row.lines.front();
      unplaced_range(row.lines.front(), row.lines.back(), row.misfit);
      if (block_) block_->phase = Phase::details;
      continue;
    }
    RowRecord record;
    for (size_t k = 0; k < row.cells.size(); ++k) {
      const CellTableCell& cell = row.cells[k];
      if (table.header[k].kind == Column::unknown) {
        if (!cell.text.empty())
          unplaced(cell.line, fmt::format("'{}: {}': the column is not one the importer "
                                          "knows, so its text has no place",
                                          table.header[k].heading, cell.text));
        continue;
      }
      put_cell(record, table.header[k], cell.text, cell.line);
      if (!cell.text.empty())
        account().set(cell.line, LineFate::taken,
                      fmt::format("table cell, one a line: {}", column_name(table.header[k].kind)));
    }
    finish_row(record);
    if (!record.empty()) this->record(record);
  }
}

void Importer::flush_label_row() {
  if (!label_row_) return;
  RowRecord row = std::move(*label_row_);
  label_row_.reset();
  record(row);
}

// Several actions, each in a row of its own with its update: each row's
// update (and its RAG) is its action's, not the parent's. With one action
// the row's update stays the parent's, as the page's one update on it.
void Importer::give_rows_updates_to_actions(std::vector<Update>& updates,
                                            std::vector<Action>& actions) {
  if (actions.size() < 2) return;
  for (Action& a : actions) {
    auto row = action_rows_.find(a.pos.line);
    if (row == action_rows_.end()) continue;
    auto in_row = [&](const Update& u) {
      return u.pos.line >= row->first && u.pos.line <= row->second;
    };
    for (const Update& u : updates)
      if (in_row(u)) a.updates.push_back(u);
    std::erase_if(updates, in_row);
  }
}

void Importer::put_row_text(Recommendation& rec, const std::string& cell) {
  // "…crime records.\n\nDeadline: 27 March 2025": a cell whose last
  // paragraph is the deadline's own label gives the deadline.
  std::string text = cell;
  if (size_t last = text.rfind("\n\n"); last != std::string::npos) {
    LineShape tail = classify_line(trim_line(std::string_view(text).substr(last + 2)));
    if (tail.kind == LineKind::dated_part && tail.text.empty() && tail.date->value &&
        tail.note.empty()) {
      put_row_deadline(rec, std::string(tail.date->text));
      text.erase(last);
    }
  }
  LineShape shape = classify_line(trim_line(text));
  bool dated = shape.kind == LineKind::dated_part && shape.date->value;
  if (dated && !rec.deadline.present()) {
    rec.deadline.text = format_iso(*shape.date->value);
    rec.deadline.value = shape.date->value;
    rec.deadline.pos = {line_, 1};
    rec.deadline_note = std::string(shape.note);
    append_new_paragraph(rec.text, shape.text);
  } else if (dated && rec.deadline.value == shape.date->value) {
    // A filled-down tracker repeats "By 27 March 2025, …" on every row.
    append_new_paragraph(rec.text, shape.text);
  } else {
    append_new_paragraph(rec.text, text);
  }
}

void Importer::put_row_deadline(Recommendation& rec, const std::string& text) {
  auto date = parse_uk_date(text);
  // A target date on an evidence requirement's row, or one beside the
  // text's own "By 27 March 2025": the plan holds one deadline for the
  // recommendation, so the first stands and this one is pointed out.
  bool same = date && date->value && rec.deadline.value && *date->value == *rec.deadline.value;
  if (rec.deadline.present() && !same) {
    warn("import-date", line_,
         fmt::format("the target date '{}' was not imported: the recommendation's deadline is "
                     "{} (line {}), and a plan holds one deadline for it, none for an evidence "
                     "requirement; put this date in an update's note if it matters",
                     text, long_date_text(rec.deadline), at(rec.deadline.pos.line)));
    return;
  }
  if (same) return;
  if (!date || !date->value) {
    unplaced(line_, fmt::format("cannot read the deadline '{}' as a date with a day", text));
    return;
  }
  rec.deadline.text = format_iso(*date->value);
  rec.deadline.value = date->value;
  rec.deadline.pos = {line_, 1};
}

// The force's response, dated by its column's heading; its position only
// where the text states it ("We accept this recommendation").
// A response cell on the recommendation's own row (no evidence
// requirement in it), beside an update that carries the row's status, is
// the response; on a requirement's row, a second one, a status word, or the
// only update of the row, it is a dated update's note, as it always was.
void Importer::take_row_response(Recommendation& rec, bool evidence_row, RowRecord& row) {
  bool updates_have_notes = std::all_of(row.updates.begin(), row.updates.end(),
                                        [](const RowUpdate& u) { return !u.note.empty(); });
  if (!evidence_row && updates_have_notes && !rec.response.present() &&
      !status_word_meaning(row.response)) {
    put_row_response(rec, row);
    return;
  }
  RowUpdate u;
  u.note = row.response;
  u.date = row.response_date;
  u.line = row.response_line ? row.response_line : row.first_line;
  row.updates.insert(row.updates.begin(), std::move(u));
  finish_row(row);
}

void Importer::put_row_response(Recommendation& rec, const RowRecord& row) {
  Response& r = rec.response;
  r.pos = r.text_pos = {row.first_line, 1};
  r.text = row.response;
  r.position = stated_position(row.response);
  if (row.response_date && !row.response_date->value && !row.response_date->month)
    warn("import-date", row.first_line,
         fmt::format("'{}' in the response column's heading is not a real date, so the "
                     "response was imported without a date; add 'date:' to it",
                     row.response_date->text));
  if (row.response_date && (row.response_date->value || row.response_date->month)) {
    const WrittenDate& d = *row.response_date;
    r.date.value = d.value;
    r.date.month = d.month;
    r.date.text = d.value ? format_iso(*d.value) : format_iso(*d.month);
    r.date.pos = r.pos;
  }
}

Position Importer::stated_position(std::string_view text) {
  std::string lower(text.substr(0, 200));
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  auto says = [&](std::string_view phrase) { return lower.find(phrase) != std::string::npos; };
  if (says("do not accept") || says("does not accept") || says("not accepted"))
    return Position::not_accepted;
  if (says("partially accept") || says("accept in part") || says("accepted in part") ||
      says("partially accepted"))
    return Position::partially_accepted;
  if (says("we accept this recommendation") || says("accepts this recommendation") ||
      says("recommendation is accepted") || says("we accept the recommendation") ||
      lower.rfind("accepted", 0) == 0)
    return Position::accepted;
  return Position::none;
}

// What the force will do, with its lead and target; its id ("7a") is
// given once the recommendation's number is settled (number_actions).
void Importer::put_row_action(std::vector<Action>& actions, const RowRecord& row) {
  Action a;
  a.pos = a.id_pos = a.text_pos = {row.first_line, 1};
  action_rows_[row.first_line] = row.last_line;
  a.text = row.action;
  a.lead = row.action_lead.empty() ? row.owner : row.action_lead;
  TargetReading target = read_action_target(a, row.target, row.first_line);
  if (!target.unreadable.empty())
    warn("import-date", row.first_line,
         fmt::format("'{}' in the action's target date is not a real date; the target is kept "
                     "as a note ('target_note') as written",
                     target.unreadable));
  if (target.revised)
    result_.notes.push_back(fmt::format(
        "Line {}: the action's target was moved from {} to {}; the page gives no reason "
        "and no date for the decision, so add them to its revision ('reason', 'decided')",
        at(row.first_line), long_date_text(a.target), long_date_text(current_target(a))));
  actions.push_back(std::move(a));
}

Evidence* Importer::row_evidence(const std::string& id, const std::string& text, int line) {
  auto& evidence = block_->rec.evidence;
  if (!id.empty()) {
    for (Evidence& e : evidence)
      if (e.id == id) {
        append_new_paragraph(e.text, text);
        return &e;
      }
  }
  Evidence ev;
  ev.pos = ev.id_pos = ev.text_pos = {line, 1};
  // A row without an evidence id: numbered in page order, as the report numbers them.
  // With no number at all the report's id is found by matching (match_report).
  ev.id = !id.empty()      ? id
          : block_->number ? fmt::format("{}.{}", *block_->number, evidence.size() + 1)
                           : std::string();
  ev.text = text;
  evidence.push_back(std::move(ev));
  return &evidence.back();
}

void Importer::put_row_update(Recommendation& rec, Evidence* ev, const RowUpdate& u) {
  UpdateDraft draft;
  draft.first_line = draft.last_line = u.line;
  draft.has_note = !u.note.empty();
  draft.update.note = u.note;
  std::vector<DraftWarning> warnings;
  if (!u.date_text.empty()) {
    LineShape shape;
    shape.kind = LineKind::update_date;
    shape.text = u.date_text;
    for (DraftWarning& w : read_update_line(draft, shape, result_.plan.statuses, statuses_seen_))
      warnings.push_back(w);
  } else if (u.date) {
    set_update_date(draft, *u.date);
  }
  if (!u.status.empty()) {
    LineShape shape;
    shape.kind = LineKind::update_status;
    bool whole = !u.percent.empty() && std::all_of(u.percent.begin(), u.percent.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c));
    });
    if (!u.percent.empty() && !whole)
      warnings.push_back(
          {"import-status", fmt::format("the percentage '{}' is not a whole number, so it was "
                                        "not imported; a plan holds whole percentages",
                                        u.percent)});
    std::string status = whole ? u.status + " " + u.percent + "%" : u.status;
    shape.text = status;
    for (DraftWarning& w : read_update_line(draft, shape, result_.plan.statuses, statuses_seen_))
      warnings.push_back(w);
  }
  if (u.status.empty() && !u.percent.empty())
    warnings.push_back(
        {"import-status", percent_without_status(u.percent + "%", std::atoi(u.percent.c_str()))});
  for (const DraftWarning& w : warnings) warn(w.rule, u.line, w.message);
  // A row's update (a note, with a status or a RAG rating or neither) the
  // page gives no date for takes the date the analyst gives, when given.
  if (!draft.has_date && !u.note.empty() && options_.undated_updates_as_of) date_as_given(draft);
  if (!draft.has_date && u.note.empty()) {
    // A status with no date and no note (plan export's status worked out
    // from the evidence requirements, or a tracker without dates) is no update.
    if (!u.status.empty() || !u.rag.empty())
      warn("import-status", u.line,
           fmt::format("the {} '{}' has no date and no note, so it was not recorded as an "
                       "update; add a Date column to import it",
                       u.status.empty() ? "RAG rating" : "status",
                       u.status.empty() ? u.rag : u.status));
    return;
  }
  if (!draft.has_date) {
    unplaced(u.line,
             "an update with no date (no date in its column heading and no Date "
             "column or label); every update needs a date and a status; if the page gives "
             "its updates as of one date, give it with --undated-updates-as-of YYYY-MM-DD");
    return;
  }
  std::string missing = draft.missing();
  if (!missing.empty()) {
    unplaced(u.line,
             fmt::format("the update: {}; every update needs a date, and a status or a note",
                         missing == "it has neither a status nor a note"
                             ? "it has neither a status (no Status column or label) "
                               "nor a note"
                             : missing));
    return;
  }
  draft.update.pos = {u.line, 1};
  draft.update.rag = u.rag;
  (ev ? ev->updates : rec.updates).push_back(std::move(draft.update));
}

}  // namespace plan::assembly
