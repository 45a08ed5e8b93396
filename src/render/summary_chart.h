// The at-a-glance chart's geometry: one bar split into complete, in
// progress and not started, in the units of an SVG viewBox. Kept apart from
// the template so the numbers are tested and the template only draws.
#pragma once

#include <string>
#include <vector>

#include "render/page_view.h"

namespace plan {

struct ChartSegment {
  std::string key;    // "complete", "in-progress", "not-started"
  std::string label;  // "Complete", "In progress", "Not started"
  int count = 0;
  int x = 0;      // in viewBox units, 0..width
  int width = 0;  // 0 when count is 0
};

constexpr int chart_width = 1000;

/// Segments in order; their widths add up to chart_width exactly (when total > 0).
std::vector<ChartSegment> chart_segments(const SummaryView& s);

/// "0 complete, 2 in progress and 13 not started, of 15 recommendations; 1 overdue."
std::string chart_description(const SummaryView& s);

}  // namespace plan
