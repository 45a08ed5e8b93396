// One force is one force: a force's plan folder and its export (or two
// exports of it) name the same organisation, and only one of them may be
// counted. Which one is kept does not depend on the order of the inputs:
// a plan folder before an export (it is the plan itself), then the later
// export, then the first by path. The others are refused, naming the one kept.
#pragma once

#include <vector>

#include "aggregate/aggregate.h"

namespace plan {

/// Removes every plan but one per organisation (compared ignoring case and
/// surrounding spaces); returns the refusals.
std::vector<RefusedInput> keep_one_per_force(std::vector<InputPlan>& plans);

}  // namespace plan
