// plan aggregate: the national view of many forces' plans, recommendation by
// recommendation, at one as-of date, as an HTML page, Markdown, CSV or JSON.
// A bad input is refused with its path and the rest is still aggregated.
#include "aggregate/aggregate.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <ostream>

#include "aggregate/choose_report.h"
#include "aggregate/collect.h"
#include "aggregate/compare.h"
#include "aggregate/inputs.h"
#include "aggregate/manifest.h"
#include "aggregate/manifest_inputs.h"
#include "aggregate/output.h"
#include "aggregate/read_inputs.h"
#include "aggregate/same_force.h"
#include "cli/command.h"
#include "cli/reading.h"
#include "diag/print_diagnostics.h"
#include "import/import_page.h"
#include "import/read/import_input.h"
#include "import/write/write_imported_plan.h"
#include "load/loader.h"
#include "load/report_loader.h"
#include "util/files.h"
#include "util/plural.h"
#include "util/terminal_text.h"

namespace plan {
namespace {

struct AggregateCliOptions {
  std::vector<std::string> inputs;
  std::string report;
  std::string as_of;
  std::string format = "html";
  std::string output;
  std::string title;
  std::string compare;
  std::string manifest;
  std::string template_file;
  std::string cache;
  bool offline = false;
  int stale_after = 183;
  int jobs = 0;
};

std::string write_format(const Aggregate& a, const std::string& format,
                         const NationalTemplate& page, Context& ctx) {
  std::string generator = std::string("plan ") + PLAN_VERSION;
  if (format == "json") return aggregate_json(a, generator);
  if (format == "csv") return aggregate_csv(a);
  if (format == "md") return aggregate_markdown(a);
  std::vector<std::string> warnings;
  std::string html = aggregate_html(a, generator, page, &warnings);
  for (const std::string& w : warnings) ctx.err << w << "\n";
  return html;
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

// A path or reason on standard error, made safe for the terminal.
std::string shown(const std::string& text) {
  return terminal_safe(text, 2000);
}

// The manifest's forces, collected from their sources, as the inputs to
// read; prints what each source gave. False (with the exit status) when the
// manifest or the cache cannot be used.
bool inputs_from_manifest(const AggregateCliOptions& opt, Context& ctx, const Manifest& m,
                          ManifestInputs& out) {
  std::string folder = std::filesystem::path(opt.manifest).parent_path().string();
  CollectOptions co{.cache = !opt.cache.empty()
                                 ? opt.cache
                                 : (std::filesystem::path(folder) / ".plan-cache").string(),
                    .offline = opt.offline,
                    .jobs = opt.jobs,
                    .now = ctx.now};
  Collected collected = collect_sources(m, co);
  if (!collected.error.empty()) {
    ctx.err << "plan: error: " << shown(collected.error) << "; give another folder with --cache\n";
    return false;
  }
  for (const CollectedSource& c : collected.sources) ctx.err << shown(c.said) << "\n";
  out = manifest_inputs(m, collected);
  return true;
}

// A manifest's force published as a page (over http): read through plan
// import's pipeline against the manifest's report, for the report's
// recommendations to chief constables; named as the manifest names it, its
// URL the plan's link. Refused when any of it could not be understood.
PageReader page_reader(const std::string& report_path, const std::optional<Manifest>& manifest,
                       const ManifestInputs& from_manifest) {
  auto report = std::make_shared<std::optional<LoadedReport>>();
  if (!report_path.empty()) *report = load_report(report_path, report_path);
  return [report, report_path, &manifest, &from_manifest](const std::string& path) -> PageRead {
    PageRead out;
    out.short_reason = "its published page could not be read";
    if (!*report || (*report)->io_failed || (*report)->diagnostics.errors() > 0) {
      out.refusal =
          "a published page is read against the report, and the manifest names none "
          "that can be read (give 'report:' in the manifest, or --report)";
      return out;
    }
    ReadResult bytes = read_file(path, max_import_bytes);
    if (!bytes.ok) {
      out.refusal = bytes.error;
      return out;
    }
    PageImportOptions opt;
    opt.parse.keep_unnumbered = true;
    opt.report = &(*report)->report;
    opt.addressee = "Chief constables";
    PageImport got = import_page(std::move(bytes.data), path, opt);
    const ImportedPlan& imported = got.imported;
    int not_understood = imported.account.count(LineFate::not_understood);
    if (!got.refusal.empty() || !imported.ok || imported.diagnostics.errors() > 0 ||
        not_understood > 0) {
      out.refusal = !got.refusal.empty() ? got.refusal
                    : not_understood > 0
                        ? counted(not_understood, "line", "lines") +
                              " of the page could not be understood (run plan import on it to see "
                              "which)"
                        : "the page could not be read as an action plan (run plan import on it "
                          "to see why)";
      return out;
    }
    Plan page = imported.plan;
    auto it = from_manifest.force_of.find(path);
    if (manifest && it != from_manifest.force_of.end()) {
      const ManifestForce& force = manifest->forces[it->second];
      page.organisation = force.name;
      page.url = force.source.resolved;
    }
    page.title = "Action plan of " + page.organisation;
    page.report = {report_path, (*report)->report.id, {}};
    page.addressee = opt.addressee;
    // The files plan import would write, loaded as any plan is: the same
    // dates, statuses and meanings as if the force kept the plan itself.
    Plan plan;
    Diagnostics problems;
    for (const PlanFileText& f : imported_plan_files(page)) {
      if (f.path == "plan/plan.yaml") {
        load_plan_file_text(f.text, path, plan, problems, {});
        continue;
      }
      Recommendation rec;
      if (load_recommendation_file_text(f.text, path, rec, problems, {}))
        plan.recommendations.push_back(std::move(rec));
    }
    if (problems.errors() > 0) {
      out.refusal = "the page's plan does not load: " + problems.items().front().message;
      return out;
    }
    plan.report_data = std::make_shared<Report>((*report)->report);
    out.plan = std::move(plan);
    return out;
  };
}

int run_aggregate(const AggregateCliOptions& opt, Context& ctx) {
  Date as_of = ctx.as_of(opt.as_of);
  AggregateCliOptions given = opt;
  if (given.manifest.empty() == given.inputs.empty()) {
    ctx.err << "plan: error: "
            << (given.inputs.empty() ? "give the forces' plans (INPUT…) or --manifest FILE"
                                     : "give either INPUT… or --manifest, not both")
            << "\n";
    return exit_usage;
  }
  if (given.manifest.empty() && (given.offline || !given.cache.empty())) {
    ctx.err << "plan: error: --offline and --cache go with --manifest\n";
    return exit_usage;
  }
  if (!given.template_file.empty() && given.format != "html") {
    ctx.err << "plan: error: --template is for the HTML page; leave out --format " << given.format
            << " or --template\n";
    return exit_usage;
  }
  // Read first, so a missing template stops the run before anything is fetched.
  NationalTemplate page;
  if (!given.template_file.empty()) {
    page.text = read_template_option(given.template_file);
    page.name = given.template_file;
  }
  std::optional<Manifest> manifest;
  if (!given.manifest.empty()) {
    ManifestRead m = read_manifest(given.manifest);
    write_text(ctx.err, m.diagnostics, file_line_source());
    if (!m.manifest) {
      ctx.err << "plan: error: the manifest '" << shown(given.manifest)
              << "' cannot be used; correct it and run again\n";
      return exit_usage;
    }
    manifest = std::move(m.manifest);
    if (given.title.empty()) given.title = manifest->title;
    if (given.report.empty()) given.report = manifest->report;
  }
  if (std::string bad = forbidden_character(given.title, false); !bad.empty()) {
    ctx.err << "plan: error: --title holds " << bad << "; give the title as plain text\n";
    return exit_usage;
  }
  int refused_code = any_missing(given.inputs) ? exit_usage : exit_plan_errors;
  ManifestInputs from_manifest;
  if (manifest && !inputs_from_manifest(given, ctx, *manifest, from_manifest)) return exit_usage;
  InputList list = manifest ? from_manifest.list : find_inputs(given.inputs);
  // Plans are checked as of the later of today and --as-of, so an update
  // made after a past as-of date is not counted rather than an error.
  ReadInputs read = read_inputs(list.inputs, std::max(as_of, ctx.today), given.jobs,
                                page_reader(given.report, manifest, from_manifest));
  std::vector<RefusedInput> same_force = keep_one_per_force(read.plans);
  ReportChoice choice = choose_report(read.plans, given.report);
  for (const NotRead& n : list.not_read)
    ctx.err << shown(n.path) << ": note: not read: " << shown(n.reason)
            << " [aggregate-not-read]\n";
  for (const std::string& w : choice.warnings) ctx.err << shown(w) << "\n";
  if (!choice.error.empty()) {
    ctx.err << "plan: error: " << shown(choice.error) << "\n";
    return choice.io_failed ? exit_usage : exit_plan_errors;
  }
  std::vector<RefusedInput> refused = list.refused;
  for (auto* more : {&read.refused, &same_force, &choice.refused})
    refused.insert(refused.end(), more->begin(), more->end());
  if (manifest) name_refused(*manifest, from_manifest, refused);
  std::sort(refused.begin(), refused.end(),
            [](const RefusedInput& a, const RefusedInput& b) { return a.path < b.path; });
  for (const RefusedInput& r : refused)
    ctx.err << shown(r.path) << ": error: input refused: " << shown(r.reason)
            << " [aggregate-input]\n";
  size_t read_count = read.plans.size();
  ctx.err << "plan aggregate: " << counted(int(read_count), "input", "inputs") << " read, "
          << refused.size() << " refused";
  if (!list.not_read.empty()) ctx.err << ", " << list.not_read.size() << " not read";
  ctx.err << "\n";
  if (read.plans.empty()) {
    ctx.err << "plan: error: nothing to aggregate; give plan folders, export files from 'plan "
               "export --format json', or folders of them\n";
    return refused_code;
  }
  for (InputPlan& in : read.plans) keep_published_until(in.plan, as_of);
  if (manifest && choice.report)
    choice.report->report.file =
        without_cache_paths(*manifest, from_manifest, choice.report->report.file);
  const Report* report = choice.report ? &choice.report->report : nullptr;
  Aggregate a = aggregate(read.plans, as_of, given.stale_after, report);
  a.refused = std::move(refused);
  if (manifest)
    for (RefusedInput& r : a.refused)
      r.reason = without_cache_paths(*manifest, from_manifest, r.reason);
  a.title = given.title;
  if (manifest) name_counted(*manifest, from_manifest, a);
  if (!opt.compare.empty()) {
    ReadResult previous = read_file(opt.compare, size_t(64) << 20, false);
    if (!previous.ok || previous.data.size() > (size_t(64) << 20)) {
      ctx.err << "plan: error: --compare: "
              << shown(previous.ok ? "'" + opt.compare + "' is larger than 64 MB" : previous.error)
              << "\n";
      return exit_usage;
    }
    CompareResult moved = compare_with(a, previous.data);
    if (!moved.ok) {
      ctx.err << "plan: error: --compare: '" << shown(opt.compare) << "' " << moved.error
              << "; give the JSON an earlier 'plan aggregate --format json' wrote\n";
      return exit_usage;
    }
    a.since_last = std::move(moved.since);
  }
  for (const NotRead& n : list.not_read) a.not_read.push_back({n.path, n.reason});
  std::string text;
  try {
    text = write_format(a, opt.format, page, ctx);
  } catch (const TemplateError& e) {
    ctx.err << e.message << "\n";  // already "file:line:col: error: ..."
    return e.limit ? exit_plan_errors : exit_usage;
  }
  write_output(ctx, opt.output, text);
  return a.refused.empty() ? exit_ok : refused_code;
}

CommandRun setup_aggregate(Options& cli, Context& ctx) {
  auto opt = std::make_shared<AggregateCliOptions>();
  cli.add_option("INPUT", opt->inputs, "Plan folders, export files, or folders of them");
  cli.add_option("--manifest", opt->manifest,
                 "A manifest (YAML) listing the forces and where each publishes, instead of "
                 "INPUT");
  cli.add_option("--cache", opt->cache,
                 "Where --manifest keeps fetched copies (default: .plan-cache beside the "
                 "manifest)");
  cli.add_flag("--offline", opt->offline,
               "With --manifest: fetch nothing, read the copies in the cache");
  cli.add_option("--report", opt->report,
                 "The report file to match recommendations against (default: the one the "
                 "plans name, else match by number)");
  cli.add_option("--as-of", opt->as_of, "Work everything out as of this date (YYYY-MM-DD)");
  cli.add_option("--format", opt->format, "html (default), md, csv or json")
      .one_of({"html", "md", "csv", "json"});
  cli.add_option("-o,--output", opt->output, "Write to this file (default: standard output)");
  cli.add_option("--compare", opt->compare,
                 "An earlier 'plan aggregate --format json': say what moved since");
  cli.add_option("--template", opt->template_file,
                 "Mustache template for the HTML page instead of the built-in one (start from "
                 "national.html.mustache in " PLAN_TEMPLATES_DIR ")");
  cli.add_option("--title", opt->title,
                 "The page's title (default: 'Progress against' and the report's title)");
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
    "  plan aggregate forces/ --report reports/police-response-to-stalking.yaml\n"
    "  plan aggregate --manifest forces.yaml -o national.html\n\n"
    "Each INPUT is a plan folder (a force's repository or its plan/ folder), a file\n"
    "from 'plan export --format json', or a folder of these. Everything is worked\n"
    "out at one as-of date: updates dated after it and internal updates are not\n"
    "counted. A bad input is refused with its path and the rest is aggregated.\n"
    "With a report (--report, or the one the plans name), a plan lacking a\n"
    "recommendation addressed to its body is 'not answered'; plans naming\n"
    "another report than most plans answer are refused. Without one, numbers are\n"
    "matched. One force is counted once: a second input for it is refused.\n"
    "With --manifest FILE the forces come from a manifest: each force's name,\n"
    "groups, contact and source (a folder or export file, {git: URL, ref: BRANCH}\n"
    "or {url: https://…/export.json}); git and http sources are fetched into the\n"
    "cache, and --offline reads the cache alone (docs/national-view.md).\n"
    "Exit status: 0 all inputs read, 1 some refused (or none readable), 2 usage.",
    Phase::no_plan, setup_aggregate};

}  // namespace plan
