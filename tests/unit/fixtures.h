// Small plans for tests, built from YAML text the way the loader reads files,
// and the bundled plan loaded from the source tree.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "check/load_checked.h"
#include "check/rules.h"

namespace plan::test {

inline Plan plan_from(const std::string& plan_yaml, const std::vector<std::string>& recs) {
  Plan p;
  Diagnostics ds;
  REQUIRE(load_plan_text(plan_yaml, "plan.yaml", p, ds));
  for (size_t i = 0; i < recs.size(); ++i) {
    Recommendation r;
    REQUIRE(load_recommendation_text(recs[i], "rec" + std::to_string(i) + ".yaml", r, ds));
    p.recommendations.push_back(r);
  }
  INFO((ds.empty() ? std::string() : ds.items().front().message));
  REQUIRE(ds.empty());
  std::sort(p.recommendations.begin(), p.recommendations.end(),
            [](const Recommendation& a, const Recommendation& b) { return a.id < b.id; });
  return p;
}

inline Plan bundled_plan() {
  LoadedPlan loaded = load_plan(std::string(PLAN_SOURCE_DIR) + "/plan", 1);
  REQUIRE_FALSE(loaded.io_failed);
  REQUIRE(loaded.diagnostics.errors() == 0);
  return loaded.plan;
}

inline Date day(const char* iso) {
  return *parse_iso_date(iso);
}

}  // namespace plan::test
