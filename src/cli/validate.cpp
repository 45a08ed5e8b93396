// plan validate: check every file of the plan and report every problem.
#include <CLI/CLI.hpp>
#include <ostream>

#include "check/rules.h"
#include "cli/commands.h"
#include "diag/code_scanning.h"
#include "load/loader.h"

namespace plan {
namespace {

struct ValidateOptions {
  std::string as_of;
  std::string format = "text";
  bool strict = false;
  bool list_rules = false;
  int jobs = 0;
};

int run_validate(const ValidateOptions& opt, Context& ctx) {
  if (opt.list_rules) {
    for (const RuleInfo& r : rule_catalogue()) ctx.out << r.id << "\t" << r.summary << "\n";
    return exit_ok;
  }
  Date as_of = ctx.as_of(opt.as_of);
  LoadedPlan loaded = load_plan(ctx.plan_dir(), opt.jobs, true, Prose::presence_only);
  if (!loaded.io_failed) check_plan(loaded.plan, as_of, loaded.diagnostics);
  loaded.diagnostics.sort();
  const Diagnostics& ds = loaded.diagnostics;
  if (opt.format == "json") {
    write_json(ctx.out, ds, loaded.files);
  } else if (opt.format == "sarif") {
    std::vector<ScanRule> rules;
    for (const RuleInfo& r : rule_catalogue()) rules.push_back({r.id, r.summary});
    write_sarif(ctx.out, ds, rules, PLAN_VERSION);
  } else if (opt.format == "codequality") {
    write_codequality(ctx.out, ds);
  } else if (opt.format == "github") {
    write_github(ctx.out, ds);
    ctx.out << summary_line(ds, loaded.files) << "\n";
  } else {
    write_text(ctx.out, ds, file_line_source());
    ctx.out << summary_line(ds, loaded.files) << "\n";
  }
  if (loaded.io_failed) return exit_usage;
  if (ds.errors() > 0 || (opt.strict && ds.warnings() > 0)) return exit_plan_errors;
  return exit_ok;
}

}  // namespace

void setup_validate(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand("validate", "Check every plan file and report every problem");
  cmd->footer(
      "Example:\n  plan validate                 # in a plan repo\n"
      "  plan validate --format github # annotations in GitHub Actions\n"
      "  plan validate --format sarif > plan.sarif             # GitHub code scanning\n"
      "  plan validate --format codequality > gl-code-quality.json  # GitLab Code Quality\n\n"
      "Exit status: 0 no errors (warnings allowed), 1 errors (or warnings with --strict),\n"
      "2 usage or I/O problem.");
  cmd->add_option("--as-of", opt->as_of, "Treat this date (YYYY-MM-DD) as today");
  cmd->add_option("--format", opt->format, "Output: text, json, github, sarif (SARIF 2.1.0) or codequality (GitLab)")
      ->check(CLI::IsMember({"text", "json", "github", "sarif", "codequality"}));
  cmd->add_flag("--strict", opt->strict, "Fail on warnings too");
  cmd->add_flag("--list-rules", opt->list_rules, "List every rule id with what it checks");
  cmd->add_option("-j,--jobs", opt->jobs, "Files loaded at once (default: one per core)");
  cmd->callback([opt, &ctx] { ctx.exit_code = run_validate(*opt, ctx); });
}

}  // namespace plan
