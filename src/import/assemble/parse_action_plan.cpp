#include "import/assemble/parse_action_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "import/assemble/row_record.h"
#include "import/assemble/table_reader.h"
#include "import/assemble/update_draft.h"
#include "import/fields/action_target.h"
#include "import/fields/column_roles.h"
#include "import/fields/furniture.h"
#include "import/fields/line_patterns.h"
#include "import/fields/paragraphs.h"
#include "import/read/bilingual.h"
#include "import/read/broken_rows.h"
#include "import/read/cell_table.h"
#include "import/read/csv_input.h"
#include "import/read/headings.h"
#include "import/read/import_input.h"
#include "import/read/label_lines.h"
#include "import/read/markdown_marks.h"
#include "import/read/menu_lines.h"
#include "import/read/split_header.h"
#include "import/read/table_cells.h"
#include "load/limits.h"
#include "model/category.h"
#include "model/status_words.h"
#include "util/ascii_case.h"

namespace plan {
namespace {

// Where the next plain paragraph goes, by what the current recommendation has seen last.
enum class Phase {
  heading,   // a "Recommendation N" heading, no text yet
  parts,     // its dated parts: paragraphs extend the last one
  evidence,  // its evidence requirements: paragraphs extend the last one
  details,   // its owner and updates: paragraphs have no place
  actions,   // the force's actions listed under "What we will do:": a paragraph is the next
  rejected,  // an unplaced line: what follows it has no place either
};

// One recommendation being put together from consecutive lines.
struct RecDraft {
  int first_line = 0;
  int last_line = 0;
  std::optional<int> number;
  int number_line = 0;
  Recommendation rec;
  Phase phase = Phase::parts;
  bool after_lead_in = false;          // it starts right after an introduction line ending ':'
  std::vector<std::string> row_texts;  // table rows' texts taken, as written
  // Updates read from labelled lines, each with the evidence requirement it
  // followed (-1: none yet): a page giving an update after each requirement
  // (the seed's own template, filled in per requirement) means it for that one.
  struct LineUpdate {
    size_t index;
    int evidence;
    int first_line, last_line;
    bool owner_between;  // an owner line came between the requirement and the update
  };
  std::vector<LineUpdate> line_updates;
  bool owner_since_evidence = false;  // an owner line came after the last requirement
  size_t actions_listed = 0;          // items of a list the lead-in named as actions
  bool evidence_after_update =
      false;  // a requirement follows an update: updates are per requirement
};

constexpr int max_unplaced_reports = 100;

std::string line_range(int first, int last) {
  return first == last ? fmt::format("line {}", first) : fmt::format("lines {}-{}", first, last);
}

// "1. text", "2) text", "a) text", "(b) text": a list item's text and its
// place in the list (1 for "1." and "a)"); empty when the line is none.
std::string_view list_item(std::string_view line, size_t& index) {
  TextCursor c{line};
  bool open = c.take('(');
  if (auto n = c.take_number(2)) {
    index = size_t(*n);
  } else if (!c.done() && c.peek() >= 'a' && c.peek() <= 'z') {
    index = size_t(c.peek() - 'a' + 1);
    ++c.at;
  } else {
    return {};
  }
  bool closed =
      c.take(')') || (!open && c.take('.') && std::isdigit(static_cast<unsigned char>(line[0])));
  if (!closed || !c.skip_spaces() || c.done()) return {};
  return c.rest();
}

// Words of a text with spacing evened out, for telling a repeat from new text.
std::string spacing_evened(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space)
      out += c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// A row's text, unless the field already holds it (the same recommendation
// repeated on each of its rows, a rowspan cell repeated into the rows it spans).
void append_new_paragraph(std::string& text, std::string_view paragraph) {
  std::string evened = spacing_evened(paragraph);
  if (evened.empty() || spacing_evened(text).find(evened) != std::string::npos) return;
  append_paragraph(text, paragraph);
}

class Importer {
 public:
  Importer(const std::string& file, ImportedPlan& result, ParseOptions options,
           std::vector<int> listed_evidence)
      : file_(file),
        result_(result),
        options_(options),
        listed_evidence_(listed_evidence.begin(), listed_evidence.end()) {}

  void line(int number, std::string_view raw) {
    line_ = number;
    std::string_view text = trim_line(raw);
    raw_line_ = text;
    LineShape shape = classify_line(text);
    if (shape.kind == LineKind::blank) return;
    int previous = std::exchange(previous_line_, number);  // blank lines between paragraphs too
    if (shape.kind == LineKind::furniture) {
      link_list_ = opens_link_list(shape.role);
      glossary_ = glossary_ || opens_glossary(shape.role);
      skip_furniture(shape.role);
      return;
    }
    // The glossary's terms, up to the next recommendation's heading.
    if (glossary_ && shape.kind != LineKind::heading) {
      skip_furniture("the page's glossary");
      return;
    }
    glossary_ = false;
    if (link_list_ && shape.kind == LineKind::paragraph && is_link_text(text)) {
      skip_furniture("related links");
      return;
    }
    link_list_ = false;
    if (label_line(number, text) || continues_label(number, previous, shape, text)) return;
    flush_label_row();
    line_ = number;  // the row just passed on was read at its own lines
    account().set(number, LineFate::taken, what_it_is(shape));
    switch (shape.kind) {
      case LineKind::heading:
        on_heading(shape);
        break;
      case LineKind::dated_part:
        on_dated_part(shape);
        break;
      case LineKind::evidence:
        on_evidence(shape);
        break;
      case LineKind::evidence_without_id:
        close_update();
        reject(
            "an evidence requirement without its id; put the id (such as 7.1) at the start of "
            "the line");
        break;
      case LineKind::owner:
        on_owner(shape);
        break;
      case LineKind::update_note:
      case LineKind::update_date:
      case LineKind::update_status:
      case LineKind::dated_update:
        on_update_line(shape);
        break;
      case LineKind::lead:
        // "Executive Lead:" over the page is the plan's; "Strategic lead:"
        // under a recommendation is its owner.
        if (block_) {
          account().set(number, LineFate::taken, "owner (" + std::string(shape.role) + ")");
          on_owner(shape);
        } else {
          result_.plan.leads.push_back({std::string(shape.role), std::string(shape.text)});
        }
        break;
      case LineKind::section:
        on_section(shape, text);
        break;
      case LineKind::response:
        on_response(text);
        break;
      default:
        on_paragraph(text);
        break;
    }
    if (block_) block_->last_line = number;
  }

