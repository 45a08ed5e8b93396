// A unified diff between two versions of one file, as `git diff` shows it,
// for plan update --dry-run: people review the change before it is made.
#pragma once

#include <string>

namespace plan {

/// The diff of before -> after for the file at path ("" when they are equal):
/// "--- a/path", "+++ b/path" (no prefixes for an absolute path), then one hunk around the changed
/// lines with three lines of context, "\ No newline at end of file" where git prints it. Line
/// endings are printed as they are in the file.
std::string unified_diff(const std::string& path, const std::string& before,
                         const std::string& after);

}  // namespace plan
