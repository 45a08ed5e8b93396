// Running the user's git (found through PATH) and reading what it prints:
// its standard input is written and its output read at once (util/platform.h), so a
// long answer such as `git cat-file --batch` never blocks on a full pipe.
// Its standard error goes to ours, so git's own reasons reach the user.
#pragma once

#include <string>
#include <vector>

namespace plan {

struct GitOutput {
  int exit_code = -1;  // -1: git did not run, or was killed
  std::string out;
  std::string error;  // why git could not be run
};

/// Runs `git -C dir ARGS…` with input on its standard input. With quiet, its
/// standard error goes to /dev/null.
GitOutput run_git(const std::string& dir, const std::vector<std::string>& args,
                  const std::string& input = "", bool quiet = false);

/// The top folder of the git work tree holding dir, or "" when there is none
/// (found by looking for .git upward, without running git).
std::string git_top_level(const std::string& dir);

}  // namespace plan
