// Finding a recommendation or evidence requirement by the id people type
// ("23" or "23.1"), and naming the nearest ids when there is none.
#pragma once

#include <string>

#include "model/plan.h"

namespace plan {

struct Lookup {
  const Recommendation* rec = nullptr;
  const Evidence* evidence = nullptr;  // set for "23.1"
  bool well_formed = false;            // the text looks like an id at all
  std::string error;                   // set when nothing was found, with the nearest ids
};

Lookup find_by_id(const Plan& plan, const std::string& id);

}  // namespace plan
