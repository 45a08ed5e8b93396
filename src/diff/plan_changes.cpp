#include "diff/plan_changes.h"

#include <map>

#include "diff/force_plan_changes.h"
#include "diff/update_fact.h"
#include "model/progress.h"

namespace plan {
namespace {

std::vector<EvidenceChange> compare_evidence(const Recommendation& a, const Recommendation& b,
                                             RecommendationChange& rc) {
  std::vector<EvidenceChange> out;
  std::map<std::string, const Evidence*> before;
  for (const Evidence& e : a.evidence) before[e.id] = &e;
  for (const Evidence& e : b.evidence) {
    auto it = before.find(e.id);
    if (it == before.end()) {
      out.push_back({EvidenceChange::Kind::added, e.id, first_line(e.text), {}});
      for (const Update& u : e.updates) rc.updates_added.push_back(update_fact(u, e.id));
      continue;
    }
    const Evidence& old = *it->second;
    EvidenceChange c{EvidenceChange::Kind::changed, e.id, "", {}};
    field(c.fields, "text", old.text, e.text, true);
    field(c.fields, "owner", old.owner, e.owner, false);
    if (!c.fields.empty()) out.push_back(std::move(c));
    for (const Update* u : updates_not_in(e.updates, old.updates))
      rc.updates_added.push_back(update_fact(*u, e.id));
    for (const Update* u : updates_not_in(old.updates, e.updates))
      rc.updates_removed.push_back(update_fact(*u, e.id));
    before.erase(it);
  }
  for (const Evidence& e : a.evidence)
    if (before.count(e.id))
      out.push_back({EvidenceChange::Kind::removed, e.id, first_line(e.text), {}});
  return out;
}

std::string summary_of(const Recommendation& r) {
  std::string s = r.deadline.present() ? "deadline " + r.deadline.text + ": " : "";
  return s + first_line(r.text);
}

}  // namespace

void field(std::vector<FieldChange>& out, const char* name, const std::string& a,
           const std::string& b, bool prose) {
  if (a == b) return;
  FieldChange f{name, a, b, {}};
  if (prose) f.words = word_diff(a, b);
  out.push_back(std::move(f));
}

PlanChanges compare_plans(const Plan& before, const Plan& after) {
  PlanChanges out;
  field(out.plan_fields, "title", before.title, after.title, false);
  field(out.plan_fields, "organisation", before.organisation, after.organisation, false);
  field(out.plan_fields, "owner", before.owner, after.owner, false);
  auto join = [](const std::vector<std::string>& v) {
    std::string s;
    for (const std::string& x : v) s += (s.empty() ? "" : ", ") + x;
    return s;
  };
  field(out.plan_fields, "statuses", join(before.statuses), join(after.statuses), false);
  std::map<int, const Recommendation*> old;
  for (const Recommendation& r : before.recommendations) old[r.id] = &r;
  std::map<int, RecommendationChange> changes;
  for (const Recommendation& r : after.recommendations) {
    RecommendationChange rc;
    rc.id = r.id;
    rc.file = r.file;
    std::string now = status_label(after, progress_of(after, r, true));
    auto it = old.find(r.id);
    if (it == old.end()) {
      rc.kind = RecommendationChange::Kind::added;
      rc.summary = summary_of(r);
      rc.status_before = rc.status_after = now;
      for (const Update& u : r.updates) rc.updates_added.push_back(update_fact(u, ""));
      for (const Evidence& e : r.evidence)
        rc.evidence.push_back({EvidenceChange::Kind::added, e.id, first_line(e.text), {}});
      compare_force_plan(after, nullptr, r, rc);
      changes[r.id] = std::move(rc);
      continue;
    }
    const Recommendation& a = *it->second;
    rc.status_before = status_label(before, progress_of(before, a, true));
    rc.status_after = now;
    for (const Update* u : updates_not_in(r.updates, a.updates))
      rc.updates_added.push_back(update_fact(*u, ""));
    for (const Update* u : updates_not_in(a.updates, r.updates))
      rc.updates_removed.push_back(update_fact(*u, ""));
    field(rc.fields, "title", a.title, r.title, false);
    field(rc.fields, "deadline", a.deadline.text, r.deadline.text, false);
    field(rc.fields, "deadline_note", a.deadline_note, r.deadline_note, false);
    field(rc.fields, "owner", effective_owner(before, a), effective_owner(after, r), false);
    field(rc.fields, "text", a.text, r.text, true);
    rc.evidence = compare_evidence(a, r, rc);
    compare_force_plan(after, &a, r, rc);
    bool changed = rc.status_before != rc.status_after || !rc.updates_added.empty() ||
                   !rc.updates_removed.empty() || !rc.fields.empty() || !rc.evidence.empty() ||
                   !rc.response_change.empty() || !rc.response.empty() || !rc.actions.empty() ||
                   rc.rag_before != rc.rag_after;
    old.erase(it);
    if (changed) changes[r.id] = std::move(rc);
  }
  for (const auto& [id, r] : old) {
    RecommendationChange rc;
    rc.kind = RecommendationChange::Kind::removed;
    rc.id = id;
    rc.file = r->file;
    rc.summary = summary_of(*r);
    changes[id] = std::move(rc);
  }
  for (auto& [id, rc] : changes) out.recommendations.push_back(std::move(rc));
  return out;
}

}  // namespace plan
