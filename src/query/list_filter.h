// Choosing and ordering the rows of `plan list`: by status, category, owner, overdue
// or a deadline coming up, sorted by id, deadline or status.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "query/summary.h"

namespace plan {

enum class ListSort { id, deadline, status };

struct ListFilter {
  std::vector<std::string> statuses;  // exact names from the plan's statuses; empty: any
  std::vector<Category>
      categories;     // on the shared scale (no_update: nothing recorded); empty: any
  std::string owner;  // case-insensitive part of the owner; empty: any
  bool overdue_only = false;
  std::optional<Date> due_by;  // not done, deadline from as_of to due_by inclusive
  Date as_of;
};

/// The rows that pass every filter (filters combine with "and").
std::vector<RecSummary> filter_rows(const Plan& plan, const std::vector<RecSummary>& rows,
                                    const ListFilter& f);

void sort_rows(const Plan& plan, std::vector<RecSummary>& rows, ListSort by);

/// "30d", "6w", "3m" (calendar months) or "30" (days) after as_of.
/// nullopt and error set when the text is not such a span.
std::optional<Date> parse_span_end(const std::string& text, Date as_of, std::string& error);

/// The plan's status that text names (case-insensitive), or "" with error set
/// (naming the statuses, and the nearest one if it looks like a typo).
std::string resolve_status(const Plan& plan, const std::string& text, std::string& error);

/// True when needle occurs in haystack, ignoring ASCII case.
bool contains_ignoring_case(const std::string& haystack, const std::string& needle);

}  // namespace plan
