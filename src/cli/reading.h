// What the commands that print the plan (list, show, export, render,
// aggregate) share: the terminal's width and colour, writing output to stdout
// or a file, and reading a --template.
// (Loading the plan and refusing one with errors is cli/phase.cpp's.)
#pragma once

#include <string>

#include "cli/context.h"

namespace plan {

struct Terminal {
  bool is_terminal = false;  // stdout is a terminal
  int columns = 80;          // its width, or 80 when it is not one
  bool colour = false;       // a terminal, and NO_COLOR is unset
};

/// Looks at standard output and the environment (at the edge, once per run).
Terminal stdout_terminal();

/// Writes text to ctx.out when path is empty or "-", else to the file (via a
/// temporary file renamed into place, so a failed run leaves no half file).
/// Throws UsageError when the file cannot be written.
void write_output(Context& ctx, const std::string& path, const std::string& text);

/// The text of a --template file (at most 1 MB, not empty); throws
/// UsageError naming the file otherwise.
std::string read_template_option(const std::string& path);

}  // namespace plan
