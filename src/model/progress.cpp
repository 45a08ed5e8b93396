#include "model/progress.h"

#include <cmath>

#include "model/category.h"

namespace plan {
namespace {

// with_status: only an update that gives a status counts (a note does not
// change where the item stands).
const Update* latest_update(const std::vector<Update>& updates, bool include_internal,
                            bool with_status) {
  for (auto it = updates.rbegin(); it != updates.rend(); ++it)
    if ((include_internal || !it->internal) && (!with_status || !it->status.empty())) return &*it;
  return nullptr;
}

// The latest update's date, a note's included: the last time anything was published.
void date_from(Progress& p, const Update& u) {
  bool later = u.date.value ? (!p.date || *u.date.value > *p.date) : (!p.date && !p.month);
  if (!later) return;
  p.date = u.date.value;
  p.month = u.date.month;
}

// Only notes were published: no status, but an update all the same.
Progress from_notes(const Update& note) {
  Progress p;
  p.unstated = true;
  p.date = note.date.value;
  p.month = note.date.month;
  p.latest = &note;
  return p;
}

Progress from_update(const Plan& plan, const Update& u) {
  Progress p;
  p.status = u.status;
  p.percent = u.percent;
  p.date = u.date.value;
  p.month = u.date.month;
  p.done = category_of_status(plan, u.status) == Category::complete;
  p.latest = &u;
  return p;
}

}  // namespace

Progress progress_of(const Plan& plan, const Evidence& ev, bool include_internal) {
  const Update* any = latest_update(ev.updates, include_internal, false);
  if (const Update* u = latest_update(ev.updates, include_internal, true)) {
    Progress p = from_update(plan, *u);
    date_from(p, *any);
    return p;
  }
  if (any) return from_notes(*any);
  return {};
}

Progress progress_of(const Plan& plan, const Recommendation& rec, bool include_internal) {
  const Update* any = latest_update(rec.updates, include_internal, false);
  if (const Update* u = latest_update(rec.updates, include_internal, true)) {
    Progress p = from_update(plan, *u);
    date_from(p, *any);
    return p;
  }

  Progress p;
  if (rec.evidence.empty()) return any ? from_notes(*any) : p;
  int done = 0, started = 0;
  const Update* evidence_note = nullptr;  // an evidence item has notes but no status
  bool every_percent_known = true;  // else no percent is shown: none is invented
  double percent_sum = 0;
  for (const Evidence& ev : rec.evidence) {
    Progress e = progress_of(plan, ev, include_internal);
    if (!e.percent && !e.done) every_percent_known = false;
    if (e.status.empty()) {
      if (e.unstated && !evidence_note) evidence_note = e.latest;
      continue;
    }
    ++started;
    if (e.done) ++done;
    percent_sum += e.percent ? *e.percent : (e.done ? 100 : 0);
    if (e.date && (!p.date || *e.date > *p.date)) p.date = e.date;
  }
  if (started == 0) {
    if (any) return from_notes(*any);
    if (evidence_note) {
      Progress n = from_notes(*evidence_note);
      n.latest = nullptr;  // not the recommendation's own update
      n.from_evidence = true;
      return n;
    }
    return p;
  }
  if (any) date_from(p, *any);
  p.from_evidence = true;
  p.done = done == int(rec.evidence.size());
  p.status = p.done ? done_status(plan) : plan.statuses.front();
  if (!p.done)
    for (size_t i = 0; i < plan.statuses.size(); ++i)
      if (category_of_status(plan, plan.statuses[i]) == Category::in_progress) {
        p.status = plan.statuses[i];
        break;
      }
  if (every_percent_known) p.percent = int(std::lround(percent_sum / double(rec.evidence.size())));
  return p;
}

std::string status_label(const Plan& /*plan*/, const Progress& p) {
  if (p.status.empty()) return p.unstated ? "No status published" : "No update published";
  std::string s = p.status;
  if (p.percent) s += " " + std::to_string(*p.percent) + "%";
  return s;
}

std::string update_status_label(const Update& u) {
  if (u.status.empty()) return "Status not stated";
  std::string s = u.status;
  if (u.percent) s += " " + std::to_string(*u.percent) + "%";
  return s;
}

bool is_overdue(const Recommendation& rec, const Progress& p, Date as_of) {
  return !p.done && rec.deadline.value && *rec.deadline.value < as_of;
}

}  // namespace plan
