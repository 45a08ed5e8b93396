#include "import/assemble/evidence_gate.h"

#include "model/category.h"
#include "model/progress.h"

namespace plan {

std::vector<int> complete_with_open_evidence(const Plan& plan) {
  std::vector<int> ids;
  for (const Recommendation& rec : plan.recommendations) {
    Progress p = progress_of(plan, rec, true);
    if (!p.done || p.from_evidence || !p.latest) continue;
    for (const Evidence& ev : rec.evidence) {
      Progress ep = progress_of(plan, ev, true);
      Category c = ep.status.empty() ? Category::no_update : category_of_status(plan, ep.status);
      if (c != Category::complete && c != Category::not_applicable) {
        ids.push_back(rec.id);
        break;
      }
    }
  }
  return ids;
}

}  // namespace plan
