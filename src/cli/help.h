// Help that teaches: the examples under `plan --help`. (Messages for
// command-line mistakes, naming the nearest command or option, are in
// cli/app.cpp with the rest of the CLI11 code.)
#pragma once

#include <string>

namespace plan {

/// The footer of `plan --help`: a few real commands to start from.
std::string main_help_footer();

}  // namespace plan
