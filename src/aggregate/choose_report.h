// Which report the plans are compared against: the one given with --report,
// else the one the plans name (plan.yaml's `report:`), else none (matched
// by number). Plans naming another report than the one given are refused;
// plans naming different reports with no --report are a mix, refused whole.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "aggregate/aggregate.h"
#include "load/report_loader.h"

namespace plan {

struct ReportChoice {
  std::optional<LoadedReport> report;  // loaded without errors, when there is one
  std::string error;                   // set when nothing can be aggregated: why
  bool io_failed = false;              // the error is a file that could not be read
  std::vector<RefusedInput> refused;   // plans naming another report than --report
};

/// report_option is --report FILE, or empty. Plans refused are removed from plans.
ReportChoice choose_report(std::vector<InputPlan>& plans, const std::string& report_option);

}  // namespace plan
