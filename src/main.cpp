// plan: keep a public body's action plan as YAML files in git, check them,
// record progress and publish the page. main only reads the environment;
// the commands are in the table of cli/commands.cpp.
#include <exception>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "cli/app.h"
#include "model/clock.h"
#include "util/platform.h"

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
  // UTF-8 console and arguments on Windows; a file-size limit not fatal on Linux.
  os::prepare_process();
  std::vector<std::string> args = os::arguments(argc, argv);
  std::vector<char*> arg_pointers;
  for (std::string& a : args) arg_pointers.push_back(a.data());
  arg_pointers.push_back(nullptr);
  bool set = false;
  std::string env_dir = os::environment("PLAN_DIR", set);
  Context ctx{std::cout, std::cerr, "", env_dir, date_in_zone(std::time(nullptr), "")};
  std::string epoch = os::environment("SOURCE_DATE_EPOCH", set);
  if (set) ctx.source_date_epoch = epoch;

  return run_plan(int(args.size()), arg_pointers.data(), ctx);
}
}  // namespace
