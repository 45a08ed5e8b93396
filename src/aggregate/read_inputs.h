// Reads every input of plan aggregate: plan folders through the same loader
// and checks as plan validate (a plan with errors is refused, as list and
// export refuse it), export files through read_export. Inputs are read in
// parallel, a few at a time; the result keeps the inputs' order.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "aggregate/aggregate.h"
#include "aggregate/inputs.h"

namespace plan {

struct ReadInputs {
  std::vector<InputPlan> plans;       // in input order
  std::vector<RefusedInput> refused;  // in input order
};

/// A published page read into a plan, or why it could not be. The reader is
/// plan import's pipeline, handed down by the command (aggregate/ does not
/// include import/: the stages stand apart).
struct PageRead {
  std::optional<Plan> plan;
  std::string refusal;       // in full, for standard error
  std::string short_reason;  // in a few words, for the public page
};
using PageReader = std::function<PageRead(const std::string& path)>;

/// check_date is "today" for plan checks (updates dated after it are errors).
/// threads 0 means one per core. Pages are refused without a reader.
ReadInputs read_inputs(const std::vector<InputRef>& inputs, Date check_date, int threads = 0,
                       const PageReader& read_page = {});

}  // namespace plan
