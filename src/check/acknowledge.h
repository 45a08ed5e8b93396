// Warnings a plan acknowledges: plan.yaml's `acknowledged:` list names a rule,
// a recommendation or evidence id and a reason. A warning it matches is set
// aside (counted, shown with --show-acknowledged, never failing --strict); an
// acknowledgement that matches no warning any more is itself a warning, so
// old ones do not pile up unseen.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/plan.h"

namespace plan {

struct AcknowledgedWarning {
  Diagnostic warning;
  std::string reason;
};

/// The recommendation or evidence id a diagnostic is about: its item, else
/// the stem of a recommendations/<id>.yaml file; "" for neither.
std::string diagnostic_item(const Diagnostic& d);

/// Takes the acknowledged warnings out of ds (into the result) and adds an
/// `acknowledgement-stale` warning for each acknowledgement nothing matched.
std::vector<AcknowledgedWarning> apply_acknowledgements(const Plan& plan, Diagnostics& ds);

}  // namespace plan