  /// A heading with no number over a recommendation's text and fields: it
  /// opens the recommendation, its words the title (--report numbers it).
  void unnumbered_heading(int number, std::string_view text) {
    line_ = number;
    previous_line_ = number;
    flush_label_row();
    start_block();
    block_->rec.title = std::string(trim_line(text));
    block_->phase = Phase::heading;
    account().set(number, LineFate::taken, "heading of a recommendation with no number");
  }

  // A row numbered as the recommendation above, with a different text that
  // has its own deadline ("By 27 March 2025, …"): two recommendations under
  // one number, a slip on the page, never one text run into the other.
  bool repeats_number(const RowRecord& row, const std::string& row_text) const {
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
  void record(RowRecord& row) {
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
  void cell_table(const CellTable& table) {
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
          account().set(
              cell.line, LineFate::taken,
              fmt::format("table cell, one a line: {}", column_name(table.header[k].kind)));
      }
      finish_row(record);
      if (!record.empty()) this->record(record);
    }
  }

  // "Action: …", "Target date: …", "RAG: Amber", "Our response: …" under a
  // recommendation: labelled fields, read with the vocabulary of a table's
  // columns (column_roles.h) into one row of the recommendation, as a table
  // row would be. Such a label starts the row; the owner, update, date and
  // status and RAG labels after it join it; a second action starts the next row.
  bool label_line(int number, std::string_view text) {
    std::optional<LabelledField> field = block_ ? labelled_field(text) : std::nullopt;
    std::string_view value = field ? trim_line(field->value) : std::string_view();
    if (value.empty()) return false;
    // A labelled "Action:" is what the force will do (label_role): its
    // progress comes under its own label ("Update …:").
    const ColumnRole& role = field->role;
    const Column k = role.kind;
    // "RAG:" and "Status:" alone belong to the update being read (update_status).
    bool starts = k == Column::action || k == Column::target || k == Column::response;
    bool joins = label_row_ && (k == Column::owner || k == Column::update || k == Column::date ||
                                k == Column::status || k == Column::percent || k == Column::rag);
    if (!starts && !joins) return false;
    if (label_row_ && k == Column::action && !label_row_->action.empty()) flush_label_row();
    if (!label_row_) {
      label_row_.emplace();
      label_row_->number = block_->number;
    }
    put_cell(*label_row_, role, value, number);
    account().set(number, LineFate::taken, std::string("labelled ") + column_name(k));
    block_->last_line = number;
    return true;
  }

  // A plain paragraph right under a labelled response, action or update is
  // more of it ("Progress update (February 2025): …" and a second paragraph).
  bool continues_label(int number, int previous, const LineShape& shape, std::string_view text) {
    if (!label_row_ || shape.kind != LineKind::paragraph || label_row_->last_line != previous)
      return false;
    Column last = label_row_->last;
    if (last != Column::update && last != Column::action && last != Column::response) return false;
    std::string* field = label_row_->continuation();
    if (!field) return false;
    append_paragraph(*field, text);
    label_row_->last_line = number;
    block_->last_line = number;
    account().set(number, LineFate::taken,
                  fmt::format("labelled {} (continued from the line above)", column_name(last)));
    return true;
  }

  // A page that gives its updates newest first ("Updates (newest first)",
  // a log with the latest row on top): a plan holds them oldest first. Only
  // updates all dated to the day are put in order; the analyst is told.
  void oldest_first(int id, std::vector<Update>& updates) {
    bool dated = std::all_of(updates.begin(), updates.end(),
                             [](const Update& u) { return u.date.value.has_value(); });
    auto by_day = [](const Update& a, const Update& b) { return *a.date.value < *b.date.value; };
    if (!dated || std::is_sorted(updates.begin(), updates.end(), by_day)) return;
    std::stable_sort(updates.begin(), updates.end(), by_day);
    result_.notes.push_back(fmt::format(
        "recommendation {}: the page gives its updates newest first; they are written oldest "
        "first, as a plan holds them",
        id));
  }

  void flush_label_row() {
    if (!label_row_) return;
    RowRecord row = std::move(*label_row_);
    label_row_.reset();
    record(row);
  }

