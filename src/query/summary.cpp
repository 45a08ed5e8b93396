#include "query/summary.h"

#include <algorithm>

namespace plan {

std::vector<RecSummary> summarise(const Plan& plan, Date as_of, bool include_internal) {
  std::vector<RecSummary> rows;
  for (const Recommendation& rec : plan.recommendations) {
    RecSummary s;
    s.rec = &rec;
    s.progress = progress_of(plan, rec, include_internal);
    s.status = s.progress.status;  // "" when no update is published
    s.overdue = is_overdue(rec, s.progress, as_of);
    rows.push_back(s);
  }
  return rows;
}

int status_rank(const Plan& plan, const std::string& status) {
  if (status.empty()) return -1;  // no update published: before the first status
  auto it = std::find(plan.statuses.begin(), plan.statuses.end(), status);
  return int(it - plan.statuses.begin());
}

}  // namespace plan
