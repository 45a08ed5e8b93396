// Fetching a force's plan repository with the user's own git (found through
// PATH, run without a shell): a shallow clone into a folder of the cache the
// first time, a shallow fetch and checkout of what was fetched on a rerun.
// git never waits for a password (GIT_TERMINAL_PROMPT=0, set by the caller
// once) and never runs the ext:: transport.
#pragma once

#include <string>

namespace plan {

struct GitFetch {
  bool ok = false;
  std::string commit;  // the full id of the commit checked out
  std::string error;   // why not, in git's words where it gave them
};

/// Brings repository (a URL, or a local repository's absolute path) at ref (a branch
/// or tag; "" for its default branch) into folder, whose parent exists.
/// Neither may start with '-' (the manifest refuses those already).
GitFetch fetch_git(const std::string& repository, const std::string& ref,
                   const std::string& folder);

/// The commit checked out in folder, or "" when it holds no repository.
std::string git_head_commit(const std::string& folder);

}  // namespace plan
