// The assembler closing a recommendation: the report's quoted words taken
// off, updates placed, repeats and summaries settled, then into the plan.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "import/assemble/importer.h"
#include "import/fields/action_target.h"
#include "import/fields/paragraphs.h"
#include "model/category.h"
#include "model/status_words.h"
#include "util/ascii_case.h"

namespace plan::assembly {

void Importer::finish() {
  flush_label_row();
  close_block();
  for (Recommendation& rec : result_.plan.recommendations) give_heading_status(rec);
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

// A page often quotes a recommendation (the one on publishing the plan)
// before its plan starts; with no heading between them it reads as the
// first dated part of the recommendation that follows. The first block's
// first part is taken as the introduction when a lead-in line ("The report
// asks that chief constables:") is right above it, or when it is about
// publishing the action plan and the parts after it are not. (With
// --report, match_report decides by the report's words instead.)
void Importer::drop_quoted_part(RecDraft& b) {
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
  account().set(line, LineFate::taken,
                "introduction (plan.yaml): a recommendation of the report quoted before the plan");
  std::string number = b.number ? fmt::format("recommendation {}", *b.number)
                                : std::string("the recommendation after it");
  result_.notes.push_back(fmt::format(
      "line {}: a recommendation of the report quoted before the plan ({}), taken as the "
      "introduction and not as the text of {}; give --report FILE to check it by the report's "
      "words",
      at(line),
      b.after_lead_in ? fmt::format("under the lead-in on line {}", at(line - 1))
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
std::vector<int> Importer::update_targets(const RecDraft& b) {
  // An update right under a requirement is the requirement's. After an
  // owner line it is the requirement's on a page that gives updates per
  // requirement (the seed's template: requirements follow updates), unless
  // an earlier requirement's update came with no owner line before it: then
  // the owner line starts the recommendation's own fields.
  std::vector<bool> has_update(b.rec.evidence.size());
  std::vector<int> targets;
  bool plain_before = false;  // a requirement's update came with no owner line before it
  int last_target = -1;
  for (const RecDraft::LineUpdate& u : b.line_updates) {
    // (A run of updates after one owner line goes to one place.)
    bool to_evidence =
        u.evidence >= 0 &&
        (!u.owner_between || (b.evidence_after_update && !plain_before &&
                              (!has_update[size_t(u.evidence)] || last_target == u.evidence)));
    targets.push_back(to_evidence ? u.evidence : -1);
    if (to_evidence) has_update[size_t(u.evidence)] = true;
    plain_before = plain_before || (u.evidence >= 0 && !u.owner_between);
    last_target = targets.back();
  }
  return targets;
}

void Importer::place_requirement_updates(RecDraft& b) {
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
void Importer::warn_incomplete(const Recommendation& rec) {
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
bool Importer::only_a_title(const Recommendation& r) {
  size_t words = std::count(r.text.begin(), r.text.end(), ' ') + (r.text.empty() ? 0 : 1);
  return words <= 6 && !reads_as_sentence(r.title) && !r.deadline.present() && r.evidence.empty() &&
         r.updates.empty() && r.actions.empty() && !r.response.present() && r.owner.empty() &&
         r.milestones.empty();
}

void Importer::close_block() {
  if (!block_) return;
  close_update();
  refuse_held();
  RecDraft b = std::move(*block_);
  block_.reset();
  auto& recs = result_.plan.recommendations;
  if (!blocks_closed_++ && !options_.keep_unnumbered) drop_quoted_part(b);
  std::string lines = lines_at(b.first_line, b.last_line);
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
                    lines, at(b.first_line)));
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
        at(same->id_pos.line), *b.number, at(b.first_line)));
    recs.erase(same);
    same = recs.end();
  }
  if (same != recs.end()) {
    unplaced_range(b.first_line, b.last_line,
                   fmt::format("recommendation {} appears twice (first on line {}); "
                               "the second, on {}, was left out",
                               *b.number, at(same->id_pos.line), lines));
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
  if (!b.heading_status.empty())
    heading_statuses_[*b.number] = {b.heading_status, b.heading_status_line};
  recs.push_back(std::move(b.rec));
}

}  // namespace plan::assembly
