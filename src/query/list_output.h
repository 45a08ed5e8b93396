// The three ways `plan list` writes its rows: a table for people, JSON and
// CSV for scripts and spreadsheets.
#pragma once

#include <string>
#include <vector>

#include "query/summary.h"

namespace plan {

/// The table, then a line saying how many rows of how many are shown and
/// how many are overdue. width 0: no limit.
std::string list_table(const Plan& plan, const std::vector<RecSummary>& rows, Date as_of, int width,
                       bool colour);

/// {"as_of": …, "recommendations": [{id, deadline, owner, status, percent,
/// label, last_update, done, overdue}, …]}
std::string list_json(const Plan& plan, const std::vector<RecSummary>& rows, Date as_of);

/// A header row and one row per recommendation (see csv.h for the dialect).
std::string list_csv(const Plan& plan, const std::vector<RecSummary>& rows);

}  // namespace plan
