// The command line of plan: parses it and runs the chosen command (cli/app.cpp).
#pragma once

#include "cli/context.h"

namespace plan {

/// Parses argv, runs the command it names, and returns the exit status.
int run_plan(int argc, char** argv, Context& ctx);

}  // namespace plan
