// The assembler's reading of a line of text: what kind of line it is
// (line_patterns) and where that puts it in the recommendation being read.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "import/assemble/importer.h"
#include "import/fields/furniture.h"
#include "import/fields/paragraphs.h"

namespace plan::assembly {

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

namespace {

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

}  // namespace

// A row's text, unless the field already holds it (the same recommendation
// repeated on each of its rows, a rowspan cell repeated into the rows it spans).
void append_new_paragraph(std::string& text, std::string_view paragraph) {
  std::string evened = spacing_evened(paragraph);
  if (evened.empty() || spacing_evened(text).find(evened) != std::string::npos) return;
  append_paragraph(text, paragraph);
}

void Importer::line(int number, std::string_view raw) {
  line_ = number;
  std::string_view text = trim_line(raw);
  raw_line_ = text;
  LineShape shape = classify_line(text);
  if (shape.kind == LineKind::blank) return;
  int previous = std::exchange(previous_line_, number);  // blank lines between paragraphs too
  // "… seek changes to their systems… Show more": the page showed the start
  // of the text and hid the rest behind a control the copy does not open.
  for (std::string_view control :
       {"\xE2\x80\xA6 Show more", "... Show more", "\xE2\x80\xA6 Read more", "... Read more"})
    if (text.size() > control.size() && text.substr(text.size() - control.size()) == control) {
      reject(
          "the page shows only the start of this text and hides the rest behind its 'Show "
          "more' control; open it before copying, or import the saved page (.html)");
      return;
    }
  if (shape.kind == LineKind::furniture) {
    feedback_form_ = shape.role.rfind("feedback", 0) == 0;  // question, answer or form
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
  // "Was this page helpful?" then its form's "Yes", "No", "Send feedback",
  // a word or two a line in a reader's copy.
  if (feedback_form_ && shape.kind == LineKind::paragraph && text.size() <= 20 &&
      std::count(text.begin(), text.end(), ' ') < 2 &&
      std::none_of(text.begin(), text.end(), [](char c) { return std::isdigit(uint8_t(c)); })) {
    skip_furniture("feedback form");
    return;
  }
  feedback_form_ = false;
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
void Importer::unnumbered_heading(int number, std::string_view text) {
  line_ = number;
  previous_line_ = number;
  flush_label_row();
  start_block();
  block_->rec.title = std::string(trim_line(text));
  block_->phase = Phase::heading;
  account().set(number, LineFate::taken, "heading of a recommendation with no number");
}

// "Action: …", "Target date: …", "RAG: Amber", "Our response: …" under a
// recommendation: labelled fields, read with the vocabulary of a table's
// columns (column_roles.h) into one row of the recommendation, as a table
// row would be. Such a label starts the row; the owner, update, date and
// status and RAG labels after it join it; a second action starts the next row.
bool Importer::label_line(int number, std::string_view text) {
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

// Puts the latest of a row's dated updates last, where a status is given
// (a log written newest first); false when their dates do not tell it.
static bool latest_last(std::vector<RowUpdate>& updates) {
  if (updates.size() == 1) return true;
  auto key = [](const RowUpdate& u) -> std::optional<std::pair<Month, unsigned>> {
    std::optional<WrittenDate> d = u.date ? u.date : parse_uk_date(u.date_text);
    if (!d) return std::nullopt;
    if (d->value) return std::pair(d->value->year() / d->value->month(), unsigned(d->value->day()));
    if (d->month) return std::pair(*d->month, 0u);
    return std::nullopt;
  };
  size_t latest = 0;
  for (size_t i = 0; i < updates.size(); ++i) {
    if (!key(updates[i])) return false;
    if (*key(updates[i]) > *key(updates[latest])) latest = i;
  }
  std::rotate(updates.begin() + long(latest), updates.begin() + long(latest) + 1, updates.end());
  return true;
}

// A plain paragraph right under a labelled response, action or update is
// more of it ("Progress update (February 2025): …" and a second paragraph).
bool Importer::continues_label(int number, int previous, const LineShape& shape,
                               std::string_view text) {
  if (!label_row_ || shape.kind != LineKind::paragraph || label_row_->last_line != previous)
    return false;
  Column last = label_row_->last;
  if (last != Column::update && last != Column::action && last != Column::response) return false;
  // "Blue - complete" alone under the labelled update: a card's badge, its status.
  if (last == Column::update && text.size() <= 40 && is_status_badge(text) &&
      !label_row_->updates.empty() && latest_last(label_row_->updates) &&
      label_row_->updates.back().status.empty() && label_row_->updates.back().rag.empty()) {
    put_cell(*label_row_, {Column::status, std::nullopt, "Status"}, text, number);
    label_row_->last = Column::unknown;
    label_row_->last_line = number;
    block_->last_line = number;
    account().set(number, LineFate::taken, "labelled update's status (a badge under it)");
    return true;
  }
  std::string* field = label_row_->continuation();
  if (!field) return false;
  append_paragraph(*field, text);
  label_row_->last_line = number;
  block_->last_line = number;
  account().set(number, LineFate::taken,
                fmt::format("labelled {} (continued from the line above)", column_name(last)));
  return true;
}

void Importer::skip_furniture(std::string_view kind) {
  result_.furniture_lines.push_back(line_);
  account().set(line_, LineFate::skipped, fmt::format("page furniture: {}", kind));
}

// A page's closing paragraph (a helpline, "Document owner: …") where no
// update note is open: the page's, not the recommendation's.
bool Importer::skipped_as_closing(std::string_view text) {
  std::string_view kind = closing_furniture_kind(text);
  if (kind.empty()) return false;
  skip_furniture(kind);
  return true;
}

std::string Importer::what_it_is(const LineShape& shape) {
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

void Importer::unplaced_range(int first, int last, const std::string& why) {
  unplaced(first, why);
  for (int l = first + 1; l <= last; ++l)
    account().set(l, LineFate::not_understood, "see line " + std::to_string(at(first)));
}

void Importer::warn(const char* rule, int line, std::string message) {
  result_.diagnostics.warning(rule, file_, line, 1, std::move(message));
}

void Importer::unplaced(int line, const std::string& why) {
  account().set(line, LineFate::not_understood, why);
  if (++unplaced_ > max_unplaced_reports) {
    if (unplaced_ == max_unplaced_reports + 1) first_unreported_ = line;
    return;
  }
  warn("import-unplaced", line, "not imported: " + why);
}

// This line has no place, and the paragraphs after it have none either.
void Importer::reject(const std::string& why) {
  unplaced(line_, why);
  rejected_line_ = line_;
  if (block_) block_->phase = Phase::rejected;
}

void Importer::follows_rejected() {
  unplaced(line_, fmt::format("it follows line {}, which was not imported", at(rejected_line_)));
}

void Importer::start_block() {
  close_block();
  block_.emplace();
  block_->first_line = block_->last_line = line_;
}

void Importer::on_heading(const LineShape& shape) {
  // "1. By 31 March 2025, all officers will …" in an update's note or a list
  // of the force's actions is an item of it, not recommendation 1.
  if (shape.listed && block_ &&
      ((update_ && update_->note_open) || block_->phase == Phase::actions)) {
    on_paragraph(raw_line_);
    return;
  }
  // "Recommendation 11 (continued)" after a PDF's page break: the same one goes on.
  if (shape.continued && block_ && block_->number == shape.number) {
    account().set(line_, LineFate::skipped, "the recommendation's heading repeated (continued)");
    return;
  }
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
  // Its badge, or the status of the section it is in ("Completed recommendations").
  auto section = section_statuses_.find(line_);
  if (!shape.status.empty() || section != section_statuses_.end()) {
    block_->heading_status = shape.status.empty() ? section->second : std::string(shape.status);
    block_->heading_status_line = line_;
  }
  // "Recommendation 7: By 27 March 2025, where required, …" (a row spanning
  // a table, a bold lead-in): what follows the number is the text, not a title.
  if (LineShape rest = classify_line(shape.text); rest.kind == LineKind::dated_part) {
    on_dated_part(rest);
    return;
  }
  block_->rec.title = std::string(shape.text);
}

void Importer::on_dated_part(const LineShape& shape) {
  // "By 27 March 2025, all response officers will …" inside a force's
  // update is what the force says it will do: the update's note.
  if (update_ && update_->note_open) {
    on_paragraph(raw_line_);
    return;
  }
  close_update();
  // A recommendation's heading may give its owner before its text.
  bool nothing_yet = block_ && block_->phase == Phase::details && block_->rec.text.empty() &&
                     !block_->rec.deadline.present() && block_->rec.evidence.empty() &&
                     block_->rec.updates.empty();
  if (!block_ ||
      (block_->phase != Phase::heading && block_->phase != Phase::parts && !nothing_yet)) {
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
void Importer::on_section(const LineShape& shape, std::string_view text) {
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
void Importer::on_response(std::string_view text) {
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

void Importer::skip_closing_section() {
  account().set(line_, LineFate::skipped,
                fmt::format("the page's closing section {}, after the plan (not plan text)",
                            closing_section_));
  result_.notes.push_back(
      fmt::format("line {}: skipped as the page's closing section {}, after the plan; it is no "
                  "recommendation's",
                  at(line_), closing_section_));
}

// "1. Processes are in place …", "a) how the force works …" under a
// numbered recommendation's text: its evidence requirements, in turn.
bool Importer::took_list_item(std::string_view text) {
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

bool Importer::took_action_item(std::string_view item, size_t index) {
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
std::string_view Importer::lead_in_label() const {
  const std::string& text = block_->rec.text;
  size_t cut = text.rfind("\n\n");
  std::string_view last =
      cut == std::string::npos ? std::string_view() : std::string_view(text).substr(cut + 2);
  if (last.empty() || last.size() > 60 || last.back() != ':') return {};
  return last;
}

bool Importer::lead_in_names_actions() const {
  std::string_view label = lead_in_label();
  return !label.empty() && column_role(label.substr(0, label.size() - 1)).kind == Column::action;
}

// "What the report asks for:" right above the list is a label, not text.
void Importer::drop_lead_in_label(const char* what) {
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

void Importer::on_evidence(const LineShape& shape) {
  if (!block_ && closing_section_ == shape.number) {
    skip_closing_section();
    return;
  }
  if (!block_ && std::find(intro_sections_.begin(), intro_sections_.end(), shape.number) !=
                     intro_sections_.end()) {
    append_paragraph(introduction_, std::string(shape.evidence_id) + " " + std::string(shape.text));
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
        shape.evidence_id, *block_->number, at(block_->number_line), shape.number));
    return;
  }
  auto& evidence = block_->rec.evidence;
  auto same = std::find_if(evidence.begin(), evidence.end(),
                           [&](const Evidence& e) { return e.id == shape.evidence_id; });
  if (same != evidence.end()) {
    reject(fmt::format("evidence requirement {} appears twice (first on line {})",
                       shape.evidence_id, at(same->id_pos.line)));
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

void Importer::on_owner(const LineShape& shape) {
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
  // "Lead: Head of Performance · Last updated 14 March 2025": a line of
  // fields set side by side. The page's date is furniture; any other field
  // after the owner has no place on this line.
  std::string_view named = shape.text;
  for (std::string_view dot : {" \xC2\xB7 ", " \xE2\x80\xA2 ", " | "}) {
    size_t cut = named.find(dot);
    if (cut == std::string_view::npos) continue;
    std::string_view rest = trim_line(named.substr(cut + dot.size()));
    if (furniture_kind(rest).empty()) {
      reject(fmt::format("'{}' follows the owner on its line; give each field a line of its own",
                         rest));
      return;
    }
    named = trim_line(named.substr(0, cut));
  }
  std::string& owner = block_->rec.owner;
  if (!owner.empty() && owner != named) {
    reject(fmt::format("a second owner for this recommendation; it already has '{}'", owner));
    return;
  }
  owner = std::string(named);
  block_->phase = Phase::details;
  block_->owner_since_evidence = true;
}

void Importer::on_update_line(const LineShape& shape) {
  if (!block_) {
    reject("an update before any recommendation");
    return;
  }
  if (!update_ || update_->repeats(shape)) {
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

void Importer::on_paragraph(std::string_view text) {
  // "Blue - complete", "Amber", "In progress 60%" alone under an update's
  // note: a card's badge, the update's status as a "Status:" line gives it.
  if (update_ && update_->note_open && !update_->has_status && text.size() <= 40 &&
      is_status_badge(text)) {
    // Under a log written newest first, the open update is not the latest:
    // which one the badge is for, the page does not say.
    std::optional<Month> open = month_of(update_->update.date);
    bool later = block_ && std::any_of(block_->rec.updates.begin(), block_->rec.updates.end(),
                                       [&](const Update& u) {
                                         std::optional<Month> m = month_of(u.date);
                                         return open && m && *m > *open;
                                       });
    if (later) {
      unplaced(line_, fmt::format("the status '{}' is under an update that is not the latest; "
                                  "move it under the update it is for, as 'Status: {}'",
                                  text, text));
      return;
    }
    std::string labelled = "Status: " + std::string(text);
    LineShape status = classify_line(labelled);
    if (status.kind == LineKind::update_status) {
      on_update_line(status);
      return;
    }
  }
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

}  // namespace plan::assembly
