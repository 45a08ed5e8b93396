// plan init [DIR]: a new plan repo ready to use: a plan with one example
// recommendation, the schemas, editor settings, a pre-commit hook and CI
// examples. Refuses, writing nothing, if any of its files already exists.
#include <filesystem>
#include <system_error>

#include "cli/command.h"
#include "cli/reading.h"
#include "init/scaffold.h"
#include "load/loader.h"

namespace plan {
namespace {

namespace fs = std::filesystem;

struct InitOptions {
  std::string dir;
  std::string as_of;
};

bool exists(const std::string& path) {
  std::error_code ec;
  return fs::symlink_status(path, ec).type() != fs::file_type::not_found;
}

void make_parent(const std::string& path) {
  fs::path parent = fs::path(path).parent_path();
  if (parent.empty()) return;
  std::error_code ec;
  fs::create_directories(parent, ec);
  if (ec) throw UsageError{"cannot create folder '" + parent.string() + "': " + ec.message()};
}

int run_init(const InitOptions& opt, Context& ctx) {
  std::string dir = !opt.dir.empty()               ? opt.dir
                    : !ctx.plan_dir_option.empty() ? ctx.plan_dir_option
                                                   : ".";
  // The CI examples build this version of plan from where it was released.
  CiSource source{PLAN_SOURCE_URL, std::string("v") + PLAN_VERSION};
  std::vector<ScaffoldFile> files = scaffold_files(ctx.as_of(opt.as_of), source);
  if (exists(dir) && !fs::is_directory(dir))
    throw UsageError{"'" + dir + "' exists and is not a folder"};

  std::vector<std::string> clashes;
  if (exists(join_path(dir, "plan.yaml"))) clashes.push_back(join_path(dir, "plan.yaml"));
  for (const ScaffoldFile& f : files)
    if (exists(join_path(dir, f.path))) clashes.push_back(join_path(dir, f.path));
  if (!clashes.empty()) {
    ctx.err << "plan: error: nothing was written, because these files already exist:\n";
    for (const std::string& c : clashes) ctx.err << "  " << c << "\n";
    ctx.err << "Run 'plan init NEW-FOLDER' for a fresh plan, or move these files away first.\n";
    return exit_plan_errors;
  }

  for (const ScaffoldFile& f : files) {
    std::string path = join_path(dir, f.path);
    make_parent(path);
    write_output(ctx, path, f.content);
  }
  std::string c = dir == "." ? "" : " -C " + dir;
  ctx.out << "Created a plan in " << (dir == "." ? "this folder" : dir) << ":\n";
  for (const ScaffoldFile& f : files) ctx.out << "  " << f.path << "\n";
  ctx.out << "\nNext:\n"
          << "  1. Fill in plan/plan.yaml: title, organisation, published date, leads, owner.\n"
          << "  2. Write one file per recommendation in plan/recommendations/, like 1.yaml.\n"
          << "  3. Check your work:  plan" << c << " validate\n"
          << "  4. For CI, read the top of .github/workflows/plan.yml or .gitlab-ci.yml.\n";
  return exit_ok;
}

CommandRun setup_init(Options& cli, Context& ctx) {
  auto opt = std::make_shared<InitOptions>();
  cli.add_option("dir", opt->dir, "Folder for the new plan repo (default: this folder)");
  cli.add_option("--as-of", opt->as_of,
                 "Treat this date (YYYY-MM-DD) as today: the example's publication date");
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
    "If any of these already exists, nothing is written and the exit status is 1.",
    Phase::no_plan, setup_init};

}  // namespace plan
