#include "render/build_view.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "model/action_status.h"
#include "model/category.h"
#include "model/progress.h"
#include "model/report.h"
#include "render/force_plan_view.h"
#include "util/url_policy.h"

namespace plan {
namespace {

DateView date_view(const DateField& d) {
  return date_view_of(d);
}

DateView date_view(Date d) {
  return {format_iso(d), format_long(d)};
}

StatusView status_view(const Plan& plan, const Progress& p, bool from_actions) {
  StatusView s;
  s.label = status_label(plan, p);
  s.status = p.status;
  Category c = category_of(plan, p);
  if (p.done || c == Category::complete)
    s.state = "complete";
  else if (c == Category::no_update)
    s.state = "no-update";
  else if (c == Category::no_status)
    s.state = "no-status";
  else if (c == Category::not_started)
    s.state = "not-started";
  else
    s.state = "in-progress";
  s.percent = p.percent;
  if (!s.percent && s.state == "complete") s.percent = 100;
  if (p.date && p.date->ok())
    s.updated = date_view(*p.date);
  else if (p.month)
    s.updated = DateView{format_iso(*p.month), format_long(*p.month)};
  s.from_evidence = p.from_evidence && !from_actions;
  s.from_actions = from_actions;
  return s;
}

/// Public updates, newest first. Files keep them oldest first; a stable sort
/// by date keeps the file's order for two updates on the same day.
std::vector<UpdateView> public_updates(const Plan& /*plan*/, const std::vector<Update>& updates) {
  std::vector<const Update*> shown;
  for (const Update& u : updates)
    if (!u.internal) shown.push_back(&u);
  // YYYY-MM-DD sorts as text; a month (YYYY-MM) as its last day.
  std::stable_sort(shown.begin(), shown.end(), [](const Update* a, const Update* b) {
    return sort_key(a->date) > sort_key(b->date);
  });
  std::vector<UpdateView> out;
  for (const Update* u : shown)
    out.push_back({date_view(u->date), update_status_label(*u), u->by, u->note, rag_view(u->rag)});
  return out;
}

EvidenceView evidence_view(const Plan& plan, const Recommendation& rec, const Evidence& ev) {
  EvidenceView v;
  v.id = ev.id;
  v.anchor = "evidence-" + anchor_part(ev.id);
  v.text = ev.text;
  if (!ev.owner.empty() && ev.owner != effective_owner(plan, rec)) v.owner = ev.owner;
  Progress p = progress_of(plan, ev, /*include_internal=*/false);
  if (!p.status.empty() || p.unstated)
    v.status = status_view(plan, p, status_from_actions(plan, ev, /*include_internal=*/false));
  v.updates = public_updates(plan, ev.updates);
  for (const Document& d : ev.documents)
    v.documents.push_back({d.title, d.url, is_safe_url(d.url)});
  return v;
}

RecommendationView recommendation_view(const Plan& plan, const Recommendation& rec, Date as_of) {
  RecommendationView v;
  v.id = rec.id;
  v.anchor = "recommendation-" + std::to_string(rec.id);
  v.heading = "Recommendation " + std::to_string(rec.id);
  v.title = title_of(plan, rec);
  v.deadline = date_view(rec.deadline);
  v.deadline_note = rec.deadline_note;
  v.lead = deadline_lead(v.deadline, rec.deadline_note);
  v.owner = effective_owner(plan, rec);
  v.text = rec.text;
  for (const Milestone& m : rec.milestones) {
    DateView d = date_view(m.deadline);
    v.milestones.push_back({d, m.deadline_note, deadline_lead(d, m.deadline_note), m.text});
  }
  for (const Evidence& ev : rec.evidence) v.evidence.push_back(evidence_view(plan, rec, ev));
  Progress p = progress_of(plan, rec, /*include_internal=*/false);
  v.status = status_view(plan, p, status_from_actions(plan, rec, /*include_internal=*/false));
  v.overdue = is_overdue(rec, p, as_of);
  v.updates = public_updates(plan, rec.updates);
  v.response = response_view(rec.response);
  v.actions = action_views(plan, rec, as_of);
  return v;
}

SummaryView summarise(const std::vector<RecommendationView>& recs) {
  SummaryView s;
  s.total = int(recs.size());
  long percent_sum = 0;
  for (const RecommendationView& r : recs) {
    if (r.status.state == "complete")
      ++s.complete;
    else if (r.status.state == "in-progress")
      ++s.in_progress;
    else if (r.status.state == "no-update")
      ++s.no_update;
    else if (r.status.state == "no-status")
      ++s.no_status;
    else
      ++s.not_started;
    if (r.overdue) ++s.overdue;
    // Progress counts only what was reported: a note with no status says nothing of it.
    if (r.status.state == "no-update" || r.status.state == "no-status") continue;
    ++s.reported;
    percent_sum += r.status.state == "complete" ? 100 : r.status.percent.value_or(0);
  }
  if (s.reported > 0) s.overall_percent = int(std::lround(double(percent_sum) / s.reported));
  return s;
}

void note_latest(std::optional<DateView>& latest, const std::vector<UpdateView>& updates) {
  for (const UpdateView& u : updates)
    if (!u.date.iso.empty() && (!latest || sort_key(u.date) > sort_key(*latest))) latest = u.date;
}

// The public updates of one list, oldest first as the file keeps them, each
// numbered within its date (the number stays when later updates are added).
// action_id: the action the list belongs to ("" for a recommendation's or
// requirement's own updates).
void collect_latest(const Plan& /*plan*/, const std::vector<Update>& updates, int rec,
                    const std::string& evidence_id, std::vector<LatestUpdateView>& out,
                    const Action* action = nullptr) {
  const std::string action_id = action ? action->id : "";
  std::map<std::string, int> per_day;
  for (const Update& u : updates) {
    int index = ++per_day[u.date.text];
    if (u.internal) continue;
    LatestUpdateView l;
    l.date = date_view(u.date);
    l.recommendation = rec;
    l.evidence_id = evidence_id;
    l.action_id = action_id;
    if (action) l.action_text = action->text;
    l.about = !action_id.empty()    ? "Action " + action_id
              : evidence_id.empty() ? "Recommendation " + std::to_string(rec)
                                    : "Evidence requirement " + evidence_id;
    l.anchor = !action_id.empty()    ? action_anchor(action_id)
               : evidence_id.empty() ? "recommendation-" + std::to_string(rec)
                                     : "evidence-" + anchor_part(evidence_id);
    l.sort_key = sort_key(u.date);
    l.same_day_index = index;
    l.status_label = update_status_label(u);
    l.by = u.by;
    l.note = u.note;
    l.rag = rag_view(u.rag);
    out.push_back(std::move(l));
  }
}

}  // namespace

std::string deadline_lead(const DateView& deadline, const std::string& note) {
  if (deadline.text.empty()) return "";
  std::string lead = "By " + deadline.text;
  if (!note.empty()) lead += " (" + note + ")";
  return lead + ", ";
}

PageView build_page_view(const Plan& plan, Date as_of) {
  PageView v;
  v.title = plan.title;
  v.organisation = plan.organisation;
  v.introduction = plan.introduction;
  for (const Lead& l : plan.leads) v.leads.push_back({l.role, l.name});
  if (plan.published.present()) v.published = date_view(plan.published);
  v.as_of = date_view(as_of);
  for (const Recommendation& rec : plan.recommendations) {
    v.recommendations.push_back(recommendation_view(plan, rec, as_of));
    const RecommendationView& r = v.recommendations.back();
    note_latest(v.latest_update, r.updates);
    for (const EvidenceView& ev : r.evidence) note_latest(v.latest_update, ev.updates);
    for (const ActionView& a : r.actions) note_latest(v.latest_update, a.updates);
  }
  v.summary = summarise(v.recommendations);
  for (const Recommendation& rec : plan.recommendations) {
    std::vector<LatestUpdateView> mine;
    collect_latest(plan, rec.updates, rec.id, "", mine);
    for (const Evidence& ev : rec.evidence) collect_latest(plan, ev.updates, rec.id, ev.id, mine);
    for (const Action& a : rec.actions) collect_latest(plan, a.updates, rec.id, "", mine, &a);
    for (const Evidence& ev : rec.evidence)
      for (const Action& a : ev.actions) collect_latest(plan, a.updates, rec.id, ev.id, mine, &a);
    // Within a recommendation, newest first; the order across recommendations
    // is settled by the stable sort below.
    std::stable_sort(mine.begin(), mine.end(),
                     [](const auto& a, const auto& b) { return a.sort_key > b.sort_key; });
    v.latest_updates.insert(v.latest_updates.end(), mine.begin(), mine.end());
  }
  std::stable_sort(v.latest_updates.begin(), v.latest_updates.end(),
                   [](const auto& a, const auto& b) { return a.sort_key > b.sort_key; });
  return v;
}

}  // namespace plan
