// Which report the plans are compared against: the one given with --report,
// else the one most plans name (plan.yaml's `report:`), else none (matched
// by number). Plans answering another report are refused, and the rest are
// aggregated; a tie between reports cannot be decided and refuses the run.
// The choice never depends on the order of the inputs: the copy of the
// report file used is the one most plans carry (the first by path on a
// tie), and copies that disagree are named in warnings.
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
  std::vector<RefusedInput> refused;   // plans answering another report
  std::vector<std::string> warnings;   // copies of the report file that disagree
};

/// report_option is --report FILE, or empty. Plans refused are removed from plans.
ReportChoice choose_report(std::vector<InputPlan>& plans, const std::string& report_option);

}  // namespace plan
