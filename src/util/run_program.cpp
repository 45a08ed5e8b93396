#include "util/run_program.h"

#include "util/platform.h"

namespace plan {

RunResult run_program(const std::vector<std::string>& argv, bool quiet) {
  os::ProcessResult p = os::run_process(argv, false, "", quiet);
  return {p.exit_code, p.error};
}

}  // namespace plan
