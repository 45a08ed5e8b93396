// Fuzz target: any bytes as plan.yaml, loaded and checked together with a
// fixed, valid recommendation (so the plan's statuses, owner and publication
// date feed the rules), then printed in every report format.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check/load_checked.h"
#include "check/rules.h"
#include "support/fuzz_support.h"

namespace {

const char* const recommendation_7 =
    "id: 7\n"
    "deadline: 2025-03-27\n"
    "deadline_note: six months from publication\n"
    "text: Forces should act.\n"
    "evidence:\n"
    "  - id: \"7.1\"\n"
    "    text: A policy.\n"
    "updates:\n"
    "  - date: 2024-11-11\n"
    "    status: In Progress\n"
    "    percent: 25\n"
    "    note: Started.\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace plan;
  std::string text(reinterpret_cast<const char*>(data), size);
  Plan plan;
  Diagnostics ds;
  load_plan_text(text, "plan/plan.yaml", plan, ds);
  Recommendation rec;
  if (load_recommendation_text(recommendation_7, "plan/recommendations/7.yaml", rec, ds))
    plan.recommendations.push_back(std::move(rec));
  check_plan(plan, Date{std::chrono::year{2025}, std::chrono::month{1}, std::chrono::day{1}}, ds);
  ds.sort();
  fuzz::check_reports(ds, text);
  return 0;
}
