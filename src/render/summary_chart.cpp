#include "render/summary_chart.h"

#include <cmath>

namespace plan {

std::vector<ChartSegment> chart_segments(const SummaryView& s) {
  std::vector<ChartSegment> segs = {{"complete", "Complete", s.complete, 0, 0},
                                    {"in-progress", "In progress", s.in_progress, 0, 0},
                                    {"not-started", "Not started", s.not_started, 0, 0},
                                    {"no-update", "No update published", s.no_update, 0, 0}};
  if (s.no_status > 0)
    segs.emplace_back(ChartSegment{"no-status", "No status published", s.no_status, 0, 0});
  int total = s.complete + s.in_progress + s.not_started + s.no_update + s.no_status;
  if (total == 0) return segs;
  // Place each edge at its rounded cumulative position, so rounding never
  // leaves a gap or makes the bar longer than the chart.
  int before = 0;
  for (ChartSegment& seg : segs) {
    int start = int(std::lround(double(before) * chart_width / total));
    int end = int(std::lround(double(before + seg.count) * chart_width / total));
    seg.x = start;
    seg.width = end - start;
    before += seg.count;
  }
  return segs;
}

std::string chart_description(const SummaryView& s) {
  std::string noun = s.total == 1 ? "recommendation" : "recommendations";
  std::string no_status =
      s.no_status > 0 ? " and " + std::to_string(s.no_status) + " with no status published" : "";
  std::string text = std::to_string(s.complete) + " complete, " + std::to_string(s.in_progress) +
                     " in progress, " + std::to_string(s.not_started) + " not started" +
                     (s.no_status > 0 ? ", " : " and ") + std::to_string(s.no_update) +
                     " with no update published" + no_status + ", of " + std::to_string(s.total) +
                     " " + noun + "; " + std::to_string(s.overdue) + " overdue.";
  return text;
}

}  // namespace plan
