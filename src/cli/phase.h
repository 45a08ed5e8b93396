// Brings a command to the phase it declared (cli/command.h) and runs it:
// finds the plan folder, loads and checks the plan, and refuses a plan with
// errors for the commands that need a valid one. The one place these
// refusals are worded and given their exit codes.
#pragma once

#include "cli/command.h"

namespace plan {

/// Runs the command; returns its exit code. Throws UsageError (exit 2) when
/// there is no plan folder, or from the command's prepare and run.
int run_in_phase(const Command& command, const CommandRun& run, Context& ctx);

}  // namespace plan
