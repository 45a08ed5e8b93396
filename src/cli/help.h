// Help that teaches: the examples under `plan --help`, and messages for
// command-line mistakes that name the nearest command or option.
#pragma once

#include <string>

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace plan {

/// The footer of `plan --help`: a few real commands to start from.
std::string main_help_footer();

/// What went wrong with the command line, in one line, with "did you mean"
/// for an unknown subcommand or option (options of the subcommand given).
std::string explain_parse_error(const CLI::App& app, const CLI::ParseError& error, int argc,
                                char** argv);

}  // namespace plan
