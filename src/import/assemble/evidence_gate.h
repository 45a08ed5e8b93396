// Whether an imported page marks recommendations complete while their
// evidence requirements are not: the page is what the force published, so
// import keeps its statuses and turns plan.yaml's evidence gate off rather
// than make the new plan fail its first validate.
#pragma once

#include <vector>

#include "model/plan.h"

namespace plan {

/// Recommendations whose own latest status means complete while an evidence
/// requirement is not complete (nor not applicable), in the plan's order.
std::vector<int> complete_with_open_evidence(const Plan& plan);

}  // namespace plan
