#include "git/git_process.h"

#include <filesystem>

#include "util/platform.h"

namespace plan {

GitOutput run_git(const std::string& dir, const std::vector<std::string>& args,
                  const std::string& input, bool quiet) {
  std::vector<std::string> argv = {"git", "-C", dir};
  argv.insert(argv.end(), args.begin(), args.end());
  os::ProcessResult p = os::run_process(argv, true, input, quiet);
  GitOutput r;
  r.exit_code = p.exit_code;
  r.out = std::move(p.out);
  if (!p.started)
    r.error = "cannot run git (is it installed?)";
  else if (!p.error.empty())
    r.error = "git was stopped by a signal";
  return r;
}

std::string git_top_level(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p = fs::absolute(dir, ec);
  if (ec) return "";
  p = p.lexically_normal();
  while (true) {
    if (fs::exists(p / ".git", ec)) return p.string();
    if (!p.has_parent_path() || p.parent_path() == p) return "";
    p = p.parent_path();
  }
}

}  // namespace plan
