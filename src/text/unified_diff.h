// A unified diff between two versions of one file, as `git diff` shows it,
// for the --dry-run of every command that edits files: people review the
// change before it is made. An import fills in lines here and there in a
// file, so unchanged lines between changes are context, not removed and
// added again.
#pragma once

#include <string>

namespace plan {

/// The diff of before -> after for the file at path ("" when they are equal):
/// "--- a/path", "+++ b/path" (no prefixes for an absolute path), then a hunk for each group of
/// changed lines with three lines of context, "\ No newline at end of file" where git prints it.
/// Line endings are printed as they are in the file.
std::string unified_diff(const std::string& path, const std::string& before,
                         const std::string& after);

}  // namespace plan
