#include "git/git_commit.h"

#include <vector>

#include "util/paths.h"
#include "util/run_program.h"

namespace plan {
namespace {

std::string run_git_step(const std::vector<std::string>& args, const char* doing,
                         bool quiet = false) {
  RunResult r = run_program(args, quiet);
  if (!r.error.empty()) return r.error;
  if (r.exit_code != 0)
    return std::string(doing) + " failed (git exit status " + std::to_string(r.exit_code) + ")";
  return "";
}

}  // namespace

std::string git_ready(const std::string& folder) {
  // Not quiet: when git refuses the folder ("dubious ownership" in a CI
  // container, not a repository), its own words and advice reach the user.
  RunResult r = run_program({"git", "-C", folder, "rev-parse"}, false);
  if (!r.error.empty()) return r.error + "; --commit needs git installed";
  if (r.exit_code != 0)
    return "git does not accept '" + folder +
           "' as a repository (git's reason is above); --commit needs a git clone";
  r = run_program({"git", "-C", folder, "rev-parse", "--is-inside-work-tree"}, true);
  if (r.exit_code != 0) return "'" + folder + "' is not in a git repository";
  // In a bare repository, or inside .git, --is-inside-work-tree prints
  // "false" and exits 0; --show-toplevel fails there.
  r = run_program({"git", "-C", folder, "rev-parse", "--show-toplevel"}, true);
  if (r.exit_code != 0)
    return "'" + folder +
           "' is not in a git working tree (it is a bare repository or inside "
           ".git), so there is nothing to commit to; run plan in a clone with a checkout";
  return "";
}

std::string git_commit_file(const std::string& file, const std::string& subject,
                            const std::string& body) {
  std::string folder = folder_of(file), name = name_of(file);
  std::string error = run_git_step({"git", "-C", folder, "add", "--", name}, "git add");
  if (!error.empty()) return error;
  std::vector<std::string> commit = {"git", "-C", folder, "commit", "-m", subject};
  if (!body.empty()) {
    commit.push_back("-m");
    commit.push_back(body);
  }
  commit.push_back("--");
  commit.push_back(name);
  return run_git_step(commit, "git commit");
}

bool git_file_committed(const std::string& file) {
  RunResult r = run_program(
      {"git", "-C", folder_of(file), "diff", "--quiet", "HEAD", "--", name_of(file)}, true);
  return r.error.empty() && r.exit_code == 0;
}

std::string git_commit_command(const std::string& file, const std::string& subject) {
  auto quoted = [](const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
  };
  return "git commit -m " + quoted(subject) + " -- " + quoted(file);
}

}  // namespace plan
