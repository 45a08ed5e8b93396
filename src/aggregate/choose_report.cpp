#include "aggregate/choose_report.h"

#include <fmt/format.h>

#include <filesystem>
#include <map>

namespace plan {
namespace {

// The report file a plan names, found from the repository holding its plan
// folder (the folder above plan/, or the plan folder itself).
std::string named_report_path(const InputPlan& in) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(in.source).lexically_normal();
  if (dir.filename().empty()) dir = dir.parent_path();  // "x/plan/" -> "x/plan"
  fs::path repo = dir.filename() == "plan" ? dir.parent_path() : dir;
  return (repo / in.plan.report.path).lexically_normal().string();
}

// Loads the report, or says in choice.error why it cannot be used.
void load_into(ReportChoice& choice, const std::string& path) {
  LoadedReport loaded = load_report(path, path);
  if (loaded.io_failed) {
    choice.io_failed = true;
    choice.error = fmt::format("cannot read the report file '{}'", path);
    return;
  }
  for (const Diagnostic& d : loaded.diagnostics.items())
    if (d.severity == Severity::error) {
      choice.error = fmt::format("the report file has errors, the first: {}:{}:{}: {} [{}]", d.file,
                                 d.line, d.col, d.message, d.rule);
      return;
    }
  choice.report = std::move(loaded);
}

}  // namespace

ReportChoice choose_report(std::vector<InputPlan>& plans, const std::string& report_option) {
  ReportChoice choice;
  if (!report_option.empty()) {
    load_into(choice, report_option);
    if (!choice.report) return choice;
    const std::string& id = choice.report->report.id;
    std::vector<InputPlan> kept;
    for (InputPlan& in : plans) {
      if (in.plan.report.present() && in.plan.report.id != id)
        choice.refused.push_back(
            {in.source, fmt::format("the plan answers the report '{}', not '{}' given with "
                                    "--report; aggregate each report's plans apart",
                                    in.plan.report.id, id)});
      else
        kept.push_back(std::move(in));
    }
    plans = std::move(kept);
    return choice;
  }
  std::map<std::string, std::vector<const InputPlan*>> by_id;
  for (const InputPlan& in : plans)
    if (in.plan.report.present()) by_id[in.plan.report.id].push_back(&in);
  if (by_id.empty()) return choice;
  if (by_id.size() > 1) {
    std::string list;
    for (const auto& [id, named] : by_id)
      list += fmt::format("{}'{}' ({}{})", list.empty() ? "" : ", ", id, named.front()->source,
                          named.size() > 1 ? fmt::format(" and {} more", named.size() - 1) : "");
    choice.error = fmt::format(
        "the plans answer different reports: {}; a mix cannot be compared recommendation by "
        "recommendation: aggregate one report's plans at a time, or give --report FILE (plans "
        "naming another report are then refused)",
        list);
    return choice;
  }
  const auto& [id, named] = *by_id.begin();
  std::string path = named_report_path(*named.front());
  load_into(choice, path);
  if (choice.report && choice.report->report.id != id) {
    choice.error = fmt::format("{} names the report '{}' in '{}', but that file's id is '{}'",
                               named.front()->plan.file, id, path, choice.report->report.id);
    choice.report.reset();
  }
  return choice;
}

}  // namespace plan
