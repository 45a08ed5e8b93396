// plan import --report: numbering an imported plan by the inspectorate's
// report. A recommendation is matched by the number the page gives, else by
// how alike its words are to the report's texts (with the score shown, and
// no guess below the threshold); evidence requirements likewise. The report's
// number, deadline and evidence ids are then used; the page's wording stays.
#pragma once

#include <string>
#include <vector>

#include "import/parse_action_plan.h"
#include "model/report.h"

namespace plan {

/// Texts scoring below this are not taken as the same recommendation.
constexpr double match_threshold = 0.35;

struct ReportMatchOutcome {
  std::vector<std::string> notes;  // one line per match made by text, with its score
  std::vector<int> not_answered;   // the addressee's recommendations the page lacks
};

/// Numbers imported.unnumbered and checks imported.plan against report,
/// moving matched recommendations into the plan; the unmatched are warned
/// about at their lines and counted as not understood.
ReportMatchOutcome match_to_report(ImportedPlan& imported, const Report& report,
                                   const std::string& addressee, const std::string& file);

}  // namespace plan
