// plan: keep a public body's action plan as YAML files in git, check them,
// record progress and publish the page. main only reads the environment;
// the commands are in the table of cli/commands.cpp.
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <iostream>
#include <new>

#include "cli/app.h"
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

  return run_plan(argc, argv, ctx);
}
}  // namespace
