#include "query/show_text.h"

#include <algorithm>
#include <cctype>

#include "model/action_status.h"
#include "model/position.h"
#include "model/progress.h"
#include "query/text_width.h"
#include "util/plural.h"

namespace plan {
namespace {

constexpr int label_width = 10;

struct Page {
  int width;
  std::string out;

  void heading(const std::string& text) { out += text + "\n\n"; }
  void section(const std::string& text) { out += "\n" + text + "\n"; }
  // "Owner:    Chief Constables", the value wrapped under itself.
  void field(const std::string& label, const std::string& value) {
    std::string head = label + ":";
    head += std::string(size_t(std::max(1, label_width - display_width(head))), ' ');
    std::vector<std::string> lines = wrap(value, width, label_width);
    const std::string& first = lines.front();
    lines.front() =
        head + (first.size() > size_t(label_width) ? first.substr(size_t(label_width)) : "");
    for (const std::string& l : lines) out += l + "\n";
  }
  void text(const std::string& value, int indent) {
    for (const std::string& l : wrap(value, width, indent)) out += l + "\n";
  }
};

std::string date_text(const DateField& d) {
  return long_date_text(d);
}

// after_date: words that belong right after the date, before how far away it is.
std::string deadline_text(const Recommendation& rec, const Progress& p, Date as_of,
                          const std::string& after_date = "") {
  std::string s = date_text(rec.deadline) + after_date;
  if (!rec.deadline_note.empty()) s += ", " + rec.deadline_note;
  if (!rec.deadline.value || p.done) return s;
  int days = days_between(as_of, *rec.deadline.value);
  if (days < 0)
    s += "; overdue by " + std::to_string(-days) + (days == -1 ? " day" : " days");
  else if (days == 0)
    s += "; due today";
  else
    s += "; " + std::to_string(days) + (days == 1 ? " day" : " days") + " left";
  return s + " as of " + format_long(as_of);
}

std::string status_text(const Plan& plan, const Progress& p, bool from_actions) {
  std::string s = status_label(plan, p);
  if (p.date)
    s += ", last updated " + format_long(*p.date);
  else if (p.month)
    s += ", last updated " + format_long(*p.month);
  if (from_actions)
    s += " (from its actions)";
  else if (p.from_evidence)
    s += " (from its evidence requirements)";
  if (!p.date && !p.month && !p.from_evidence) s += " (no update recorded)";
  return s;
}

void updates(Page& page, const std::vector<Update>& list, int indent) {
  std::string pad(size_t(indent), ' ');
  for (const Update& u : list) {
    std::string line = long_date_text(u.date) + ": " + update_status_label(u);
    if (!u.rag.empty()) line += ", RAG " + u.rag;
    if (!u.by.empty()) line += ", by " + u.by;
    if (u.internal) line += " (internal: never published)";
    page.text(line, indent);
    if (!u.note.empty()) page.text(u.note, indent + 2);
  }
}

// "Accepted in part (partially accepted), 27 September 2024"
std::string response_head(const Response& r) {
  std::string s = r.label.empty() ? position_words(r.position) : r.label;
  if (!r.label.empty() && r.position != Position::none)
    s += std::string(" (") + position_words(r.position) + ")";
  if (s.empty()) s = "no position stated";
  if (r.date.present()) s += ", " + long_date_text(r.date);
  return s;
}

void actions(Page& page, const Plan& plan, const std::vector<Action>& list, Date as_of,
             int indent) {
  for (const Action& a : list) {
    Progress p = action_progress(plan, a, true);
    std::string head = a.id + ": " + status_label(plan, p);
    std::string rag = latest_rag(a.updates, true);
    if (!rag.empty()) head += ", RAG " + rag;
    if (action_overdue(plan, a, as_of, true)) head += ", overdue";
    page.text(head, indent);
    page.text(a.text, indent + 2);
    if (!a.lead.empty()) page.text("Lead: " + a.lead, indent + 2);
    std::string history = target_history(a);
    if (!history.empty()) {
      history[0] = char(std::toupper(static_cast<unsigned char>(history[0])));
      page.text(history, indent + 2);
    }
    if (!a.updates.empty()) {
      page.text("Updates, oldest first:", indent + 2);
      updates(page, a.updates, indent + 4);
    }
  }
}

void evidence_body(Page& page, const Evidence& ev, int indent) {
  page.text(ev.text.empty() ? "(no text)" : ev.text, indent);
  for (const Document& d : ev.documents)
    page.text("Document: " + d.title + " <" + d.url + ">", indent);
  if (!ev.updates.empty()) {
    page.text("Updates, oldest first:", indent);
    updates(page, ev.updates, indent + 2);
  }
}

}  // namespace

std::string show_recommendation(const Plan& plan, const Recommendation& rec, Date as_of,
                                int width) {
  Page page{width, ""};
  Progress p = progress_of(plan, rec, true);
  page.heading("Recommendation " + std::to_string(rec.id) +
               (rec.title.empty() ? "" : ": " + rec.title));
  page.field("Owner", effective_owner(plan, rec));
  page.field("Deadline", deadline_text(rec, p, as_of));
  page.field("Status", status_text(plan, p, status_from_actions(plan, rec, true)));
  page.field("File", rec.file);
  page.out += "\n";
  page.text(rec.text, 0);
  if (rec.response.present()) {
    page.section("Our response: " + response_head(rec.response));
    if (!rec.response.text.empty()) page.text(rec.response.text, 2);
  }
  if (!rec.actions.empty()) {
    page.section("What we will do (" + counted(rec.actions.size(), "action", "actions") + ")");
    actions(page, plan, rec.actions, as_of, 2);
  }
  if (!rec.milestones.empty()) {
    page.section("Milestones");
    for (const Milestone& m : rec.milestones) {
      std::string when = "By " + date_text(m.deadline);
      if (!m.deadline_note.empty()) when += ", " + m.deadline_note;
      page.text(when + ":", 2);
      page.text(m.text, 4);
    }
  }
  page.section("Evidence requirements (" + std::to_string(rec.evidence.size()) + ")");
  if (rec.evidence.empty()) page.text("None listed.", 2);
  for (const Evidence& ev : rec.evidence) {
    std::string head = ev.id + ": " + status_label(plan, progress_of(plan, ev, true));
    if (!ev.owner.empty()) head += ", owner " + ev.owner;
    page.text(head, 2);
    evidence_body(page, ev, 4);
    if (!ev.actions.empty()) {
      page.text("Actions:", 4);
      actions(page, plan, ev.actions, as_of, 6);
    }
  }
  page.section("Updates (" + std::to_string(rec.updates.size()) + ", oldest first)");
  if (rec.updates.empty()) page.text("None recorded.", 2);
  updates(page, rec.updates, 2);
  return page.out;
}

std::string show_evidence(const Plan& plan, const Recommendation& rec, const Evidence& ev,
                          Date as_of, int width) {
  Page page{width, ""};
  Progress rec_progress = progress_of(plan, rec, true);
  Progress p = progress_of(plan, ev, true);
  page.heading("Evidence requirement " + ev.id);
  page.field("Of", "recommendation " + std::to_string(rec.id) + ": " +
                       shorten(one_line(rec.text), 3 * (width - label_width)));
  page.field("Owner",
             ev.owner.empty() ? effective_owner(plan, rec) + " (the recommendation's)" : ev.owner);
  page.field("Deadline", deadline_text(rec, rec_progress, as_of, " (the recommendation's)"));
  page.field("Status", status_text(plan, p, status_from_actions(plan, ev, true)));
  page.field("File", rec.file);
  page.out += "\n";
  page.text(ev.text.empty() ? "(no text)" : ev.text, 0);
  if (!ev.documents.empty()) {
    page.section("Documents");
    for (const Document& d : ev.documents) {
      page.text(d.title, 2);
      page.text(d.url, 4);
    }
  }
  if (!ev.actions.empty()) {
    page.section("What we will do (" + counted(ev.actions.size(), "action", "actions") + ")");
    actions(page, plan, ev.actions, as_of, 2);
  }
  page.section("Updates (" + std::to_string(ev.updates.size()) + ", oldest first)");
  if (ev.updates.empty()) page.text("None recorded.", 2);
  updates(page, ev.updates, 2);
  return page.out;
}

}  // namespace plan
