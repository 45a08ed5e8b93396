// Running another program (git) directly, without a shell in between, so
// nothing in a message or path is ever interpreted (util/platform.h: fork
// and execvp, or CreateProcessW with each argument quoted), found through PATH, with the user's own
// configuration, hooks and signing.
#pragma once

#include <string>
#include <vector>

namespace plan {

struct RunResult {
  int exit_code = -1;  // the program's exit status; -1 when it did not run or was killed
  std::string error;   // set when it could not be started or did not exit normally
};

/// Runs argv[0] with argv, in the current folder, sharing our terminal.
/// quiet sends its standard output and error nowhere (/dev/null, NUL).
RunResult run_program(const std::vector<std::string>& argv, bool quiet = false);

}  // namespace plan
