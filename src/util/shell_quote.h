// A path or value written so that it can be pasted into a shell as one
// word: hints that say which command to run next ("plan -C 'new plan'
// validate") must work when pasted.
#pragma once

#include <string>

namespace plan {

/// text as is when it holds only letters, digits and "-_./,:=@%+", else in
/// single quotes (a quote inside written '\'').
std::string shell_quoted(const std::string& text);

}  // namespace plan
