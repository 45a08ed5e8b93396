#include "render/build_view.h"

#include "model/category.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "model/progress.h"
#include "model/report.h"
#include "render/url_policy.h"

namespace plan {
namespace {

DateView date_view(const DateField& d) {
  if (d.value && d.value->ok()) return {format_iso(*d.value), format_long(*d.value)};
  if (d.month) return {format_iso(*d.month), format_long(*d.month)};
  return {"", d.text};
}

DateView date_view(Date d) {
  return {format_iso(d), format_long(d)};
}

std::string anchor_part(const std::string& id) {
  std::string out;
  for (char c : id) {
    bool keep = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    out += keep ? c : '-';
  }
  return out;
}

StatusView status_view(const Plan& plan, const Progress& p) {
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
  s.from_evidence = p.from_evidence;
  return s;
}

/// Public updates, newest first. Files keep them oldest first; a stable sort
/// by date keeps the file's order for two updates on the same day.
std::vector<UpdateView> public_updates(const Plan& /*plan*/, const std::vector<Update>& updates) {
  std::vector<const Update*> shown;
  for (const Update& u : updates)
    if (!u.internal) shown.push_back(&u);
  std::stable_sort(shown.begin(), shown.end(), [](const Update* a, const Update* b) {
    return a->date.text > b->date.text;  // YYYY-MM-DD sorts as text
  });
  std::vector<UpdateView> out;
  for (const Update* u : shown)
    out.push_back({date_view(u->date), update_status_label(*u), u->by, u->note});
  return out;
}

EvidenceView evidence_view(const Plan& plan, const Recommendation& rec, const Evidence& ev) {
  EvidenceView v;
  v.id = ev.id;
  v.anchor = "evidence-" + anchor_part(ev.id);
  v.text = ev.text;
  if (!ev.owner.empty() && ev.owner != effective_owner(plan, rec)) v.owner = ev.owner;
  Progress p = progress_of(plan, ev, /*include_internal=*/false);
  if (!p.status.empty() || p.unstated) v.status = status_view(plan, p);
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
  v.status = status_view(plan, p);
  v.overdue = is_overdue(rec, p, as_of);
  v.updates = public_updates(plan, rec.updates);
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
    if (!u.date.iso.empty() && (!latest || u.date.iso > latest->iso)) latest = u.date;
}

// The public updates of one list, oldest first as the file keeps them, each
// numbered within its date (the number stays when later updates are added).
void collect_latest(const Plan& /*plan*/, const std::vector<Update>& updates, int rec,
                    const std::string& evidence_id, std::vector<LatestUpdateView>& out) {
  std::map<std::string, int> per_day;
  for (const Update& u : updates) {
    int index = ++per_day[u.date.text];
    if (u.internal) continue;
    LatestUpdateView l;
    l.date = date_view(u.date);
    l.recommendation = rec;
    l.evidence_id = evidence_id;
    l.about = evidence_id.empty() ? "Recommendation " + std::to_string(rec)
                                  : "Evidence requirement " + evidence_id;
    l.anchor = evidence_id.empty() ? "recommendation-" + std::to_string(rec)
                                   : "evidence-" + anchor_part(evidence_id);
    l.same_day_index = index;
    l.status_label = update_status_label(u);
    l.by = u.by;
    l.note = u.note;
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
  }
  v.summary = summarise(v.recommendations);
  for (const Recommendation& rec : plan.recommendations) {
    std::vector<LatestUpdateView> mine;
    collect_latest(plan, rec.updates, rec.id, "", mine);
    for (const Evidence& ev : rec.evidence) collect_latest(plan, ev.updates, rec.id, ev.id, mine);
    // Within a recommendation, newest first; the order across recommendations
    // is settled by the stable sort below.
    std::stable_sort(mine.begin(), mine.end(),
                     [](const auto& a, const auto& b) { return a.date.iso > b.date.iso; });
    v.latest_updates.insert(v.latest_updates.end(), mine.begin(), mine.end());
  }
  std::stable_sort(v.latest_updates.begin(), v.latest_updates.end(),
                   [](const auto& a, const auto& b) { return a.date.iso > b.date.iso; });
  return v;
}

}  // namespace plan
