#include "model/progress.h"

#include <catch2/catch.hpp>

#include "check/load_checked.h"

using namespace plan;

namespace {
Recommendation rec_from(const std::string& text) {
  Recommendation r;
  Diagnostics ds;
  REQUIRE(load_recommendation_text(text, "23.yaml", r, ds));
  REQUIRE(ds.empty());
  return r;
}
}  // namespace

TEST_CASE("current status is the latest update; internal ones only when asked") {
  Plan p;
  Recommendation r = rec_from(
      "id: 23\ndeadline: 2025-03-27\ntext: x\nupdates:\n"
      "  - date: 2024-11-11\n    status: In Progress\n    percent: 25\n"
      "  - date: 2024-12-01\n    status: In Progress\n    percent: 40\n    internal: true\n");
  CHECK(status_label(p, progress_of(p, r, false)) == "In Progress 25%");
  CHECK(status_label(p, progress_of(p, r, true)) == "In Progress 40%");
  Progress pub = progress_of(p, r, false);
  CHECK(is_overdue(r, pub, *parse_iso_date("2025-04-01")));
  CHECK_FALSE(is_overdue(r, pub, *parse_iso_date("2025-03-27")));
}

TEST_CASE("status derived from evidence when the recommendation has none") {
  Plan p;
  Recommendation r = rec_from(
      "id: 23\ndeadline: 2025-03-27\ntext: x\nevidence:\n"
      "  - id: \"23.1\"\n    text: a\n    updates:\n"
      "      - date: 2024-11-01\n        status: Complete\n"
      "  - id: \"23.2\"\n    text: b\n");
  Progress pr = progress_of(p, r, false);
  CHECK(pr.from_evidence);
  CHECK_FALSE(pr.done);
  CHECK(pr.status == "In Progress");
  CHECK_FALSE(pr.percent);  // 23.2 has no percent recorded: none is invented
  Recommendation none = rec_from("id: 23\ndeadline: 2025-03-27\ntext: x\n");
  CHECK(status_label(p, progress_of(p, none, false)) == "No update published");
}
