// Fuzz target: any bytes as a recommendation file, through the loader
// (raw checks, YAML, schema, model) and every rule of the checker, then
// printed in every report format. Must never crash, hang, leak or print
// unsafe text; see fuzz_support.h for the properties checked.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check/load_checked.h"
#include "check/rules.h"
#include "support/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace plan;
  std::string text(reinterpret_cast<const char*>(data), size);
  Plan plan;
  plan.file = "plan/plan.yaml";
  plan.title = "Fuzz Plan";
  plan.organisation = "Fuzz Force";
  plan.published.text = "2024-09-27";
  plan.published.value = parse_iso_date(plan.published.text);

  Diagnostics ds;
  Recommendation rec;
  if (load_recommendation_text(text, "plan/recommendations/7.yaml", rec, ds))
    plan.recommendations.push_back(std::move(rec));
  check_plan(plan, Date{std::chrono::year{2025}, std::chrono::month{1}, std::chrono::day{1}}, ds);
  ds.sort();
  fuzz::check_reports(ds, text);
  return 0;
}
