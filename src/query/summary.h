// Where each recommendation stands on a given date: the facts `plan list`
// shows and the exports carry, worked out once from the model.
#pragma once

#include <vector>

#include "model/plan.h"
#include "model/progress.h"

namespace plan {

struct RecSummary {
  const Recommendation* rec = nullptr;
  Progress progress;
  std::string status;  // the status, statuses.front() when nothing is recorded
  bool overdue = false;
};

/// One entry per recommendation, in id order. include_internal counts updates
/// marked internal (true for analysts' views, false for anything shared).
std::vector<RecSummary> summarise(const Plan& plan, Date as_of, bool include_internal);

/// Position of status in the plan's statuses (unknown ones sort last).
int status_rank(const Plan& plan, const std::string& status);

}  // namespace plan
