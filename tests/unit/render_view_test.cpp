// The page's view of the bundled plan and of plans with internal updates:
// what a reader is shown, and what they must never be shown.
#include <catch2/catch.hpp>

#include "check/load_checked.h"
#include "render/build_view.h"
#include "render/summary_chart.h"

using namespace plan;

namespace {

Date day(const char* iso) {
  return *parse_iso_date(iso);
}

const Plan& bundled_plan() {
  static const LoadedPlan loaded = load_plan(PLAN_SOURCE_DIR "/plan", 1);
  REQUIRE(loaded.diagnostics.errors() == 0);
  return loaded.plan;
}

const RecommendationView& rec(const PageView& v, int id) {
  for (const RecommendationView& r : v.recommendations)
    if (r.id == id) return r;
  FAIL("no recommendation " << id);
  throw;
}

Plan plan_with(const std::string& rec_yaml) {
  Plan p;
  p.title = std::string("A plan");
  Recommendation r;
  Diagnostics ds;
  REQUIRE(load_recommendation_text(rec_yaml, "1.yaml", r, ds));
  REQUIRE(ds.errors() == 0);
  p.recommendations.push_back(r);
  return p;
}

}  // namespace

TEST_CASE("view of the bundled plan as of 1 January 2025") {
  PageView v = build_page_view(bundled_plan(), day("2025-01-01"));
  CHECK(v.title == "Stalking Action Plan");
  CHECK(v.organisation == "Cambridgeshire Constabulary");
  REQUIRE(v.leads.size() == 2);
  CHECK(v.leads[0].role == "Executive Lead");
  CHECK(v.as_of.text == "1 January 2025");
  REQUIRE(v.latest_update);
  CHECK(v.latest_update->text == "11 November 2024");

  CHECK(v.summary.total == 15);
  CHECK(v.summary.complete == 0);
  CHECK(v.summary.in_progress == 2);
  CHECK(v.summary.not_started == 0);
  CHECK(v.summary.no_update == 13);  // "13 with no update published", not "13 not started"
  CHECK(v.summary.overdue == 1);     // 27: due 22 November 2024, nothing recorded
  CHECK(v.summary.reported == 2);
  CHECK(v.summary.overall_percent == 13);  // (0 + 25) / 2 reported, rounded; no update is not 0%

  const RecommendationView& r28 = rec(v, 28);
  CHECK(r28.anchor == "recommendation-28");
  CHECK(r28.status.label == "In Progress 25%");
  CHECK(r28.status.updated->text == "11 November 2024");
  CHECK(r28.lead == "By 22 November 2025 (56 days from publication), ");
  REQUIRE(r28.milestones.size() == 1);
  CHECK(r28.milestones[0].lead == "By 27 March 2025 (six months from publication), ");
  REQUIRE(r28.updates.size() == 1);
  CHECK(r28.updates[0].date.text == "11 November 2024");

  const RecommendationView& r23 = rec(v, 23);
  CHECK(r23.status.label == "In Progress");
  CHECK(r23.owner == "Chief Constables");
  CHECK(r23.deadline.text == "27 March 2025");
  REQUIRE(r23.updates.size() == 1);
  CHECK(r23.updates[0].note.rfind("In response to the super-complaint", 0) == 0);
  REQUIRE(r23.evidence.size() == 1);
  CHECK(r23.evidence[0].anchor == "evidence-23-1");

  CHECK(rec(v, 27).overdue);
  CHECK_FALSE(rec(v, 23).overdue);
  CHECK(rec(v, 7).status.label == "No update published");
  CHECK(rec(v, 7).status.state == "no-update");
  CHECK_FALSE(rec(v, 7).status.percent);
}

TEST_CASE("overdue depends on the as-of date") {
  CHECK(build_page_view(bundled_plan(), day("2024-11-22")).summary.overdue == 0);
  CHECK(build_page_view(bundled_plan(), day("2024-11-23")).summary.overdue == 1);
  CHECK(build_page_view(bundled_plan(), day("2025-03-28")).summary.overdue == 13);
}

TEST_CASE("internal updates never reach the view") {
  Plan p = plan_with(
      "id: 1\ndeadline: 2025-03-27\ntext: x\nevidence:\n"
      "  - id: \"1.1\"\n    text: e\n    updates:\n"
      "      - date: 2024-10-02\n        status: Complete\n        note: SECRET-E\n"
      "        internal: true\n"
      "updates:\n"
      "  - date: 2024-10-01\n    status: In Progress\n    percent: 10\n    note: public\n"
      "  - date: 2024-11-01\n    status: In Progress\n    percent: 90\n    note: SECRET\n"
      "    by: SECRET-BY\n    internal: true\n");
  PageView v = build_page_view(p, day("2025-01-01"));
  const RecommendationView& r = v.recommendations.at(0);
  CHECK(r.status.label == "In Progress 10%");
  CHECK(r.status.updated->iso == "2024-10-01");
  REQUIRE(r.updates.size() == 1);
  CHECK(r.updates[0].note == "public");
  CHECK(r.evidence.at(0).updates.empty());
  CHECK_FALSE(r.evidence.at(0).status);
  CHECK(v.latest_update->iso == "2024-10-01");
}

TEST_CASE("a recommendation whose only updates are internal shows no update published") {
  Plan p = plan_with(
      "id: 1\ndeadline: 2024-12-01\ntext: x\nupdates:\n"
      "  - date: 2024-11-01\n    status: Complete\n    note: SECRET\n    internal: true\n");
  PageView v = build_page_view(p, day("2025-01-01"));
  const RecommendationView& r = v.recommendations.at(0);
  CHECK(r.status.label == "No update published");
  CHECK(r.overdue);  // done only internally: the public sees a missed deadline
  CHECK(r.updates.empty());
  CHECK_FALSE(v.latest_update);
}

TEST_CASE("updates are listed newest first") {
  Plan p = plan_with(
      "id: 1\ndeadline: 2025-12-01\ntext: x\nupdates:\n"
      "  - date: 2024-10-01\n    status: In Progress\n    note: first\n"
      "  - date: 2024-11-01\n    status: In Progress\n    note: second\n"
      "  - date: 2024-12-01\n    status: Complete\n    note: third\n");
  PageView v = build_page_view(p, day("2025-01-01"));
  const auto& u = v.recommendations.at(0).updates;
  REQUIRE(u.size() == 3);
  CHECK(u[0].note == "third");
  CHECK(u[2].note == "first");
  CHECK(v.recommendations.at(0).status.state == "complete");
  CHECK(v.recommendations.at(0).status.percent == 100);
  CHECK(v.summary.overall_percent == 100);
}

TEST_CASE("summary chart: segments fill the bar exactly") {
  SummaryView s;
  s.complete = 1;
  s.in_progress = 1;
  s.not_started = 1;
  s.total = 3;
  auto segs = chart_segments(s);
  REQUIRE(segs.size() == 4);
  CHECK(segs[0].x == 0);
  CHECK(segs[0].width + segs[1].width + segs[2].width + segs[3].width == chart_width);
  CHECK(segs[1].x == segs[0].width);
  CHECK(segs[2].x + segs[2].width == chart_width);
  CHECK(segs[3].width == 0);  // none with no update published

  SummaryView empty;
  for (const ChartSegment& seg : chart_segments(empty)) CHECK(seg.width == 0);
  CHECK(chart_description(empty) ==
        "0 complete, 0 in progress, 0 not started and 0 with no update published, of 0 "
        "recommendations; 0 overdue.");
}
