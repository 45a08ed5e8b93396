// Fuzz target: any bytes as the page text plan import reads (as a saved web
// page when they look like HTML). Properties:
// nothing crashes or hangs; the diagnostics print safely in every format;
// and when the import succeeds, every file it would write (plan.yaml and one
// per recommendation) loads back without a YAML-level problem and with the
// same recommendations, evidence and updates as were read.
#include <cstddef>
#include <cstdint>
#include <string>

#include "check/load_checked.h"
#include "check/rules.h"
#include "import/assemble/parse_action_plan.h"
#include "import/read/html_bounds.h"
#include "import/read/html_text.h"
#include "import/read/import_input.h"
#include "import/write/plan_header.h"
#include "import/write/write_imported_plan.h"
#include "support/fuzz_support.h"

namespace {

using namespace plan;

void require_loads_cleanly(const Diagnostics& ds, const std::string& text) {
  for (const Diagnostic& d : ds.items())
    if (fuzz::yaml_level(d.rule)) {
      std::fprintf(stderr, "file written by import:\n%s\nproblem: %s [%s] at %d:%d\n", text.c_str(),
                   d.message.c_str(), d.rule.c_str(), d.line, d.col);
      fuzz::require(false, "import would write a file with a YAML-level problem");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics input_ds;
  if (!check_import_bytes(text, "page.txt", input_ds)) {
    fuzz::check_reports(input_ds, text);
    return 0;
  }
  // A page that looks like HTML goes the way plan import takes it: the bounds
  // first (deep nesting is refused before parsing), then gumbo and the walk.
  ImportedPlan imported;
  if (looks_like_html(text)) {
    if (!check_html_bounds(text, "page.txt", input_ds)) {
      fuzz::check_reports(input_ds, text);
      return 0;
    }
    std::vector<int> skipped;
    imported = parse_action_plan_lines(html_lines(text, skipped), "page.txt");
  } else {
    imported = parse_action_plan(text, "page.txt");
  }
  fuzz::check_reports(imported.diagnostics, text);
  if (!imported.ok) return 0;

  HeaderOptions header{"Fuzz Plan", "Fuzz Force",
                       Date{std::chrono::year{2024}, std::chrono::month{9}, std::chrono::day{27}},
                       ""};
  fill_plan_header(imported.plan, header);
  Plan reloaded;
  for (const PlanFileText& f : imported_plan_files(imported.plan)) {
    Diagnostics ds;
    if (f.path.size() >= 9 && f.path.compare(f.path.size() - 9, 9, "plan.yaml") == 0) {
      fuzz::require(load_plan_text(f.text, f.path, reloaded, ds),
                    "imported plan.yaml does not load");
      require_loads_cleanly(ds, f.text);
      continue;
    }
    Recommendation rec;
    fuzz::require(load_recommendation_text(f.text, f.path, rec, ds),
                  "an imported recommendation file does not load");
    require_loads_cleanly(ds, f.text);
    reloaded.recommendations.push_back(std::move(rec));
  }
  const auto& before = imported.plan.recommendations;
  const auto& after = reloaded.recommendations;
  fuzz::require(before.size() == after.size(), "a recommendation was lost in writing");
  for (size_t i = 0; i < before.size(); ++i) {
    fuzz::require(before[i].id == after[i].id, "a recommendation id changed in writing");
    fuzz::require(before[i].text == after[i].text, "a recommendation's text changed in writing");
    fuzz::require(before[i].evidence.size() == after[i].evidence.size(),
                  "evidence was lost in writing");
    for (size_t k = 0; k < before[i].evidence.size(); ++k)
      fuzz::require(before[i].evidence[k].text == after[i].evidence[k].text,
                    "an evidence requirement's text changed in writing");
    fuzz::require(before[i].updates.size() == after[i].updates.size(),
                  "an update was lost in writing");
    for (size_t k = 0; k < before[i].updates.size(); ++k)
      fuzz::require(before[i].updates[k].note == after[i].updates[k].note,
                    "an update's note changed in writing");
  }
  Diagnostics checked;
  check_plan(reloaded, Date{std::chrono::year{2025}, std::chrono::month{1}, std::chrono::day{15}},
             checked);
  return 0;
}
