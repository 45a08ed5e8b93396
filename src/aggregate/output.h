// The national view written out: JSON (schemas/aggregate.schema.json),
// CSV (one row per force and recommendation, as the export's CSV), Markdown
// and a self-contained HTML page. Each writes the same Aggregate, and the
// same inputs and as-of date give the same bytes.
#pragma once

#include <string>

#include "aggregate/aggregate.h"

namespace plan {

/// Bump when a key is removed or changes meaning; adding keys keeps it.
inline constexpr int aggregate_format_version = 1;

std::string aggregate_json(const Aggregate& a, const std::string& generator);
std::string aggregate_csv(const Aggregate& a);
std::string aggregate_markdown(const Aggregate& a);
std::string aggregate_html(const Aggregate& a, const std::string& generator);

/// "In Progress 40%", or "No update" / "Not answered" for an empty cell.
std::string cell_label(const AggregateCell& c);

/// What the output says about how recommendations were matched.
std::string matching_note(const Aggregate& a);

}  // namespace plan
