#include "aggregate/choose_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "load/limits.h"
#include "util/files.h"

namespace plan {
namespace {

namespace fs = std::filesystem;

// The report file a plan names, found from the repository holding its plan
// folder (the folder above plan/, or the plan folder itself); "" when the
// plan names no path, or one that leaves the repository.
std::string named_report_path(const InputPlan& in) {
  fs::path named(in.plan.report.path);
  if (named.empty() || named.is_absolute()) return "";
  for (const fs::path& part : named.lexically_normal())
    if (part == "..") return "";
  fs::path dir = fs::path(in.source).lexically_normal();
  if (dir.filename().empty()) dir = dir.parent_path();  // "x/plan/" -> "x/plan"
  if (!is_directory(dir.string())) return "";           // an export: no repository
  fs::path repo = dir.filename() == "plan" ? dir.parent_path() : dir;
  return (repo / named).lexically_normal().string();
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

// Keeps the plans answering id (or naming no report); refuses the others.
void keep_answering(ReportChoice& choice, std::vector<InputPlan>& plans, const std::string& id,
                    const std::string& why_this_one) {
  std::vector<InputPlan> kept;
  for (InputPlan& in : plans) {
    if (in.plan.report.present() && in.plan.report.id != id)
      choice.refused.push_back(
          {in.source,
           fmt::format("the plan answers the report '{}', not '{}' {}; aggregate each report's "
                       "plans apart",
                       in.plan.report.id, id, why_this_one),
           "answers a different report", in.plan.organisation});
    else
      kept.push_back(std::move(in));
  }
  plans = std::move(kept);
}

// The path of the copy of the report most plans carry (by its bytes), the
// first by path on a tie; a warning for each copy that differs from it.
std::string agreed_copy(const std::vector<std::string>& paths, std::vector<std::string>& warnings) {
  std::map<std::string, std::vector<std::string>> by_bytes;  // bytes -> paths, sorted
  for (const std::string& p : paths) {
    ReadResult r = read_file(p, limits::max_file_bytes, true);
    by_bytes[r.ok ? "=" + r.data : "!" + p].push_back(p);
  }
  const std::vector<std::string>* best = nullptr;
  for (auto& [bytes, group] : by_bytes) {
    std::sort(group.begin(), group.end());
    if (!best || group.size() > best->size() ||
        (group.size() == best->size() && group.front() < best->front()))
      best = &group;
  }
  for (const auto& [bytes, group] : by_bytes)
    if (&group != best)
      for (const std::string& p : group)
        warnings.push_back(fmt::format(
            "{}: warning: this copy of the report differs from '{}' ({} of {} plans carry that "
            "one, which is used); check which is right [aggregate-report-copies]",
            p, best->front(), best->size(), paths.size()));
  return best->front();
}

}  // namespace

ReportChoice choose_report(std::vector<InputPlan>& plans, const std::string& report_option) {
  ReportChoice choice;
  if (!report_option.empty()) {
    load_into(choice, report_option);
    if (!choice.report) return choice;
    keep_answering(choice, plans, choice.report->report.id, "given with --report");
    return choice;
  }
  std::map<std::string, std::vector<std::string>> by_id;  // report id -> sources, sorted
  for (const InputPlan& in : plans)
    if (in.plan.report.present()) by_id[in.plan.report.id].push_back(in.source);
  if (by_id.empty()) return choice;
  for (auto& [id, sources] : by_id) std::sort(sources.begin(), sources.end());
  // The report most plans answer; a tie is refused, as no order may decide it.
  const std::string* chosen = nullptr;
  bool tie = false;
  for (const auto& [id, sources] : by_id) {
    if (!chosen || sources.size() > by_id[*chosen].size()) {
      chosen = &id;
      tie = false;
    } else if (sources.size() == by_id[*chosen].size()) {
      tie = true;
    }
  }
  if (tie) {
    std::string list;
    for (const auto& [id, named] : by_id)
      list += fmt::format("{}'{}' ({}{})", list.empty() ? "" : ", ", id, named.front(),
                          named.size() > 1 ? fmt::format(" and {} more", named.size() - 1) : "");
    choice.error = fmt::format(
        "the plans answer different reports, as many for each: {}; a mix cannot be compared "
        "recommendation by recommendation: aggregate one report's plans at a time, or give "
        "--report FILE (plans naming another report are then refused)",
        list);
    return choice;
  }
  std::string id = *chosen;
  size_t answering = by_id[id].size();
  if (by_id.size() > 1)
    keep_answering(choice, plans, id,
                   fmt::format("that {} of the {} plans naming a report answer", answering, [&] {
                     size_t n = 0;
                     for (const auto& [i, s] : by_id) n += s.size();
                     return n;
                   }()));
  std::vector<std::string> paths;
  std::string first_naming;  // the first plan file, by path, naming it
  for (const InputPlan& in : plans)
    if (in.plan.report.id == id) {
      std::string path = named_report_path(in);
      if (!path.empty()) paths.push_back(path);
      if (first_naming.empty() || in.plan.file < first_naming) first_naming = in.plan.file;
    }
  if (paths.empty()) return choice;  // only exports name it: matched by number
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  std::string path = agreed_copy(paths, choice.warnings);
  load_into(choice, path);
  if (choice.report && choice.report->report.id != id) {
    choice.error = fmt::format("{} names the report '{}' in '{}', but that file's id is '{}'",
                               first_naming, id, path, choice.report->report.id);
    choice.report.reset();
  }
  return choice;
}

}  // namespace plan
