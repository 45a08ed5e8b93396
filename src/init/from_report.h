// The plan files `plan init --report` writes: plan.yaml naming the report and
// the body it answers for, and one recommendation file per recommendation of
// the report addressed to that body, filled in from the report's own words.
// Text only; the command checks for clashes and writes them to disk.
#pragma once

#include <string>
#include <vector>

#include "init/scaffold.h"
#include "model/report.h"

namespace plan {

/// The recommendations of the report addressed to body (case-insensitive).
std::vector<const ReportRecommendation*> addressed_recommendations(const Report& report,
                                                                   const std::string& body);

/// plan/plan.yaml and plan/recommendations/<id>.yaml for each of recs.
/// report_path is the report file's path inside the new repository
/// (reports/<name>.yaml), as plan.yaml names it.
std::vector<ScaffoldFile> plan_files_from_report(
    const Report& report, const std::vector<const ReportRecommendation*>& recs,
    const std::string& report_path, const std::string& addressee, Date today);

}  // namespace plan
