// plan import --report: numbering an imported plan by the inspectorate's
// report. A recommendation is matched by the number the page gives, else by
// how alike its words are to the report's texts (with the score shown, and
// no guess below the threshold); evidence requirements likewise. The report's
// number, deadline and evidence ids are then used; the page's wording stays.
// Text matching ranks every recommendation of the report and takes the best
// only when it clearly beats the runner-up (docs/import-matching.md).
#pragma once

#include <string>
#include <vector>

#include "import/assemble/parse_action_plan.h"
#include "model/report.h"

namespace plan {

/// Texts scoring below this are not taken as the same recommendation.
constexpr double match_threshold = 0.2;
/// How far the best must score above the runner-up to be taken.
constexpr double match_margin = 0.1;

struct ReportMatchOutcome {
  std::vector<std::string> notes;  // one line per match made by text, with its score
  std::vector<int> not_answered;   // the addressee's recommendations the page lacks
  LinePlaces places;               // the page's: how its notes name its lines
};

/// The report's recommendations ranked against one text of the page.
struct TextMatch {
  int id = 0;  // the best's number; 0 when no recommendation shares a word
  double score = 0;
  int runner_up_id = 0;
  double runner_up = 0;
  bool clear = false;  // at least match_threshold, and match_margin ahead of the runner-up
};

/// Ranks every recommendation of report by how alike its words are to text's
/// (stemmed, common words out, weighted by how rare each is in the report).
TextMatch match_recommendation_text(const Report& report, const std::string& text);

/// Numbers imported.unnumbered and checks imported.plan against report,
/// moving matched recommendations into the plan; the unmatched are warned
/// about at their lines and counted as not understood.
ReportMatchOutcome match_to_report(ImportedPlan& imported, const Report& report,
                                   const std::string& addressee, const std::string& file);

}  // namespace plan
