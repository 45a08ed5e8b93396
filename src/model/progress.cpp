#include "model/progress.h"

#include <cmath>

namespace plan {
namespace {

const Update* latest_update(const std::vector<Update>& updates, bool include_internal) {
  for (auto it = updates.rbegin(); it != updates.rend(); ++it)
    if (include_internal || !it->internal) return &*it;
  return nullptr;
}

Progress from_update(const Plan& plan, const Update& u) {
  Progress p;
  p.status = u.status;
  p.percent = u.percent;
  p.date = u.date.value;
  p.month = u.date.month;
  p.done = u.status == done_status(plan);
  p.latest = &u;
  return p;
}

}  // namespace

Progress progress_of(const Plan& plan, const Evidence& ev, bool include_internal) {
  if (const Update* u = latest_update(ev.updates, include_internal)) return from_update(plan, *u);
  return {};
}

Progress progress_of(const Plan& plan, const Recommendation& rec, bool include_internal) {
  if (const Update* u = latest_update(rec.updates, include_internal)) return from_update(plan, *u);

  Progress p;
  if (rec.evidence.empty()) return p;
  int done = 0, started = 0;
  double percent_sum = 0;
  for (const Evidence& ev : rec.evidence) {
    Progress e = progress_of(plan, ev, include_internal);
    if (e.status.empty()) continue;
    ++started;
    if (e.done) ++done;
    percent_sum += e.percent ? *e.percent : (e.done ? 100 : 0);
    if (e.date && (!p.date || *e.date > *p.date)) p.date = e.date;
  }
  if (started == 0) return p;
  const auto& statuses = plan.statuses;
  p.from_evidence = true;
  p.done = done == int(rec.evidence.size());
  if (p.done)
    p.status = statuses.back();
  else
    p.status = statuses.size() > 2 ? statuses[1] : statuses.front();
  p.percent = int(std::lround(percent_sum / double(rec.evidence.size())));
  return p;
}

std::string status_label(const Plan& plan, const Progress& p) {
  std::string s = p.status.empty() ? plan.statuses.front() : p.status;
  if (p.percent) s += " " + std::to_string(*p.percent) + "%";
  return s;
}

bool is_overdue(const Recommendation& rec, const Progress& p, Date as_of) {
  return !p.done && rec.deadline.value && *rec.deadline.value < as_of;
}

}  // namespace plan
