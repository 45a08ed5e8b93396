#include "aggregate/fetch_git.h"

#include <filesystem>
#include <system_error>

#include "git/git_process.h"
#include "util/platform.h"

namespace plan {
namespace {

namespace fs = std::filesystem;

// What git said went wrong: its first "fatal:" or "error:" line (the cause;
// later ones are consequences), else its exit status.
std::string git_said(const GitOutput& g, const std::string& dir) {
  if (std::string refusal = git_refusal(g, dir); !refusal.empty()) return refusal;
  const std::string& said = g.stderr_text;
  for (const char* mark : {"fatal: ", "error: "}) {
    size_t at = said.find(mark);
    if (at != std::string::npos) return said.substr(at, said.find('\n', at) - at);
  }
  return "git stopped with status " + std::to_string(g.exit_code);
}

// The options every git run here starts with: no ext:: transport (it runs
// commands), whatever the user's configuration says.
std::vector<std::string> git_args(std::initializer_list<std::string> args) {
  std::vector<std::string> all = {"-c", "protocol.ext.allow=never"};
  all.insert(all.end(), args.begin(), args.end());
  return all;
}

void remove_tree(const std::string& folder) {
  std::error_code ec;
  fs::remove_all(folder, ec);
}

GitFetch clone(const std::string& repository, const std::string& ref, const std::string& folder) {
  GitFetch r;
  fs::path target(folder);
  std::string parent = target.parent_path().empty() ? "." : target.parent_path().string();
  std::string temp = "." + target.filename().string() + ".tmp-" + std::to_string(os::process_id());
  remove_tree((fs::path(parent) / temp).string());
  std::vector<std::string> args = git_args({"clone", "--quiet", "--depth", "1"});
  if (!ref.empty()) args.insert(args.end(), {"--branch", ref});
  args.insert(args.end(), {"--", repository, temp});
  GitOutput g = run_git(parent, args, "", true);
  if (g.exit_code != 0 || !g.error.empty()) {
    r.error = git_said(g, parent);
    remove_tree((fs::path(parent) / temp).string());
    return r;
  }
  if (int err = os::rename_no_replace((fs::path(parent) / temp).string(), folder); err != 0) {
    remove_tree((fs::path(parent) / temp).string());
    r.error = "the copy could not be put in the cache: " + os::error_text(err);
    return r;
  }
  r.commit = git_head_commit(folder);
  r.ok = !r.commit.empty();
  if (!r.ok) r.error = "the repository has no commit to read";
  return r;
}

}  // namespace

std::string git_head_commit(const std::string& folder) {
  if (!fs::exists(fs::path(folder) / ".git")) return "";
  GitOutput g = run_git(folder, {"rev-parse", "--verify", "--quiet", "HEAD^{commit}"}, "", true);
  if (g.exit_code != 0) return "";
  std::string id = g.out.substr(0, g.out.find_first_of("\r\n"));
  return id.size() >= 40 ? id : "";
}

GitFetch fetch_git(const std::string& repository, const std::string& ref,
                   const std::string& folder) {
  const std::string& from = repository;
  if (git_head_commit(folder).empty()) {
    remove_tree(folder);  // a copy left half made, or not a repository
    return clone(from, ref, folder);
  }
  GitFetch r;
  GitOutput fetch = run_git(folder,
                            git_args({"fetch", "--quiet", "--depth", "1", "--", from,
                                      ref.empty() ? std::string("HEAD") : ref}),
                            "", true);
  if (fetch.exit_code != 0 || !fetch.error.empty()) {
    r.error = git_said(fetch, folder);
    return r;
  }
  GitOutput checkout =
      run_git(folder, {"checkout", "--quiet", "--force", "--detach", "FETCH_HEAD"}, "", true);
  if (checkout.exit_code != 0 || !checkout.error.empty()) {
    r.error = git_said(checkout, folder);
    return r;
  }
  r.commit = git_head_commit(folder);
  r.ok = !r.commit.empty();
  if (!r.ok) r.error = "the repository has no commit to read";
  return r;
}

}  // namespace plan
