// plan import -C --dry-run: the change to each file as `git diff` shows it,
// hunk by hunk. An import fills in lines here and there in a file (an owner
// near the top, updates at the end), so unchanged lines between them are
// kept as context rather than shown removed and added again.
#pragma once

#include <string>

namespace plan {

/// The unified diff of before -> after for path ("" when equal): the lines
/// both keep found by longest common subsequence, three lines of context.
std::string unified_line_diff(const std::string& path, const std::string& before,
                              const std::string& after);

}  // namespace plan
