// plan init [DIR]: a new plan repo ready to use: a plan with one example
// recommendation, the schemas, editor settings, a pre-commit hook and CI
// examples. With --report, the plan is the report's recommendations for one
// body, and the report file is copied in. Refuses, writing nothing, if any of
// its files already exists, a file stands where a folder must go, or the
// report cannot be used; a write that fails midway (a full disk) removes
// what it had made (util/write_files.h).
#include <algorithm>
#include <filesystem>
#include <system_error>

#include "check/schema.h"
#include "cli/command.h"
#include "cli/reading.h"
#include "diag/print_diagnostics.h"
#include "init/from_report.h"
#include "init/scaffold.h"
#include "load/loader.h"
#include "load/report_loader.h"
#include "util/files.h"
#include "util/platform.h"
#include "util/shell_quote.h"
#include "util/terminal_text.h"
#include "util/write_files.h"

namespace plan {
namespace {

namespace fs = std::filesystem;

struct InitOptions {
  std::string dir;
  std::string as_of;
  std::string report;
  std::string addressee = "Chief constables";
};

bool exists(const std::string& path) {
  std::error_code ec;
  return fs::symlink_status(path, ec).type() != fs::file_type::not_found;
}

// Where the reports that come with plan are: the .deb's /usr/share/plan/reports,
// a reports/ folder beside plan.exe (the Windows zip), or ../share/plan/reports
// from the program (an install elsewhere).
std::vector<std::string> bundled_report_folders() {
  std::vector<std::string> folders = {PLAN_REPORTS_DIR};
  std::string exe = os::executable_path();
  size_t slash = exe.rfind('/');
  if (slash != std::string::npos) {
    std::string bin = exe.substr(0, slash);
    folders.push_back(bin + "/reports");
    folders.push_back(bin + "/../share/plan/reports");
  }
  return folders;
}

// --report names a file, or the id of a report that comes with plan
// (police-response-to-stalking-2024): the path of the file to read.
std::string report_file(const std::string& given) {
  bool looks_like_id = given.find_first_of("/\\") == std::string::npos &&
                       given.find(".yaml") == std::string::npos &&
                       given.find(".yml") == std::string::npos;
  if (!looks_like_id || exists(given)) return given;
  std::vector<std::string> ids;
  for (const std::string& folder : bundled_report_folders()) {
    std::string ignored;
    for (const std::string& name : list_files(folder, ".yaml", ignored)) {
      std::string path = join_path(folder, name);
      LoadedReport r = load_report(path, path);
      if (r.io_failed) continue;
      if (r.report.id == given) return path;
      if (std::find(ids.begin(), ids.end(), r.report.id) == ids.end()) ids.push_back(r.report.id);
    }
  }
  std::string known;
  for (const std::string& id : ids) known += (known.empty() ? "" : ", ") + id;
  throw UsageError{"no report file '" + given + "' here, and no report that comes with plan has " +
                   "that id" +
                   (known.empty() ? "; give the path of the report file"
                                  : "; the reports that come with plan are: " + known)};
}

// The files for a plan answering opt.report for opt.addressee, in place of
// the example recommendation; rc is set (and nothing returned) on refusal.
std::vector<ScaffoldFile> report_files(const InitOptions& opt, const std::string& dir, Context& ctx,
                                       const std::vector<ScaffoldFile>& scaffold, int& rc) {
  const std::string source_file = report_file(opt.report);
  ReadResult raw = read_file(source_file, size_t(-1), true);
  if (!raw.ok) throw UsageError{raw.error};
  LoadedReport loaded = load_report(source_file, source_file);
  if (loaded.io_failed || loaded.diagnostics.errors() > 0) {
    Diagnostics errors;
    for (const Diagnostic& d : loaded.diagnostics.items())
      if (d.severity == Severity::error) errors.add(d);
    write_text(ctx.err, errors, file_line_source());
    ctx.err << "plan: error: nothing was written, because the report file has "
            << summary_line(errors, 1) << "\n";
    rc = loaded.io_failed ? exit_usage : exit_plan_errors;
    return {};
  }
  const Report& report = loaded.report;
  std::vector<const ReportRecommendation*> recs = addressed_recommendations(report, opt.addressee);
  if (recs.empty()) {
    std::vector<std::string> bodies;
    for (const ReportRecommendation& r : report.recommendations)
      for (const std::string& a : r.addressees)
        if (std::find(bodies.begin(), bodies.end(), a) == bodies.end()) bodies.push_back(a);
    ctx.err << "plan: error: nothing was written, because no recommendation of "
            << terminal_safe(opt.report) << " is addressed to '" << terminal_safe(opt.addressee)
            << "'";
    if (!bodies.empty()) {
      ctx.err << "; it has recommendations for:";
      for (size_t i = 0; i < bodies.size(); ++i)
        ctx.err << (i ? ", " : " ") << terminal_safe(bodies[i]);
    }
    ctx.err << "\nGive one of these with --addressee.\n";
    rc = exit_plan_errors;
    return {};
  }
  std::string report_path = "reports/" + fs::path(source_file).filename().string();
  std::vector<ScaffoldFile> files =
      plan_files_from_report(report, recs, report_path, opt.addressee, ctx.as_of(opt.as_of));
  // The report already in the repo, byte for byte (init in the folder that
  // holds it): kept as it is, not a clash.
  ReadResult there = read_file(join_path(dir, report_path), size_t(-1), true);
  if (!(there.ok && there.data == raw.data)) files.push_back({report_path, raw.data});
  for (const ScaffoldFile& f : scaffold)
    if (f.path != "plan/plan.yaml" && f.path != "plan/recommendations/1.yaml") {
      files.push_back(f);
      if (f.path == "schemas/recommendation.schema.json")
        files.push_back({"schemas/report.schema.json", schema_text(SchemaKind::report)});
    }
  return files;
}

int run_init(const InitOptions& opt, Context& ctx) {
  std::string dir = !opt.dir.empty()               ? opt.dir
                    : !ctx.plan_dir_option.empty() ? ctx.plan_dir_option
                                                   : ".";
  // The CI examples build this version of plan from where it was released.
  CiSource source{PLAN_SOURCE_URL, std::string("v") + PLAN_VERSION, PLAN_DEB_URL};
  std::vector<ScaffoldFile> files = scaffold_files(ctx.as_of(opt.as_of), source);
  if (!opt.report.empty()) {
    int rc = exit_ok;
    files = report_files(opt, dir, ctx, files, rc);
    if (rc != exit_ok) return rc;
  }
  if (exists(dir) && !fs::is_directory(dir))
    throw UsageError{"'" + dir + "' exists and is not a folder"};

  // Everything is checked before anything is written, and the writing itself
  // is all or nothing, so a failed init leaves nothing to trip over a rerun.
  std::vector<FileToWrite> set;
  for (const ScaffoldFile& f : files)
    set.push_back({join_path(dir, f.path), f.content, false, dir});
  std::vector<std::string> clashes, in_the_way, not_writable;
  if (exists(join_path(dir, "plan.yaml"))) clashes.push_back(join_path(dir, "plan.yaml"));
  for (const FileSetProblem& p : check_file_set(set)) {
    if (p.kind == FileSetProblem::Kind::exists) clashes.push_back(p.path);
    if (p.kind == FileSetProblem::Kind::in_the_way) in_the_way.push_back(p.why);
    if (p.kind == FileSetProblem::Kind::not_writable) not_writable.push_back(p.why);
  }
  if (!clashes.empty() || !in_the_way.empty()) {
    if (!clashes.empty()) {
      ctx.err << "plan: error: nothing was written, because these files already exist:\n";
      for (const std::string& c : clashes) ctx.err << "  " << terminal_safe(c) << "\n";
    }
    for (const std::string& why : in_the_way)
      ctx.err << "plan: error: nothing was written: " << terminal_safe(why) << "\n";
    ctx.err << "Run 'plan init NEW-FOLDER' for a fresh plan, or move these files away first.\n";
    return exit_plan_errors;
  }
  if (!not_writable.empty()) {
    for (const std::string& why : not_writable)
      ctx.err << "plan: error: nothing was written: " << terminal_safe(why) << "\n";
    return exit_usage;
  }
  std::string error = write_file_set(set);
  if (!error.empty())
    throw UsageError{terminal_safe(error) +
                     "; nothing was written (the files and folders made so far were removed "
                     "again)"};

  std::string c = dir == "." ? "" : " -C " + terminal_safe(shell_quoted(dir));
  ctx.out << "Created a plan in " << (dir == "." ? "this folder" : terminal_safe(dir)) << ":\n";
  for (const ScaffoldFile& f : files) ctx.out << "  " << terminal_safe(f.path) << "\n";
  ctx.out
      << "\nNext:\n"
      << "  1. Fill in plan/plan.yaml: title, organisation, published date, leads, owner.\n"
      << (opt.report.empty()
              ? "  2. Write one file per recommendation in plan/recommendations/, like 1.yaml.\n"
              : "  2. Record progress with 'plan update' as the work moves on.\n")
      << "  3. Check your work:  plan" << c << " validate\n"
      << "  4. In the git clone, once:  plan" << c << " git-setup  (the merge driver)\n"
      << "  5. For CI, read the top of .github/workflows/plan.yml, .gitlab-ci.yml or\n"
      << "     azure-pipelines.yml.\n";
  return exit_ok;
}

CommandRun setup_init(Options& cli, Context& ctx) {
  auto opt = std::make_shared<InitOptions>();
  cli.add_option("DIR", opt->dir, "Folder for the new plan repo (default: this folder)");
  cli.add_option("--as-of", opt->as_of,
                 "Treat this date (YYYY-MM-DD) as today: the example's publication date");
  cli.add_option("--report", opt->report,
                 "Start from this report (a file, or the id of a report that comes with plan, "
                 "such as police-response-to-stalking-2024): one recommendation file for each "
                 "of its recommendations addressed to --addressee, and a copy of it in reports/");
  cli.add_option("--addressee", opt->addressee,
                 "With --report: the body this plan answers for (default: Chief constables)");
  return {{}, [opt, &ctx](PlanInput&) { return run_init(*opt, ctx); }};
}

}  // namespace

extern const Command command_init{
    "init", "Start a new plan repo: example plan, schemas, editor and CI settings",
    "Examples:\n"
    "  plan init stalking-plan     # creates the folder and the files in it\n"
    "  cd stalking-plan && git init && plan validate\n\n"
    "Writes plan/plan.yaml, plan/recommendations/1.yaml, schemas/, .vscode/,\n"
    ".pre-commit-config.yaml, .github/workflows/plan.yml and .gitlab-ci.yml.\n"
    "If any of these already exists, or a file stands where one of its folders\n"
    "must go, nothing is written and the exit status is 1. A write that fails\n"
    "midway (a full disk) removes what it had made: exit status 2.\n\n"
    "  plan init stalking-plan --report reports/police-response-to-stalking.yaml \\\n"
    "      --addressee \"Chief constables\"\n"
    "writes one recommendation file for each recommendation of the report addressed\n"
    "to that body (text, deadline, milestones and evidence requirements from the\n"
    "report), names the report in plan.yaml and copies it into reports/.",
    Phase::no_plan, setup_init};

}  // namespace plan
