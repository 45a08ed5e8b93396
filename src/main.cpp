// plan: keep a public body's action plan as YAML files in git, check them,
// record progress and publish the page. main only wires the subcommands.
#include <CLI/CLI.hpp>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <new>

#include "cli/commands.h"
#include "cli/help.h"
#include "model/clock.h"

namespace {
int run(int argc, char** argv);
}

// No path ends in an abort: whatever escapes a command is reported, exit 2.
int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::bad_alloc&) {
    std::cerr << "plan: internal error: out of memory; nothing was written\n";
  } catch (const std::exception& e) {
    std::cerr << "plan: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "plan: internal error: an unknown exception\n";
  }
  return plan::exit_usage;
}

namespace {
int run(int argc, char** argv) {
  using namespace plan;
  // Past a file-size limit (ulimit -f) a write should fail with EFBIG, which
  // the writers report and clean up after, not kill the process mid-write.
  std::signal(SIGXFSZ, SIG_IGN);
  const char* env_dir = std::getenv("PLAN_DIR");
  Context ctx{std::cout, std::cerr, "", env_dir ? env_dir : "", date_in_zone(std::time(nullptr), "")};
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) ctx.source_date_epoch = epoch;

  CLI::App app{"plan: keep an action plan as YAML files in git, check it, record progress, "
               "publish it",
               "plan"};
  app.set_version_flag("--version", std::string("plan ") + PLAN_VERSION);
  app.add_option("-C,--plan", ctx.plan_dir_option,
                 "Folder of the plan (holding plan/plan.yaml or plan.yaml); default: $PLAN_DIR, "
                 "else the nearest one from here upward");
  app.require_subcommand(1);
  app.fallthrough();
  app.footer(main_help_footer());
  setup_validate(app, ctx);
  setup_update(app, ctx);
  setup_new(app, ctx);
  setup_import(app, ctx);
  setup_list(app, ctx);
  setup_show(app, ctx);
  setup_export(app, ctx);
  setup_init(app, ctx);
  setup_render(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::string message = explain_parse_error(app, e, argc, argv);
    std::cerr << "plan: error: " << message << "\nRun 'plan --help' for the commands.\n";
    return exit_usage;
  } catch (const UsageError& e) {
    std::cerr << "plan: error: " << e.message << "\n";
    return exit_usage;
  }
  // A full disk or a closed pipe must not pass for success with nothing printed.
  if (!std::cout.flush()) {
    std::cerr << "plan: error: cannot write the output: " << std::strerror(errno) << "\n";
    return exit_usage;
  }
  return ctx.exit_code;
}
}  // namespace
