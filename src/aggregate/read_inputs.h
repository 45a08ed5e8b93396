// Reads every input of plan aggregate: plan folders through the same loader
// and checks as plan validate (a plan with errors is refused, as list and
// export refuse it), export files through read_export. Inputs are read in
// parallel, a few at a time; the result keeps the inputs' order.
#pragma once

#include <vector>

#include "aggregate/aggregate.h"
#include "aggregate/inputs.h"

namespace plan {

struct ReadInputs {
  std::vector<InputPlan> plans;       // in input order
  std::vector<RefusedInput> refused;  // in input order
};

/// check_date is "today" for plan checks (updates dated after it are errors).
/// threads 0 means one per core.
ReadInputs read_inputs(const std::vector<InputRef>& inputs, Date check_date, int threads = 0);

}  // namespace plan
