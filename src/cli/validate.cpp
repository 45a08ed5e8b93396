// plan validate: check every file of the plan and report every problem.
#include <algorithm>
#include <ostream>

#include "check/acknowledge.h"
#include "cli/command.h"
#include "diag/code_scanning.h"
#include "diag/rule_table.h"
#include "git/merge_setup.h"
#include "util/platform.h"
#include "util/suggest.h"

namespace plan {
namespace {

struct ValidateOptions {
  std::string as_of;
  std::string format = "text";
  bool strict = false;
  bool list_rules = false;
  bool show_acknowledged = false;
  std::vector<std::string> only_rules;     // --rule
  std::vector<std::string> skipped_rules;  // --skip-rule
  int jobs = 0;
};

// The table as --list-rules prints it: id, severity, what it asks, where checked.
void print_rule_table(std::ostream& out) {
  for (const Rule& r : rule_table)
    out << r.id << "\t" << (r.severity == Severity::error ? "error" : "warning") << "\t"
        << r.summary << "\t" << r.checked_in << "\n";
}

void require_known(const std::vector<std::string>& ids, const char* option) {
  std::vector<std::string> known;
  for (const Rule& r : rule_table) known.emplace_back(r.id);
  for (const std::string& id : ids)
    if (!find_rule(id)) {
      std::string hint = did_you_mean(id, known);
      throw UsageError{std::string(option) + ": no rule '" + id + "'" +
                       (hint.empty() ? "; 'plan validate --list-rules' lists them" : hint)};
    }
}

// A CI job (GitHub Actions, GitLab CI, Azure Pipelines) never merges, so the
// merge driver missing from its clone is no problem there; a warning on
// every run would only teach people to ignore warnings.
bool in_ci_job() {
  for (const char* v : {"GITHUB_ACTIONS", "GITLAB_CI", "TF_BUILD"}) {
    bool set = false;
    if (!os::environment(v, set).empty()) return true;
  }
  return false;
}

// In CI the merge-driver warning becomes one notice, on standard error, in
// the formats people read (not in JSON, SARIF or Code Quality output).
void notice_merge_driver(Diagnostics& all, const std::string& format, std::ostream& err) {
  Diagnostics kept;
  const Diagnostic* found = nullptr;
  for (const Diagnostic& d : all.items())
    if (d.rule == "merge-driver")
      found = &d;
    else
      kept.add(d);
  if (!found) return;
  std::string text =
      "the analysts' clones need plan's merge driver: .gitattributes names it, and without "
      "it two updates to one recommendation conflict; run 'plan git-setup' once in each clone "
      "(this CI job does not merge, so nothing here is affected)";
  if (format == "github")
    err << "::notice file=" << found->file << ",line=" << found->line
        << ",title=merge-driver::" << text << "\n";
  else if (format == "text")
    err << "plan: notice: " << text << "\n";
  all = kept;
}

// Keeps the problems of the rules chosen with --rule, less those of --skip-rule.
Diagnostics chosen(const Diagnostics& all, const ValidateOptions& opt) {
  auto listed = [](const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  Diagnostics kept;
  for (const Diagnostic& d : all.items())
    if ((opt.only_rules.empty() || listed(opt.only_rules, d.rule)) &&
        !listed(opt.skipped_rules, d.rule))
      kept.add(d);
  return kept;
}

int run_validate(const ValidateOptions& opt, PlanInput& in, Context& ctx) {
  if (opt.list_rules) {
    print_rule_table(ctx.out);
    return exit_ok;
  }
  const LoadedPlan& loaded = *in.loaded;
  Diagnostics all = loaded.diagnostics;
  check_merge_driver(in.dir, all);
  if (in_ci_job()) notice_merge_driver(all, opt.format, ctx.err);
  std::vector<AcknowledgedWarning> acknowledged = apply_acknowledgements(loaded.plan, all);
  Diagnostics ds = chosen(all, opt);
  ds.sort();
  Diagnostics shown = ds;
  if (opt.show_acknowledged) {
    for (AcknowledgedWarning& a : acknowledged) {
      a.warning.hint = "acknowledged: " + a.reason;
      shown.add(a.warning);
    }
    shown.sort();
  }
  int acks = int(acknowledged.size());
  if (opt.format == "json") {
    write_json(ctx.out, shown, loaded.files);
  } else if (opt.format == "sarif") {
    std::vector<ScanRule> rules;
    for (const Rule& r : rule_table) rules.push_back({std::string(r.id), std::string(r.summary)});
    write_sarif(ctx.out, ds, rules, PLAN_VERSION);
  } else if (opt.format == "codequality") {
    write_codequality(ctx.out, ds);
  } else if (opt.format == "github") {
    write_github(ctx.out, shown);
    ctx.out << summary_line(ds, loaded.files, acks) << "\n";
  } else {
    write_text(ctx.out, shown, file_line_source());
    ctx.out << summary_line(ds, loaded.files, acks) << "\n";
  }
  if (loaded.io_failed) return exit_usage;
  if (ds.errors() > 0 || (opt.strict && ds.warnings() > 0)) return exit_plan_errors;
  return exit_ok;
}

CommandRun setup_validate(Options& cli, Context& ctx) {
  auto opt = std::make_shared<ValidateOptions>();
  cli.add_option("--as-of", opt->as_of, "Treat this date (YYYY-MM-DD) as today");
  cli.add_option("--format", opt->format,
                 "Output: text, json, github, sarif (SARIF 2.1.0) or codequality (GitLab)")
      .one_of({"text", "json", "github", "sarif", "codequality"});
  cli.add_flag("--strict", opt->strict, "Fail on warnings too (acknowledged ones do not)");
  cli.add_flag("--show-acknowledged", opt->show_acknowledged,
               "Also list the warnings plan.yaml acknowledges, with their reasons");
  cli.add_flag("--list-rules", opt->list_rules,
               "List every rule: id, severity, what it checks, the source file that checks it");
  cli.add_option("--rule", opt->only_rules, "Report only this rule (repeat for several)");
  cli.add_option("--skip-rule", opt->skipped_rules, "Do not report this rule (repeatable)");
  cli.add_option("-j,--jobs", opt->jobs, "Files loaded at once (default: one per core)");
  return {[opt, &ctx] {
            require_known(opt->only_rules, "--rule");
            require_known(opt->skipped_rules, "--skip-rule");
            return LoadRequest{ctx.as_of(opt->as_of), opt->jobs, Prose::presence_only,
                               !opt->list_rules};
          },
          [opt, &ctx](PlanInput& in) { return run_validate(*opt, in, ctx); }};
}

}  // namespace

extern const Command command_validate{
    "validate", "Check every plan file and report every problem",
    "Example:\n  plan validate                 # in a plan repo\n"
    "  plan validate --format github # annotations in GitHub Actions\n"
    "  plan validate --format sarif > plan.sarif             # GitHub code scanning\n"
    "  plan validate --format codequality > gl-code-quality.json  # GitLab Code Quality\n\n"
    "Exit status: 0 no errors (warnings allowed), 1 errors (or warnings with --strict),\n"
    "2 usage or I/O problem.",
    Phase::plan_loaded, setup_validate};

}  // namespace plan
