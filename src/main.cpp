// plan: keep a public body's action plan as YAML files in git, check them,
// record progress and publish the page. main only reads the environment;
// the commands are in the table of cli/commands.cpp.
#include <csignal>
#include <cstdlib>
#include <iostream>

#include "cli/app.h"

int main(int argc, char** argv) {
  using namespace plan;
  // Past a file-size limit (ulimit -f) a write should fail with EFBIG, which
  // the writers report and clean up after, not kill the process mid-write.
  std::signal(SIGXFSZ, SIG_IGN);
  const char* env_dir = std::getenv("PLAN_DIR");
  Context ctx{std::cout, std::cerr, "", env_dir ? env_dir : "", today_local()};
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) ctx.source_date_epoch = epoch;

  return run_plan(argc, argv, ctx);
}
