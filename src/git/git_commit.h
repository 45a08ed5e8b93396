// Committing one plan file with the user's own git (found through PATH), so
// their identity, hooks and signing apply. Used by --commit.
#pragma once

#include <string>

namespace plan {

/// "" when git runs and folder is in a git work tree, else why not.
std::string git_ready(const std::string& folder);

/// Stages the file and commits only it (other staged changes stay staged),
/// running git in the file's folder. Returns "" or why it failed; git's own
/// messages go to the terminal.
std::string git_commit_file(const std::string& file, const std::string& subject,
                            const std::string& body);

/// True when file in the working tree is exactly as in the last commit
/// (another run committed it meanwhile, say), false when not or unknown.
bool git_file_committed(const std::string& file);

/// The command to commit file by hand with this subject, quoted for a
/// POSIX shell: git commit -m '…' -- 'file'.
std::string git_commit_command(const std::string& file, const std::string& subject);

}  // namespace plan
