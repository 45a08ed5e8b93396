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
  r.stderr_text = std::move(p.err);
  if (!p.started)
    r.error = p.error.find("not installed") != std::string::npos
                  ? "git is not installed, or not on PATH; install git (on Debian: apt-get "
                    "install git) or add the folder that holds it to PATH"
                  : p.error;
  else if (!p.error.empty())
    r.error = "git was stopped by a signal";
  return r;
}

std::string git_refusal(const GitOutput& g, const std::string& dir) {
  if (!g.error.empty()) return g.error;
  if (g.exit_code == 0) return "";
  const std::string& said = g.stderr_text;
  // git's first "fatal:" line, as it said it.
  size_t at = said.find("fatal: ");
  std::string fatal = at == std::string::npos ? "" : said.substr(at, said.find('\n', at) - at);
  if (said.find("dubious ownership") != std::string::npos) {
    // git names the exact command; keep it (the folder as git resolved it).
    std::string advice = "git config --global --add safe.directory <the repository's folder>";
    if (size_t cmd = said.find("git config --global --add safe.directory");
        cmd != std::string::npos)
      advice = said.substr(cmd, said.find('\n', cmd) - cmd);
    return "git refuses to work in '" + dir + "': \"" + fatal +
           "\". The repository belongs to another user than the one running plan (common in CI "
           "containers); if you trust it, run what git suggests: " +
           advice;
  }
  if (said.find("not a git repository") != std::string::npos)
    return "'" + dir + "' is not in a git repository (git said \"" + fatal + "\")";
  return "";
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
