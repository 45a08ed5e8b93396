// plan aggregate: the national view of many forces' plans, recommendation by
// recommendation, at one as-of date, as an HTML page, Markdown, CSV or JSON.
// A bad input is refused with its path and the rest is still aggregated.
#include "aggregate/aggregate.h"

#include <algorithm>
#include <filesystem>
#include <ostream>

#include "aggregate/choose_report.h"
#include "aggregate/inputs.h"
#include "aggregate/output.h"
#include "aggregate/read_inputs.h"
#include "cli/command.h"
#include "cli/reading.h"
#include "util/terminal_text.h"

namespace plan {
namespace {

struct AggregateCliOptions {
  std::vector<std::string> inputs;
  std::string report;
  std::string as_of;
  std::string format = "html";
  std::string output;
  int stale_after = 183;
  int jobs = 0;
};

std::string write_format(const Aggregate& a, const std::string& format) {
  std::string generator = std::string("plan ") + PLAN_VERSION;
  if (format == "json") return aggregate_json(a, generator);
  if (format == "csv") return aggregate_csv(a);
  if (format == "md") return aggregate_markdown(a);
  return aggregate_html(a, generator);
}

// A path given on the command line that is not there is a usage error (exit
// 2, as a missing file is for every command), though the rest is still
// aggregated; an input that is there but cannot be used exits 1.
bool any_missing(const std::vector<std::string>& inputs) {
  return std::any_of(inputs.begin(), inputs.end(), [](const std::string& p) {
    std::error_code ec;
    return !std::filesystem::exists(std::filesystem::symlink_status(p, ec));
  });
}

int run_aggregate(const AggregateCliOptions& opt, Context& ctx) {
  Date as_of = ctx.as_of(opt.as_of);
  int refused_code = any_missing(opt.inputs) ? exit_usage : exit_plan_errors;
  InputList list = find_inputs(opt.inputs);
  // Plans are checked as of the later of today and --as-of, so an update
  // made after a past as-of date is not counted rather than an error.
  ReadInputs read = read_inputs(list.inputs, std::max(as_of, ctx.today), opt.jobs);
  ReportChoice choice = choose_report(read.plans, opt.report);
  if (!choice.error.empty()) {
    ctx.err << "plan: error: " << choice.error << "\n";
    return choice.io_failed ? exit_usage : exit_plan_errors;
  }
  std::vector<RefusedInput> refused = list.refused;
  refused.insert(refused.end(), read.refused.begin(), read.refused.end());
  refused.insert(refused.end(), choice.refused.begin(), choice.refused.end());
  for (const RefusedInput& r : refused)
    ctx.err << terminal_safe(r.path) << ": error: input refused: " << terminal_safe(r.reason)
            << " [aggregate-input]\n";
  size_t read_count = read.plans.size();
  ctx.err << "plan aggregate: " << read_count << " input" << (read_count == 1 ? "" : "s")
          << " read, " << refused.size() << " refused\n";
  if (read.plans.empty()) {
    ctx.err << "plan: error: nothing to aggregate; give plan folders, export files from 'plan "
               "export --format json', or folders of them\n";
    return refused_code;
  }
  for (InputPlan& in : read.plans) keep_published_until(in.plan, as_of);
  const Report* report = choice.report ? &choice.report->report : nullptr;
  Aggregate a = aggregate(read.plans, as_of, opt.stale_after, report);
  a.refused = std::move(refused);
  write_output(ctx, opt.output, write_format(a, opt.format));
  return a.refused.empty() ? exit_ok : refused_code;
}

CommandRun setup_aggregate(Options& cli, Context& ctx) {
  auto opt = std::make_shared<AggregateCliOptions>();
  cli.add_option("INPUT", opt->inputs, "Plan folders, export files, or folders of them")
      .required();
  cli.add_option("--report", opt->report,
                 "The report file to match recommendations against (default: the one the "
                 "plans name, else match by number)");
  cli.add_option("--as-of", opt->as_of, "Work everything out as of this date (YYYY-MM-DD)");
  cli.add_option("--format", opt->format, "html (default), md, csv or json")
      .one_of({"html", "md", "csv", "json"});
  cli.add_option("-o,--output", opt->output, "Write to this file (default: standard output)");
  cli.add_option("--stale-after", opt->stale_after,
                 "A plan is stale when it has published nothing for more than DAYS (default 183)")
      .non_negative();
  cli.add_option("-j,--jobs", opt->jobs, "Inputs read at once (default: one per core)")
      .non_negative();
  return {{}, [opt, &ctx](PlanInput&) { return run_aggregate(*opt, ctx); }};
}

}  // namespace

extern const Command command_aggregate{
    "aggregate", "Many forces' plans compared recommendation by recommendation (national view)",
    "Examples:\n"
    "  plan aggregate forces/ -o national.html          # a folder of plan folders and exports\n"
    "  plan aggregate essex/ kent.json --format md\n"
    "  plan aggregate forces/ --format csv --as-of 2025-03-31 -o national.csv\n"
    "  plan aggregate forces/ --report reports/police-response-to-stalking.yaml\n\n"
    "Each INPUT is a plan folder (a force's repository or its plan/ folder), a file\n"
    "from 'plan export --format json', or a folder of these. Everything is worked\n"
    "out at one as-of date: updates dated after it and internal updates are not\n"
    "counted. A bad input is refused with its path and the rest is aggregated.\n"
    "With a report (--report, or the one the plans name), a plan lacking a\n"
    "recommendation addressed to its body is 'not answered'; plans naming\n"
    "different reports are refused as a mix. Without one, numbers are matched.\n"
    "Exit status: 0 all inputs read, 1 some refused (or none readable), 2 usage.",
    Phase::no_plan, setup_aggregate};

}  // namespace plan
