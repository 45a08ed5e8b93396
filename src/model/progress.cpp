#include "model/progress.h"

#include <cmath>

#include "model/category.h"

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
  p.done = category_of_status(plan, u.status) == Category::complete;
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
  bool every_percent_known = true;  // else no percent is shown: none is invented
  double percent_sum = 0;
  for (const Evidence& ev : rec.evidence) {
    Progress e = progress_of(plan, ev, include_internal);
    if (!e.percent && !e.done) every_percent_known = false;
    if (e.status.empty()) continue;
    ++started;
    if (e.done) ++done;
    percent_sum += e.percent ? *e.percent : (e.done ? 100 : 0);
    if (e.date && (!p.date || *e.date > *p.date)) p.date = e.date;
  }
  if (started == 0) return p;
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
  if (p.status.empty()) return "No update published";
  std::string s = p.status;
  if (p.percent) s += " " + std::to_string(*p.percent) + "%";
  return s;
}

bool is_overdue(const Recommendation& rec, const Progress& p, Date as_of) {
  return !p.done && rec.deadline.value && *rec.deadline.value < as_of;
}

}  // namespace plan
