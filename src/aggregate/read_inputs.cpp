#include "aggregate/read_inputs.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

#include "aggregate/read_export.h"
#include "check/load_checked.h"
#include "check/rules.h"
#include "load/loader.h"
#include "util/parallel.h"
#include "util/shell_quote.h"
#include "util/terminal_text.h"

namespace plan {
namespace {

struct Outcome {
  std::optional<InputPlan> plan;
  std::string refusal, short_reason, organisation;
};

std::string first_error_text(const Diagnostics& ds) {
  for (const Diagnostic& d : ds.items()) {
    if (d.severity != Severity::error) continue;
    std::string where = d.file;
    if (d.line > 0) where += fmt::format(":{}:{}", d.line, d.col);
    return fmt::format("{}: {} [{}]", where, d.message, d.rule);
  }
  return "";
}

Outcome read_plan_folder(const std::string& dir, Date check_date, int file_threads) {
  Outcome o;
  LoadedPlan loaded = load_plan(dir, file_threads, true, Prose::presence_only);
  if (!loaded.io_failed) check_plan(loaded.plan, check_date, loaded.diagnostics);
  // How a plan answers its report (missing, extra or reworded recommendations)
  // is what the national view shows, so those rules do not refuse a plan.
  Diagnostics own;
  for (const Diagnostic& d : loaded.diagnostics.items())
    if (d.rule.rfind("report-", 0) != 0) own.add(d);
  loaded.diagnostics = own;
  loaded.diagnostics.sort();
  int errors = loaded.diagnostics.errors();
  if (loaded.io_failed || errors > 0) {
    o.refusal = fmt::format(
        "the plan has {} error{}; the first: {}; 'plan -C {} validate' "
        "shows them all",
        errors, errors == 1 ? "" : "s", first_error_text(loaded.diagnostics), shell_quoted(dir));
    if (errors == 0) o.refusal = "the plan could not be read";
    o.short_reason = errors == 0 ? "the plan could not be read" : "the plan has errors";
    if (forbidden_character(loaded.plan.organisation, false).empty())
      o.organisation = loaded.plan.organisation;
    return o;
  }
  o.plan = InputPlan{dir, std::move(loaded.plan), std::nullopt};
  return o;
}

Outcome read_export_input(const std::string& path) {
  Outcome o;
  ReadExport r = read_export_file(path);
  if (!r.ok) {
    o.refusal = r.error;
    o.short_reason = r.short_reason;
    o.organisation = r.organisation;
    return o;
  }
  o.plan = InputPlan{path, std::move(r.plan), r.exported};
  return o;
}

Outcome read_page_input(const std::string& path, const PageReader& read_page) {
  Outcome o;
  if (!read_page) {
    o.refusal = "a published page cannot be read here";
    o.short_reason = "the page could not be read";
    return o;
  }
  PageRead r = read_page(path);
  if (!r.plan) {
    o.refusal = r.refusal;
    o.short_reason = r.short_reason;
    return o;
  }
  o.plan = InputPlan{path, std::move(*r.plan), std::nullopt};
  return o;
}

}  // namespace

ReadInputs read_inputs(const std::vector<InputRef>& inputs, Date check_date, int threads,
                       const PageReader& read_page) {
  std::vector<Outcome> outcomes(inputs.size());
  std::atomic<size_t> next{0};
  int file_threads = 0;
  auto work = [&] {
    for (size_t i; (i = next++) < inputs.size();) {
      const InputRef& in = inputs[i];
      outcomes[i] = in.kind == InputRef::Kind::plan_folder
                        ? read_plan_folder(in.path, check_date, file_threads)
                    : in.kind == InputRef::Kind::page ? read_page_input(in.path, read_page)
                                                      : read_export_input(in.path);
    }
  };
  int n = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
  n = std::min<int>(n, int(std::max<size_t>(1, inputs.size())));
  // One input uses every core on its files; many use one core each.
  file_threads = n > 1 ? 1 : 0;
  run_on_threads(n, work);  // one thread when no more can be started

  ReadInputs out;
  for (size_t i = 0; i < inputs.size(); ++i) {
    if (outcomes[i].plan)
      out.plans.push_back(std::move(*outcomes[i].plan));
    else
      out.refused.push_back({inputs[i].path, outcomes[i].refusal, outcomes[i].short_reason,
                             outcomes[i].organisation});
  }
  return out;
}

}  // namespace plan