  // Several actions, each in a row of its own with its update: each row's
  // update (and its RAG) is its action's, not the parent's. With one action
  // the row's update stays the parent's, as the page's one update on it.
  void give_rows_updates_to_actions(std::vector<Update>& updates, std::vector<Action>& actions) {
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

  void finish() {
    flush_label_row();
    close_block();
    // A status word that says what it means ("Action complete", "Ongoing")
    // means that, written so in plan.yaml; any other takes its meaning from
    // its place, as plan validate reads a plain name, until it is declared.
    Plan& plan = result_.plan;
    plan.status_categories.clear();
    plan.status_declared.clear();
    for (size_t i = 0; i < plan.statuses.size(); ++i) {
      std::optional<Category> said = status_word_meaning(plan.statuses[i]);
      plan.status_categories.push_back(said.value_or(positional_category(i, plan.statuses.size())));
      plan.status_declared.push_back(said.has_value());
    }
    result_.plan.introduction = introduction_;
    auto& recs = result_.plan.recommendations;
    std::sort(recs.begin(), recs.end(),
              [](const Recommendation& a, const Recommendation& b) { return a.id < b.id; });
    for (const Recommendation& rec : recs) warn_incomplete(rec);
    for (Recommendation& rec : recs) {
      oldest_first(rec.id, rec.updates);
      for (Evidence& ev : rec.evidence) oldest_first(rec.id, ev.updates);
      give_rows_updates_to_actions(rec.updates, rec.actions);
      for (Evidence& ev : rec.evidence) give_rows_updates_to_actions(ev.updates, ev.actions);
      number_actions(rec);
    }
    if (unplaced_ > max_unplaced_reports)
      result_.diagnostics.warning(
          "import-unplaced", file_, first_unreported_, 1,
          fmt::format("{} more lines could not be placed from here on; only the first {} are "
                      "shown",
                      unplaced_ - max_unplaced_reports, max_unplaced_reports));
  }

 private:
  LineAccount& account() { return result_.account; }

  void skip_furniture(std::string_view kind) {
    result_.furniture_lines.push_back(line_);
    account().set(line_, LineFate::skipped, fmt::format("page furniture: {}", kind));
  }

  // A page's closing paragraph (a helpline, "Document owner: …") where no
  // update note is open: the page's, not the recommendation's.
  bool skipped_as_closing(std::string_view text) {
    std::string_view kind = closing_furniture_kind(text);
    if (kind.empty()) return false;
    skip_furniture(kind);
    return true;
  }

  static std::string what_it_is(const LineShape& shape) {
    switch (shape.kind) {
      case LineKind::heading:
        return "heading";
      case LineKind::owner:
        return "owner";
      case LineKind::update_note:
        return "update: note";
      case LineKind::update_date:
        return "update: date";
      case LineKind::update_status:
        return "update: status";
      case LineKind::dated_update:
        return "update: dated note";
      case LineKind::evidence:
        return "evidence requirement " + shape.evidence_id;
      case LineKind::lead:
        return "lead (plan.yaml)";
      case LineKind::dated_part:
        return "text with its deadline";
      case LineKind::section:
        return "numbered section";
      case LineKind::response:
        return "response";
      default:
        return "text";
    }
  }

  void unplaced_range(int first, int last, const std::string& why) {
    unplaced(first, why);
    for (int l = first + 1; l <= last; ++l)
      account().set(l, LineFate::not_understood, "see line " + std::to_string(first));
  }

  void put_row_text(Recommendation& rec, const std::string& cell) {
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

  void put_row_deadline(Recommendation& rec, const std::string& text) {
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
                       text, long_date_text(rec.deadline), rec.deadline.pos.line));
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
  void take_row_response(Recommendation& rec, bool evidence_row, RowRecord& row) {
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

  void put_row_response(Recommendation& rec, const RowRecord& row) {
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

  static Position stated_position(std::string_view text) {
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
  void put_row_action(std::vector<Action>& actions, const RowRecord& row) {
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
          row.first_line, long_date_text(a.target), long_date_text(current_target(a))));
    actions.push_back(std::move(a));
  }

  Evidence* row_evidence(const std::string& id, const std::string& text, int line) {
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

  void put_row_update(Recommendation& rec, Evidence* ev, const RowUpdate& u) {
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
      bool whole = !u.percent.empty() &&
                   std::all_of(u.percent.begin(), u.percent.end(),
                               [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
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

  void warn(const char* rule, int line, std::string message) {
    result_.diagnostics.warning(rule, file_, line, 1, std::move(message));
  }

  void unplaced(int line, const std::string& why) {
    account().set(line, LineFate::not_understood, why);
    if (++unplaced_ > max_unplaced_reports) {
      if (unplaced_ == max_unplaced_reports + 1) first_unreported_ = line;
      return;
    }
    warn("import-unplaced", line, "not imported: " + why);
  }

  // This line has no place, and the paragraphs after it have none either.
  void reject(const std::string& why) {
    unplaced(line_, why);
    rejected_line_ = line_;
    if (block_) block_->phase = Phase::rejected;
  }

  void follows_rejected() {
    unplaced(line_, fmt::format("it follows line {}, which was not imported", rejected_line_));
  }

  void start_block() {
    close_block();
    block_.emplace();
    block_->first_line = block_->last_line = line_;
  }

  void on_heading(const LineShape& shape) {
    start_block();
    if (shape.number == past_largest_number) {
      // Never merged into the recommendation before it (issue 21.18).
      reject(
          "this heading's recommendation number has more than 4 digits, which no report has; "
          "correct the number (1 to 9999) in the page's text");
      return;
    }
    block_->number = shape.number;
    block_->number_line = line_;
    block_->phase = Phase::heading;
    // "Recommendation 7: By 27 March 2025, where required, …" (a row spanning
    // a table, a bold lead-in): what follows the number is the text, not a title.
    if (LineShape rest = classify_line(shape.text); rest.kind == LineKind::dated_part) {
      on_dated_part(rest);
      return;
    }
    block_->rec.title = std::string(shape.text);
  }

  void on_dated_part(const LineShape& shape) {
    // "By 27 March 2025, all response officers will …" inside a force's
    // update is what the force says it will do: the update's note.
    if (update_ && update_->note_open) {
      on_paragraph(raw_line_);
      return;
    }
    close_update();
    if (!block_ || (block_->phase != Phase::heading && block_->phase != Phase::parts)) {
      start_block();
      block_->after_lead_in = lead_in_line_ && lead_in_line_ == line_ - 1;
    }
    DateField deadline;
    deadline.text =
        shape.date->value ? format_iso(*shape.date->value) : std::string(shape.date->text);
    deadline.value = shape.date->value;
    deadline.pos = {line_, 1};
    if (!deadline.value)
      warn("import-date", line_,
           fmt::format("'{}' is not a real date; it is kept as written, so plan validate will "
                       "point at it until it is corrected",
                       shape.date->text));
    Recommendation& rec = block_->rec;
    if (block_->phase == Phase::heading || !rec.deadline.present()) {
      rec.deadline = deadline;
      rec.deadline_note = std::string(shape.note);
      if (!shape.text.empty()) append_paragraph(rec.text, shape.text);  // "Deadline: …" has none
    } else {
      Milestone m;
      m.pos = {line_, 1};
      m.deadline = deadline;
      m.deadline_note = std::string(shape.note);
      m.text = std::string(shape.text);
      rec.milestones.push_back(std::move(m));
    }
    block_->phase = Phase::parts;
  }

  // "1. Introduction" before the plan: its "1.1 …" paragraphs are the
  // introduction's, not recommendation 1's evidence requirements.
  void on_section(const LineShape& shape, std::string_view text) {
    // "3. Governance" after a recommendation's owner or updates: the page's
    // closing section, not plan text; its "3.1 …" paragraphs are not evidence.
    if (block_ && (block_->phase == Phase::details || block_->phase == Phase::evidence) &&
        !(update_ && update_->note_open)) {
      close_block();
      closing_section_ = shape.number;
      skip_closing_section();
      return;
    }
    if (block_) {
      on_paragraph(text);
      return;
    }
    if (closing_section_) {
      closing_section_ = shape.number;
      skip_closing_section();
      return;
    }
    intro_sections_.push_back(shape.number);
    append_paragraph(introduction_, text);
    account().set(line_, LineFate::taken, "introduction (plan.yaml): numbered section");
  }

  // A force's acceptance or response is an update (it needs a date and a
  // status), never the report's text.
  void on_response(std::string_view text) {
    if (update_ && update_->note_open) {
      on_paragraph(text);
      return;
    }
    if (!block_) {
      on_paragraph(text);
      return;
    }
    // An update note of its own: dated and given a status by what follows
    // it, or kept in the note of the recommendation's next update.
    LineShape note;
    note.kind = LineKind::update_note;
    note.text = text;
    on_update_line(note);
    account().set(line_, LineFate::taken, "update: note (the force's response)");
  }

  void skip_closing_section() {
    account().set(line_, LineFate::skipped,
                  fmt::format("the page's closing section {}, after the plan (not plan text)",
                              closing_section_));
    result_.notes.push_back(
        fmt::format("line {}: skipped as the page's closing section {}, after the plan; it is no "
                    "recommendation's",
                    line_, closing_section_));
  }

  // "1. Processes are in place …", "a) how the force works …" under a
  // numbered recommendation's text: its evidence requirements, in turn.
  bool took_list_item(std::string_view text) {
    if (!block_ || !block_->number) return false;
    size_t index = 0;
    std::string_view item = list_item(text, index);
    if (item.empty()) return false;
    // "What we will do:" above the list: the items are the force's actions.
    if (block_->actions_listed > 0 ||
        (block_->rec.evidence.empty() && index == 1 && lead_in_names_actions()))
      return took_action_item(item, index);
    if (block_->phase != Phase::parts && block_->phase != Phase::evidence &&
        block_->phase != Phase::heading)
      return false;
    auto& evidence = block_->rec.evidence;
    if (index != evidence.size() + 1) return false;
    drop_lead_in_label("a label introducing the evidence requirements");
    Evidence ev;
    ev.pos = ev.id_pos = ev.text_pos = {line_, 1};
    ev.id = fmt::format("{}.{}", *block_->number, index);
    ev.text = std::string(item);
    evidence.push_back(std::move(ev));
    block_->phase = Phase::evidence;
    account().set(line_, LineFate::taken,
                  "evidence requirement " + evidence.back().id + " (list item)");
    return true;
  }

  bool took_action_item(std::string_view item, size_t index) {
    if (index != block_->actions_listed + 1) return false;
    if (index == 1) drop_lead_in_label("a label introducing the force's actions");
    Action a;
    a.pos = a.id_pos = a.text_pos = {line_, 1};
    a.text = std::string(item);
    block_->rec.actions.push_back(std::move(a));
    ++block_->actions_listed;
    block_->phase = Phase::actions;
    account().set(line_, LineFate::taken, "the force's action (list item)");
    return true;
  }

  // The recommendation's last paragraph, when it is a label ending ':'.
  std::string_view lead_in_label() const {
    const std::string& text = block_->rec.text;
    size_t cut = text.rfind("\n\n");
    std::string_view last =
        cut == std::string::npos ? std::string_view() : std::string_view(text).substr(cut + 2);
    if (last.empty() || last.size() > 60 || last.back() != ':') return {};
    return last;
  }

  bool lead_in_names_actions() const {
    std::string_view label = lead_in_label();
    return !label.empty() && column_role(label.substr(0, label.size() - 1)).kind == Column::action;
  }

  // "What the report asks for:" right above the list is a label, not text.
  void drop_lead_in_label(const char* what) {
    std::string_view label = lead_in_label();
    if (!block_->rec.evidence.empty() || label.empty()) return;
    block_->rec.text.erase(block_->rec.text.size() - label.size() - 2);
    for (int l = line_ - 1; l >= block_->first_line; --l)
      if (account().lines.size() >= size_t(l) &&
          account().lines[size_t(l - 1)].fate == LineFate::taken) {
        account().set(l, LineFate::skipped, what);
        break;
      }
  }

  void on_evidence(const LineShape& shape) {
    if (!block_ && closing_section_ == shape.number) {
      skip_closing_section();
      return;
    }
    if (!block_ && std::find(intro_sections_.begin(), intro_sections_.end(), shape.number) !=
                       intro_sections_.end()) {
      append_paragraph(introduction_,
                       std::string(shape.evidence_id) + " " + std::string(shape.text));
      account().set(line_, LineFate::taken, "introduction (plan.yaml): numbered paragraph");
      return;
    }
    close_update();
    if (!block_) {
      reject(fmt::format("evidence requirement {} comes before any recommendation's text",
                         shape.evidence_id));
      return;
    }
    if (block_->number && *block_->number != shape.number) {
      reject(fmt::format(
          "evidence requirement {} does not belong to recommendation {} (numbered on line {}); "
          "the text of recommendation {} is missing before it",
          shape.evidence_id, *block_->number, block_->number_line, shape.number));
      return;
    }
    auto& evidence = block_->rec.evidence;
    auto same = std::find_if(evidence.begin(), evidence.end(),
                             [&](const Evidence& e) { return e.id == shape.evidence_id; });
    if (same != evidence.end()) {
      reject(fmt::format("evidence requirement {} appears twice (first on line {})",
                         shape.evidence_id, same->id_pos.line));
      return;
    }
    if (!block_->number) {
      block_->number = shape.number;
      block_->number_line = line_;
    }
    if (!block_->line_updates.empty()) block_->evidence_after_update = true;
    block_->owner_since_evidence = false;
    Evidence ev;
    ev.pos = ev.id_pos = ev.text_pos = {line_, 1};
    ev.id = shape.evidence_id;
    ev.text = std::string(shape.text);
    evidence.push_back(std::move(ev));
    block_->phase = Phase::evidence;
  }

  void on_owner(const LineShape& shape) {
    close_update();
    if (!block_ && TextCursor{trim_line(raw_line_)}.take_ci("Lead")) {
      result_.plan.leads.push_back({"Lead", std::string(shape.text)});
      account().set(line_, LineFate::taken, "lead (plan.yaml)");
      return;
    }
    if (!block_) {
      reject("an owner before any recommendation");
      return;
    }
    std::string& owner = block_->rec.owner;
    if (!owner.empty() && owner != shape.text) {
      reject(fmt::format("a second owner for this recommendation; it already has '{}'", owner));
      return;
    }
    owner = std::string(shape.text);
    block_->phase = Phase::details;
    block_->owner_since_evidence = true;
  }

  void on_update_line(const LineShape& shape) {
    if (!block_) {
      reject("an update before any recommendation");
      return;
    }
    if (!update_ || update_->repeats(shape.kind)) {
      close_update();
      update_.emplace();
      update_->first_line = line_;
    }
    update_->last_line = line_;
    block_->phase = Phase::details;
    for (const DraftWarning& w :
         read_update_line(*update_, shape, result_.plan.statuses, statuses_seen_))
      warn(w.rule, line_, w.message);
  }

  void on_paragraph(std::string_view text) {
    if (update_ && update_->note_open) {
      account().set(line_, LineFate::taken, "update: note");
      update_->last_line = line_;
      append_paragraph(update_->update.note, text);
      return;
    }
    if (block_ && skipped_as_closing(text)) return;
    if (took_list_item(text)) return;
    if (!block_ && closing_section_) {
      skip_closing_section();
      return;
    }
    if (!block_) {
      // Before the first recommendation: the introduction, unless a line was rejected there.
      if (rejected_line_) {
        follows_rejected();
      } else {
        append_paragraph(introduction_, text);
        account().set(line_, LineFate::taken, "introduction (plan.yaml)");
        if (text.back() == ':') lead_in_line_ = line_;
      }
      return;
    }
    Recommendation& rec = block_->rec;
    // "What we will do:" and the lines under it (a list, its numbers lost
    // in a copy of the page): each line is one of the force's actions.
    if ((block_->phase == Phase::heading || block_->phase == Phase::parts) && block_->number &&
        rec.evidence.empty() && block_->actions_listed == 0 && lead_in_names_actions()) {
      took_action_item(text, 1);
      return;
    }
    switch (block_->phase) {
      case Phase::actions:
        took_action_item(text, block_->actions_listed + 1);
        break;
      case Phase::heading:
      case Phase::parts:
        append_paragraph(rec.milestones.empty() ? rec.text : rec.milestones.back().text, text);
        block_->phase = Phase::parts;
        break;
      case Phase::evidence:
        append_paragraph(rec.evidence.back().text, text);
        account().set(line_, LineFate::taken, "evidence requirement " + rec.evidence.back().id);
        break;
      case Phase::details:
        reject(update_ ? "a paragraph after an update's Date or Status line; if it belongs to the "
                         "update, move it above them"
                       : "a paragraph after the recommendation's owner, where nothing else goes");
        break;
      case Phase::rejected:
        follows_rejected();
        break;
    }
  }

  void close_update() {
    if (!update_) return;
    UpdateDraft draft = std::move(*update_);
    update_.reset();
    if (!draft.has_date && !draft.update.status.empty() && options_.undated_updates_as_of)
      date_as_given(draft);
    std::string missing = draft.missing();
    if (missing.empty()) {
      record_update(draft);
      return;
    }
    // A note with no status (a response, "Update (21/11/2024): …"): none is
    // made up, so it waits for the recommendation's next update to keep it.
    if (draft.update.status.empty() && draft.has_note && (!draft.has_date || draft.date_readable)) {
      held_.push_back(std::move(draft));
      return;
    }
    refuse_update(draft, missing);
  }

  void refuse_update(const UpdateDraft& draft, const std::string& missing) {
    std::string hint = draft.has_date || draft.update.status.empty()
                           ? ""
                           : "; if the page gives its updates as of one date, give it with "
                             "--undated-updates-as-of YYYY-MM-DD";
    unplaced_range(
        draft.first_line, draft.last_line,
        fmt::format("the update on {}: {}; every update needs a date, and a status or a note{}",
                    line_range(draft.first_line, draft.last_line), missing, hint));
  }

  void date_as_given(UpdateDraft& draft) {
    std::string iso = format_iso(*options_.undated_updates_as_of);
    set_update_date(draft, WrittenDate{iso, options_.undated_updates_as_of, std::nullopt});
    result_.notes.push_back(
        fmt::format("line {}: the update gives no date; dated {} as --undated-updates-as-of says",
                    draft.first_line, iso));
  }

  // Held notes with no status open the note of the update that has one.
  std::string held_notes_before(const UpdateDraft& draft) {
    std::string out;
    for (const UpdateDraft& h : held_) {
      const DateField& d = h.update.date;
      std::string when = d.value ? format_long(*d.value) : d.month ? format_long(*d.month) : "";
      append_paragraph(
          out,
          when.empty()
              ? fmt::format("Response, with no date or status given: {}", h.update.note)
              : fmt::format("Earlier update, {}, with no status given: {}", when, h.update.note));
      for (int l = h.first_line; l <= h.last_line; ++l)
        if (size_t(l) <= account().lines.size() &&
            account().lines[size_t(l - 1)].fate == LineFate::taken)
          account().lines[size_t(l - 1)].what += fmt::format(
              "; no status, so kept in the note of the update on line {}", draft.first_line);
    }
    held_.clear();
    return out;
  }

  void record_update(UpdateDraft& draft) {
    if (!held_.empty()) {
      std::string before = held_notes_before(draft);
      draft.update.note = draft.update.note.empty() ? before : before + "\n\n" + draft.update.note;
    }
    draft.update.pos = {draft.first_line, 1};
    Recommendation& rec = block_->rec;
    // A bare id ("28.1") is the seed's way of listing a requirement, and a
    // list under "Evidence requirements" another: the updates after it are
    // the recommendation's.
    int evidence = rec.evidence.empty() || rec.evidence.back().text.empty() ||
                           listed_evidence_.count(rec.evidence.back().id_pos.line)
                       ? -1
                       : int(rec.evidence.size()) - 1;
    block_->line_updates.push_back({rec.updates.size(), evidence, draft.first_line, draft.last_line,
                                    block_->owner_since_evidence});
    rec.updates.push_back(std::move(draft.update));
  }

  // Notes still held when the recommendation ends have no update to go in.
  void refuse_held() {
    for (const UpdateDraft& h : held_)
      refuse_update(h, h.has_date ? "it has no status, and no later update of this "
                                    "recommendation gives one to keep it in"
                                  : "it has no date and no status, and no later update of this "
                                    "recommendation gives them");
    held_.clear();
  }

  // A page often quotes a recommendation (the one on publishing the plan)
  // before its plan starts; with no heading between them it reads as the
  // first dated part of the recommendation that follows. The first block's
  // first part is taken as the introduction when a lead-in line ("The report
  // asks that chief constables:") is right above it, or when it is about
  // publishing the action plan and the parts after it are not. (With
  // --report, match_report decides by the report's words instead.)
  void drop_quoted_part(RecDraft& b) {
    Recommendation& rec = b.rec;
    if (rec.milestones.empty() || !rec.deadline.present()) return;
    if (b.number && b.number_line == b.first_line) return;  // "Recommendation N" heading
    std::string first = rec.text.substr(0, rec.text.find("\n\n"));
    bool publishing =
        contains_ignoring_case(first, "publish") && contains_ignoring_case(first, "action plan");
    for (const Milestone& m : rec.milestones)
      publishing = publishing && !contains_ignoring_case(m.text, "action plan");
    if (!b.after_lead_in && !publishing) return;
    int line = rec.deadline.pos.line;
    std::string when = "By " + long_date_text(rec.deadline);
    if (!rec.deadline_note.empty()) when += " (" + rec.deadline_note + ")";
    append_paragraph(introduction_, when + ", " + rec.text);
    account().set(
        line, LineFate::taken,
        "introduction (plan.yaml): a recommendation of the report quoted before the plan");
    std::string number = b.number ? fmt::format("recommendation {}", *b.number)
                                  : std::string("the recommendation after it");
    result_.notes.push_back(fmt::format(
        "line {}: a recommendation of the report quoted before the plan ({}), taken as the "
        "introduction and not as the text of {}; give --report FILE to check it by the report's "
        "words",
        line,
        b.after_lead_in ? fmt::format("under the lead-in on line {}", line - 1)
                        : std::string("on publishing the action plan"),
        number));
    Milestone next = std::move(rec.milestones.front());
    rec.milestones.erase(rec.milestones.begin());
    rec.deadline = next.deadline;
    rec.deadline_note = next.deadline_note;
    rec.text = next.text;
    b.first_line = next.pos.line;
  }

  // Where each labelled update goes: right under an evidence requirement, to
  // it; after an owner line, to the recommendation (the seed's layout), unless
  // the page gives a group after each requirement and this is its first.
  std::vector<int> update_targets(const RecDraft& b) {
    std::vector<bool> has_update(b.rec.evidence.size());
    std::vector<int> targets;
    for (const RecDraft::LineUpdate& u : b.line_updates) {
      bool to_evidence =
          u.evidence >= 0 &&
          (!u.owner_between || (b.evidence_after_update && !has_update[size_t(u.evidence)]));
      targets.push_back(to_evidence ? u.evidence : -1);
      if (to_evidence) has_update[size_t(u.evidence)] = true;
    }
    return targets;
  }

  void place_requirement_updates(RecDraft& b) {
    std::vector<int> targets = update_targets(b);
    Recommendation& rec = b.rec;
    for (size_t i = b.line_updates.size(); i-- > 0;) {
      const RecDraft::LineUpdate& u = b.line_updates[i];
      if (targets[i] < 0) continue;
      Evidence& ev = rec.evidence[size_t(targets[i])];
      ev.updates.insert(ev.updates.begin(), std::move(rec.updates[u.index]));
      rec.updates.erase(rec.updates.begin() + long(u.index));
      for (int l = u.first_line; l <= u.last_line; ++l)
        if (size_t(l) <= account().lines.size() &&
            account().lines[size_t(l - 1)].fate == LineFate::taken)
          account().lines[size_t(l - 1)].what =
              "evidence requirement " + ev.id + ": " + account().lines[size_t(l - 1)].what;
    }
  }

  // Once every recommendation is read (a summary's row may be replaced by
  // the full entry below it): what each still lacks that validate needs.
  void warn_incomplete(const Recommendation& rec) {
    // With the report (--report), matching gives what the page leaves out.
    if (options_.keep_unnumbered) return;
    if (!rec.deadline.present())
      warn("import-incomplete", rec.id_pos.line,
           fmt::format("recommendation {} has no deadline (a line such as 'By 27 March 2025, …'); "
                       "add it to recommendations/{}.yaml",
                       rec.id, rec.id));
    else if (rec.text.empty())
      warn("import-incomplete", rec.deadline.pos.line,
           fmt::format("recommendation {} has a deadline but no text; add it to "
                       "recommendations/{}.yaml",
                       rec.id, rec.id));
  }

  // (A title is a few words; "complete. Went live in February." beside the
  // number is a summary of progress, which no title holds.)
  static bool only_a_title(const Recommendation& r) {
    size_t words = std::count(r.text.begin(), r.text.end(), ' ') + (r.text.empty() ? 0 : 1);
    return words <= 6 && !reads_as_sentence(r.title) && !r.deadline.present() &&
           r.evidence.empty() && r.updates.empty() && r.actions.empty() && !r.response.present() &&
           r.owner.empty() && r.milestones.empty();
  }

  void close_block() {
    if (!block_) return;
    close_update();
    refuse_held();
    RecDraft b = std::move(*block_);
    block_.reset();
    auto& recs = result_.plan.recommendations;
    if (!blocks_closed_++ && !options_.keep_unnumbered) drop_quoted_part(b);
    std::string lines = line_range(b.first_line, b.last_line);
    // Refused from its first line ("Recommendation 10000"): each of its lines
    // is already not understood, with why.
    if (!b.number && b.phase == Phase::rejected && rejected_line_ == b.first_line) return;
    if (!b.number && options_.keep_unnumbered) {
      b.rec.id_pos = {b.first_line, 1};
      result_.unnumbered.push_back({std::move(b.rec), b.first_line, b.last_line});
      return;
    }
    if (!b.number) {
      unplaced_range(
          b.first_line, b.last_line,
          fmt::format("cannot tell which recommendation the text on {} is: no "
                      "'Recommendation N' heading and no evidence id (such as 7.1) says; give the "
                      "report file with --report to number it by its words, or add a line "
                      "'Recommendation N' above line {} and import again",
                      lines, b.first_line));
      return;
    }
    auto same = std::find_if(recs.begin(), recs.end(),
                             [&](const Recommendation& r) { return r.id == *b.number; });
    // A summary table above the plan ("7 | Crime recording | Amber") names
    // each recommendation by its title only: the full entry below is it.
    if (same != recs.end() && only_a_title(*same)) {
      if (b.rec.title.empty()) b.rec.title = same->title.empty() ? same->text : same->title;
      result_.notes.push_back(fmt::format(
          "line {}: recommendation {} in a summary gives only its title; its entry on line {} is "
          "read as the recommendation",
          same->id_pos.line, *b.number, b.first_line));
      recs.erase(same);
      same = recs.end();
    }
    if (same != recs.end()) {
      unplaced_range(b.first_line, b.last_line,
                     fmt::format("recommendation {} appears twice (first on line {}); "
                                 "the second, on {}, was left out",
                                 *b.number, same->id_pos.line, lines));
      return;
    }
    b.rec.id = *b.number;
    b.rec.id_pos = {b.first_line, 1};
    place_requirement_updates(b);
    account().name_recommendation(b.first_line, b.last_line, *b.number);
    // "a) …", "b) …" under the text, with no evidence requirements: often
    // the report's requirements as a list. Kept as written, and said.
    if (b.rec.evidence.empty()) {
      int lettered = 0;
      for (size_t at = 0; (at = b.rec.text.find("\n\n", at)) != std::string::npos; at += 2) {
        std::string_view next = std::string_view(b.rec.text).substr(at + 2, 3);
        if (next.size() >= 2 && next[0] == char('a' + lettered) && next[1] == ')') ++lettered;
      }
      if (lettered >= 2)
        warn("import-incomplete", b.first_line,
             fmt::format("recommendation {}'s text holds a lettered list (a) to {})) and it has "
                         "no evidence requirements; the list was kept in the text: if they are "
                         "its evidence requirements, make them {}.1 to {}.{} in "
                         "recommendations/{}.yaml",
                         *b.number, char('a' + lettered - 1), *b.number, *b.number, lettered,
                         *b.number));
    }
    recs.push_back(std::move(b.rec));
  }

  const std::string& file_;
  ImportedPlan& result_;
  std::vector<std::string> statuses_seen_;  // as the page spells them, first use first
  ParseOptions options_;
  std::set<int> listed_evidence_;  // lines of requirements listed under one heading
  int line_ = 0;
  std::optional<RecDraft> block_;
  bool glossary_ = false;  // a glossary's heading was read: its terms follow
  int previous_line_ = 0;  // the last line line() read that was not blank
  std::optional<UpdateDraft> update_;
  std::optional<RowRecord> label_row_;
  std::map<int, int> action_rows_;  // an action's row: its first line -> its last  // labelled
                                    // fields of the recommendation being read
  std::vector<UpdateDraft> held_;
  std::string_view raw_line_;  // the line being read, trimmed
  std::string introduction_;
  int unplaced_ = 0;
  int first_unreported_ = 0;
  int rejected_line_ = 0;    // the last line rejected
  int closing_section_ = 0;  // the page's numbered section after the plan, being skipped
  bool link_list_ = false;   // after "Related pages": short lines are its links
  int lead_in_line_ = 0;     // the last introduction line ending ':'
  int blocks_closed_ = 0;
  std::vector<int> intro_sections_;  // numbers of the page's own sections before the plan
};

}  // namespace

namespace {

// Invisible format characters a CMS copy carries (zero-width space U+200B,
// zero-width non-joiner U+200C, word joiner U+2060, a byte-order mark U+FEFF
// mid-text, soft hyphen U+00AD): taken out, so "ACC Crime\u200b" is "ACC Crime".
std::string without_format_characters(std::string text) {
  for (std::string_view invisible :
       {"\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x81\xA0", "\xEF\xBB\xBF", "\xC2\xAD"})
    for (size_t at = text.find(invisible); at != std::string::npos; at = text.find(invisible, at))
      text.erase(at, invisible.size());
  // A no-break space (&nbsp;) is a space: "In&nbsp;Progress" is the status
  // "In Progress", as a reader sees it, not a second status that looks the same.
  for (size_t at = text.find("\xC2\xA0"); at != std::string::npos; at = text.find("\xC2\xA0", at))
    text.replace(at, 2, " ");
  return text;
}

std::vector<Block> cleaned_lines(const std::vector<Block>& lines) {
  std::vector<Block> out;
  out.reserve(lines.size());
  for (Block b : lines) {
    b.text = without_format_characters(std::move(b.text));
    for (std::string& cell : b.cells) cell = without_format_characters(std::move(cell));
    out.push_back(std::move(b));
  }
  return out;
}

// The paragraphs of a reader's cells and paragraphs (not copied text's
// lines, whose bars and tabs may be a table's) that hold a separator.
std::vector<std::string> text_holding_separators(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  auto take = [&out](std::string_view text) {
    for (size_t start = 0; start <= text.size();) {
      size_t end = std::min(text.find('\n', start), text.find(cell_paragraph_mark, start));
      std::string_view para = trim_line(text.substr(start, end - start));
      if (has_table_separator(para)) out.emplace_back(para);
      if (end == std::string_view::npos) break;
      start = end + (text[end] == '\n' ? 1 : cell_paragraph_mark.size());
    }
  };
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::text_line) continue;
    if (b.kind == BlockKind::table_row)
      for (const std::string& cell : b.cells) take(cell);
    else
      take(b.text);
  }
  return out;
}

void read_lines(const std::vector<Block>& input, const std::string& file, ImportedPlan& result,
                ParseOptions options) {
  std::vector<Block> lines = cleaned_lines(input);
  take_off_markdown_marks(lines);
  read_bilingual_labels(lines);
  std::vector<int> menu_lines = take_out_menu_neighbours(lines);
  std::vector<int> header_lines = join_split_headers(lines);
  std::vector<int> row_lines = join_broken_rows(lines);
  std::vector<int> value_lines = join_label_lines(lines);
  mark_unnumbered_headings(lines);
  HeadingReading headings = read_evidence_headings(lines);
  result.separator_text = text_holding_separators(lines);
  recognise_table_rows(lines);
  Importer importer(file, result, options, headings.listed_evidence);
  TableReader tables(result.account);
  std::vector<RowRecord> rows;
  std::deque<std::string> spanning_texts;
  auto pass_rows = [&] {
    for (RowRecord& row : rows) importer.record(row);
    rows.clear();
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const Block& l = lines[i];
    if (std::optional<CellTable> cells = cell_table_at(lines, i)) {
      tables.flush(rows);
      pass_rows();
      importer.cell_table(*cells);
      i = cells->end - 1;
      continue;
    }
    // "| By 27 March 2025, … |": a table row of one cell (a saved page's
    // cell spanning the table) is its text.
    std::string_view t = trim_line(l.text);
    std::string_view inner = l.kind == BlockKind::text_line && t.size() > 4 &&
                                     t.substr(0, 2) == "| " && t.substr(t.size() - 2) == " |"
                                 ? trim_line(t.substr(2, t.size() - 4))
                                 : std::string_view();
    // Held for the whole read: a table row keeps views into its line's text
    // (its dates) until the rows are passed on, lines later.
    const std::string& text = !inner.empty() && inner.find('|') == std::string_view::npos &&
                                      inner.find('\t') == std::string_view::npos
                                  ? spanning_texts.emplace_back(inner)
                                  : l.text;
    if (l.opens_recommendation) {
      tables.flush(rows);
      pass_rows();
      importer.unnumbered_heading(l.line, text);
      continue;
    }
    bool taken = tables.offer(l, text, rows);
    pass_rows();
    if (!taken) importer.line(l.line, text);
  }
  tables.flush(rows);
  pass_rows();
  importer.finish();
  for (int l : menu_lines)
    result.account.set(l, LineFate::skipped, "page furniture: the site's menu (beside its items)");
  for (int l : row_lines)
    result.account.set(l, LineFate::taken, "a cell of the table row above, copied over lines");
  for (int l : header_lines)
    result.account.set(l, LineFate::skipped,
                       "a line of a table header, joined into one header row");
  for (int l : headings.skipped)
    result.account.set(l, LineFate::skipped, "heading naming the fields under it");
  for (int l : headings.contents)
    result.account.set(l, LineFate::skipped,
                       "the page's table of contents (links to the sections)");
  for (int l : headings.sections)
    result.account.set(l, LineFate::skipped, "heading of a section of the page's recommendations");
  result.notes.insert(result.notes.end(), headings.notes.begin(), headings.notes.end());
  for (int l : value_lines) {
    auto& entries = result.account.lines;
    // The value's fate is its label's (the line before it in the page).
    bool label_known = size_t(l) >= 2 && size_t(l - 1) <= entries.size();
    LineEntry label = label_known ? entries[size_t(l - 2)] : LineEntry{LineFate::taken, ""};
    result.account.set(l, label.fate, label.what.empty() ? "value of the label above" : label.what);
  }
}

bool check_result(const std::string& file, ImportedPlan& result) {
  if (result.plan.recommendations.empty() && result.unnumbered.empty()) {
    result.diagnostics.error(
        "import-no-recommendations", file, 0, 0,
        "found no recommendations: expected lines such as 'By 27 March 2025, …' followed by "
        "evidence requirements such as '7.1 - …', or a table whose header names its columns "
        "('No. | Recommendation | Evidence requirements | Owner | Update | Status')");
    return false;
  }
  if (result.plan.recommendations.size() > limits::max_imported_recommendations) {
    result.diagnostics.error(
        "import-too-many", file, 0, 0,
        fmt::format("found {} recommendations, more than the {} a plan can hold; check this is "
                    "an action plan's text",
                    result.plan.recommendations.size(), limits::max_imported_recommendations));
    return false;
  }
  result.diagnostics.sort();
  result.ok = true;
  return true;
}

}  // namespace

ImportedPlan parse_action_plan(std::string_view text, const std::string& file,
                               ParseOptions options) {
  ImportedPlan result;
  if (!check_import_bytes(text, file, result.diagnostics)) return result;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // Notepad's byte-order mark
  std::vector<Block> lines;
  int number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back({++number, std::string(text.substr(start, end - start))});
    start = end + 1;
  }
  if (!screen_control_characters(lines, file, result.diagnostics)) return result;
  read_lines(lines, file, result, options);
  check_result(file, result);
  return result;
}

ImportedPlan parse_action_plan_lines(const std::vector<Block>& given, const std::string& file,
                                     ParseOptions options) {
  ImportedPlan result;
  std::vector<Block> lines = given;
  if (!screen_control_characters(lines, file, result.diagnostics)) return result;
  read_lines(lines, file, result, options);
  check_result(file, result);
  return result;
}

}  // namespace plan
