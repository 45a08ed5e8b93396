#include "diff/force_plan_changes.h"

#include <algorithm>
#include <map>

#include "diff/update_fact.h"
#include "model/progress.h"

namespace plan {
namespace {

/// A date as it sorts: a month (2025-01) as its last day (docs/force-plan.md).
std::string sort_key(const DateField& d) {
  if (d.month && !d.value)
    return format_iso(Date{d.month->year() / d.month->month() / std::chrono::last});
  return d.text;
}

/// The updates newest first; the file's order kept on the same date.
std::vector<const Update*> newest_first(const std::vector<Update>& updates) {
  std::vector<const Update*> out;
  for (const Update& u : updates) out.push_back(&u);
  std::stable_sort(out.begin(), out.end(), [](const Update* a, const Update* b) {
    return sort_key(a->date) > sort_key(b->date);
  });
  return out;
}

/// The newest update's status that gives one, as people read it; "" when none.
std::string latest_status(const std::vector<Update>& updates) {
  for (const Update* u : newest_first(updates))
    if (!u->status.empty()) return update_status_label(*u);
  return "";
}

std::string latest_rag(const std::vector<Update>& updates) {
  for (const Update* u : newest_first(updates))
    if (!u->rag.empty()) return u->rag;
  return "";
}

std::string response_summary(const Response& r) {
  std::string s = r.position_text.empty() ? "" : r.position_text;
  if (!r.label.empty()) s += (s.empty() ? "" : " ") + std::string("(") + r.label + ")";
  if (r.date.present()) s += (s.empty() ? "" : ", ") + r.date.text;
  if (!r.text.empty()) s += (s.empty() ? "" : ": ") + first_line(r.text);
  return s;
}

std::string target_text(const Action& a) {
  const DateField& t = current_target(a);
  if (t.present()) return a.target_note.empty() ? t.text : t.text + " (" + a.target_note + ")";
  return a.target_note;
}

struct Placed {
  const Action* action = nullptr;
  std::string evidence_id;
};

/// Every action of a recommendation, its own and its requirements', in file order.
std::vector<Placed> actions_of(const Recommendation& r) {
  std::vector<Placed> out;
  for (const Action& a : r.actions) out.push_back({&a, ""});
  for (const Evidence& e : r.evidence)
    for (const Action& a : e.actions) out.push_back({&a, e.id});
  return out;
}

ActionChange added(const Placed& p) {
  ActionChange c;
  c.kind = ActionChange::Kind::added;
  c.id = p.action->id;
  c.evidence_id = p.evidence_id;
  c.text_first_line = first_line(p.action->text);
  c.lead = p.action->lead;
  c.target = target_text(*p.action);
  c.status_after = latest_status(p.action->updates);
  c.rag_after = latest_rag(p.action->updates);
  return c;
}

/// Revisions in now beyond those in before: the target moved. A revision
/// edited in place shows as a field change of the target instead.
void compare_targets(const Action& before, const Action& now, ActionChange& c) {
  field(c.fields, "target", before.target.text, now.target.text, false);
  field(c.fields, "target_note", before.target_note, now.target_note, false);
  size_t common = std::min(before.revisions.size(), now.revisions.size());
  for (size_t i = 0; i < common; ++i) {
    const TargetRevision &x = before.revisions[i], &y = now.revisions[i];
    if (x.target.text != y.target.text || x.decided.text != y.decided.text || x.reason != y.reason)
      field(c.fields, "target revision", x.target.text + " (" + x.reason + ")",
            y.target.text + " (" + y.reason + ")", false);
  }
  for (size_t i = common; i < now.revisions.size(); ++i) {
    const TargetRevision& r = now.revisions[i];
    std::string from = i == 0 ? now.target.text : now.revisions[i - 1].target.text;
    c.retargets.push_back({from, r.target.text, r.decided.text, r.reason});
  }
  if (now.revisions.size() < before.revisions.size())
    field(c.fields, "target", target_text(before), target_text(now), false);
}

}  // namespace

void compare_force_plan(const Plan& /*after*/, const Recommendation* before,
                        const Recommendation& now, RecommendationChange& rc) {
  // The response.
  static const Response none;
  const Response& was = before ? before->response : none;
  const Response& is = now.response;
  if (!was.present() && is.present()) {
    rc.response_change = "added";
    rc.response_summary = response_summary(is);
  } else if (was.present() && !is.present()) {
    rc.response_change = "removed";
    rc.response_summary = response_summary(was);
  } else if (is.present()) {
    field(rc.response, "position", was.position_text, is.position_text, false);
    field(rc.response, "label", was.label, is.label, false);
    field(rc.response, "date", was.date.text, is.date.text, false);
    field(rc.response, "text", was.text, is.text, true);
  }
  rc.rag_before = before ? latest_rag(before->updates) : "";
  rc.rag_after = latest_rag(now.updates);
  if (!before) rc.rag_before = rc.rag_after;  // a new recommendation: its RAG did not change

  // The actions, matched by id.
  std::map<std::string, Placed> old;
  if (before)
    for (const Placed& p : actions_of(*before)) old.emplace(p.action->id, p);
  for (const Placed& p : actions_of(now)) {
    const Action& a = *p.action;
    auto it = old.find(a.id);
    if (it == old.end()) {
      rc.actions.push_back(added(p));
      for (const Update& u : a.updates)
        rc.updates_added.push_back(update_fact(u, p.evidence_id, a.id));
      continue;
    }
    const Action& b = *it->second.action;
    ActionChange c;
    c.id = a.id;
    c.evidence_id = p.evidence_id;
    field(c.fields, "text", b.text, a.text, true);
    field(c.fields, "lead", b.lead, a.lead, false);
    compare_targets(b, a, c);
    c.status_before = latest_status(b.updates);
    c.status_after = latest_status(a.updates);
    c.rag_before = latest_rag(b.updates);
    c.rag_after = latest_rag(a.updates);
    for (const Update* u : updates_not_in(a.updates, b.updates))
      rc.updates_added.push_back(update_fact(*u, p.evidence_id, a.id));
    for (const Update* u : updates_not_in(b.updates, a.updates))
      rc.updates_removed.push_back(update_fact(*u, p.evidence_id, a.id));
    if (!c.fields.empty() || !c.retargets.empty() || c.status_before != c.status_after ||
        c.rag_before != c.rag_after)
      rc.actions.push_back(std::move(c));
    old.erase(it);
  }
  if (before)
    for (const Placed& p : actions_of(*before))
      if (old.count(p.action->id)) {
        ActionChange c;
        c.kind = ActionChange::Kind::removed;
        c.id = p.action->id;
        c.evidence_id = p.evidence_id;
        c.text_first_line = first_line(p.action->text);
        rc.actions.push_back(std::move(c));
      }
}

}  // namespace plan
