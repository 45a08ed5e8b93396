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
  std::string error;        // why git could not be run
  std::string stderr_text;  // what git printed on its standard error (also when quiet)
};

/// What went wrong when git did not run or refused the repository itself
/// (git missing from PATH, "dubious ownership", not a repository), in git's
/// words and with what to do; "" when the failure was about the request
/// (a revision that does not exist), which the caller explains.
std::string git_refusal(const GitOutput& g, const std::string& dir);

/// Runs `git -C dir ARGS…` with input on its standard input. Its standard
/// error is kept in stderr_text and, unless quiet, passed on to ours.
GitOutput run_git(const std::string& dir, const std::vector<std::string>& args,
                  const std::string& input = "", bool quiet = false);

/// The top folder of the git work tree holding dir, or "" when there is none
/// (found by looking for .git upward, without running git).
std::string git_top_level(const std::string& dir);

}  // namespace plan
