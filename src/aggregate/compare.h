// --compare PREVIOUS.json: what moved since an earlier national view (the
// JSON of plan aggregate, format_version 1 or 2), per recommendation, per
// force and per cell, and a short summary for the top of the page: complete
// and overdue across forces, forces newly stale or no longer, forces that
// returned or stopped returning. Forces are matched by organisation and
// recommendations by number.
#pragma once

#include <string>

#include "aggregate/aggregate.h"

namespace plan {

struct CompareResult {
  bool ok = false;
  SinceLast since;
  std::string error;  // why the previous file cannot be used
};

/// previous is the earlier JSON's text; a.forces and recommendations are now.
CompareResult compare_with(const Aggregate& a, const std::string& previous);

}  // namespace plan
