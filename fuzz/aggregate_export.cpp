// Fuzz target: any bytes as an export file plan aggregate reads (issue 21:
// the export reader). Properties: nothing crashes, hangs or exhausts memory;
// a refusal says why in valid UTF-8 that is safe on a terminal; and an
// export that is read aggregates, and every output (JSON, CSV, Markdown,
// HTML) is valid UTF-8 holding no control character but tab, CR and LF, the
// JSON parses, and two runs give the same bytes.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "aggregate/aggregate.h"
#include "aggregate/output.h"
#include "aggregate/read_export.h"
#include "support/fuzz_support.h"
#include "util/terminal_text.h"

namespace {

using namespace plan;

void require_clean(const std::string& text, const char* what) {
  fuzz::require(fuzz::valid_utf8(text), what);
  for (unsigned char c : text)
    fuzz::require(c >= 0x20 || c == '\t' || c == '\n' || c == '\r', what);
  fuzz::require(text.find("\xc2\x9b") == std::string::npos, what);  // C1 CSI
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  ReadExport r = read_export_text(text, "force.json");
  if (!r.ok) {
    fuzz::require(!r.error.empty() && !r.short_reason.empty(), "a refusal says why");
    require_clean(terminal_safe(r.error, 2000), "a refusal prints safely");
    return 0;
  }
  std::vector<InputPlan> plans;
  Date as_of{std::chrono::year{2025}, std::chrono::month{5}, std::chrono::day{1}};
  plans.push_back({"force.json", std::move(r.plan), r.exported});
  keep_published_until(plans[0].plan, as_of);
  Aggregate a = aggregate(plans, as_of, 183);
  std::string json = aggregate_json(a, "plan fuzz");
  require_clean(json, "the JSON is clean UTF-8");
  fuzz::require(!nlohmann::json::parse(json, nullptr, false).is_discarded(), "the JSON parses");
  require_clean(aggregate_csv(a).substr(3), "the CSV is clean UTF-8");
  require_clean(aggregate_markdown(a), "the Markdown is clean UTF-8");
  std::string html = aggregate_html(a, "plan fuzz");
  require_clean(html, "the HTML is clean UTF-8");
  fuzz::require(aggregate_html(a, "plan fuzz") == html, "same input, same bytes");
  return 0;
}
