// plan: keep a public body's action plan as YAML files in git, check them,
// record progress and publish the page. main only wires the subcommands.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "util/suggest.h"

int main(int argc, char** argv) {
  using namespace plan;
  const char* env_dir = std::getenv("PLAN_DIR");
  Context ctx{std::cout, std::cerr, "", env_dir ? env_dir : "", today_local()};
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) ctx.source_date_epoch = epoch;

  CLI::App app{"plan: keep an action plan as YAML files in git, check it, record progress, "
               "publish it"};
  app.set_version_flag("--version", std::string("plan ") + PLAN_VERSION);
  app.add_option("-C,--plan", ctx.plan_dir_option,
                 "Folder of the plan (holding plan/plan.yaml or plan.yaml); default: $PLAN_DIR, "
                 "else the nearest one from here upward");
  app.require_subcommand(1);
  app.fallthrough();
  setup_validate(app, ctx);
  setup_render(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::string message = e.what();
    std::vector<std::string> names;
    for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
    if (dynamic_cast<const CLI::ExtrasError*>(&e) && argc > 1) {
      std::string hint = did_you_mean(argv[1], names);
      if (!hint.empty()) message = "unknown command '" + std::string(argv[1]) + "'" + hint;
    }
    std::cerr << "plan: error: " << message << "\nRun 'plan --help' for the commands.\n";
    return exit_usage;
  } catch (const UsageError& e) {
    std::cerr << "plan: error: " << e.message << "\n";
    return exit_usage;
  }
  return ctx.exit_code;
}
