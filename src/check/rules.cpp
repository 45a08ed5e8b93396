// Runs every rule of rules_*.cpp over a loaded plan.
#include "check/rules.h"

namespace plan {

void check_plan(const Plan& plan, Date as_of, Diagnostics& out) {
  check_date_field(plan.published, "published", plan.file, out);
  check_timezone(plan, out);
  check_ids(plan, out);
  for (const Recommendation& rec : plan.recommendations) {
    check_evidence_ids(rec, out);
    check_dates(plan, rec, out);
    check_updates(plan, rec.file, rec.updates, as_of, out);
    for (const Evidence& ev : rec.evidence) check_updates(plan, rec.file, ev.updates, as_of, out);
    check_progress(plan, rec, out);
    check_actions(plan, rec, as_of, out);
  }
  check_against_report(plan, out);
}

}  // namespace plan
