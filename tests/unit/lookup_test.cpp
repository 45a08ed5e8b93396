#include "query/lookup.h"

#include <catch2/catch.hpp>

#include "fixtures.h"
#include "query/show_text.h"
#include "query/text_width.h"
#include "util/files.h"

using namespace plan;
using plan::test::day;

TEST_CASE("ids find recommendations and evidence requirements") {
  Plan p = plan::test::bundled_plan();
  Lookup r = find_by_id(p, "23");
  REQUIRE(r.rec);
  CHECK(r.rec->id == 23);
  CHECK_FALSE(r.evidence);
  Lookup e = find_by_id(p, "7.2");
  REQUIRE(e.evidence);
  CHECK(e.evidence->id == "7.2");
  CHECK(e.rec->id == 7);
}

TEST_CASE("an unknown id names the nearest ones") {
  Plan p = plan::test::bundled_plan();
  CHECK(find_by_id(p, "24").error ==
        "no recommendation 24 in this plan; the nearest are 23 and 25");
  CHECK(find_by_id(p, "99").error == "no recommendation 99 in this plan; the nearest is 28");
  CHECK(find_by_id(p, "7.9").error ==
        "recommendation 7 has no evidence requirement 7.9; its evidence requirements are 7.1 "
        "and 7.2");
  Lookup bad = find_by_id(p, "R23");
  CHECK_FALSE(bad.well_formed);
  CHECK_FALSE(find_by_id(p, "23.").well_formed);
}

TEST_CASE("show wraps to the width and marks internal updates") {
  Plan p = plan::test::plan_from(
      "title: T\norganisation: O\nowner: Chief Constables\n",
      {"id: 5\ndeadline: 2025-03-27\ntext: a long text that needs wrapping at a narrow width\n"
       "updates:\n  - date: 2025-01-02\n    status: In Progress\n    percent: 40\n"
       "    by: Analyst\n    note: kept inside\n    internal: true\n"});
  std::string narrow = show_recommendation(p, p.recommendations[0], day("2025-04-01"), 30);
  for (const std::string& line : split_lines(narrow)) CHECK(display_width(line) <= 30);
  std::string out = show_recommendation(p, p.recommendations[0], day("2025-04-01"), 100);
  CHECK(out.find("overdue by 5 days as of") != std::string::npos);
  CHECK(out.find("2 January 2025: In Progress 40%, by Analyst") != std::string::npos);
  CHECK(out.find("(internal: never published)") != std::string::npos);
}
