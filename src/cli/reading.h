// What the commands that read the plan (list, show, export) share: loading
// it with every check, refusing when it has errors (a report built on a
// broken file would quietly say the wrong thing), the terminal's width and
// colour, and writing output to stdout or a file.
#pragma once

#include <optional>
#include <string>

#include "cli/context.h"
#include "load/loader.h"

namespace plan {

/// Loads and checks the plan. On errors, prints them to ctx.err as plan
/// validate does and returns nullopt with ctx.exit_code set (1, or 2 when the
/// files could not be read). Warnings are not shown.
std::optional<LoadedPlan> load_checked_plan(Context& ctx, Date as_of);

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

}  // namespace plan
