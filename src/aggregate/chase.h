// The chase list: the forces the national coordinator writes to before the
// next report. A force is on it when its return could not be used, when it
// is stale (with the days since its last update), or when it has not
// answered recommendations addressed to it. Worked out from the Aggregate,
// so every format lists the same forces for the same reasons.
#pragma once

#include <string>
#include <vector>

#include "aggregate/aggregate.h"

namespace plan {

struct ChaseEntry {
  std::string name;                  // the force
  std::vector<std::string> reasons;  // "stale: 213 days since its last update", …
  std::string contact;               // from the manifest; "" when it gives none
};

/// By name; empty when nobody needs chasing.
std::vector<ChaseEntry> chase_list(const Aggregate& a);

}  // namespace plan
