// The command table's row: what each subcommand declares once (name,
// summary, the help footer with its examples, the phase it needs) and the
// setup function in its own file (src/cli/<name>.cpp) that declares its
// options and returns how to run it. main (cli/app.cpp) brings every command
// to its phase the same way, so a refusal reads the same and exits the same
// whichever command met it.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/context.h"
#include "cli/options.h"
#include "load/loader.h"

namespace plan {

/// What a command needs before it runs.
enum class Phase {
  no_plan,        // init, import: no plan folder is looked for
  plan_loaded,    // validate: the plan loaded and checked, problems and all
  plan_valid,     // list, show, export, render: loaded, checked and without errors
  plan_to_write,  // update, new: the plan folder found; edit/ locks it and checks plan.yaml
};

/// How to load the plan (plan_loaded and plan_valid), from the command's options.
struct LoadRequest {
  Date as_of;       // "today" for the rules
  int threads = 0;  // 0: one per core
  Prose prose = Prose::keep;
  bool plan_needed = true;  // false: this run needs no plan after all (validate --list-rules)
};

/// What main hands a command when its phase is reached.
struct PlanInput {
  std::string dir;                   // every phase but no_plan
  std::optional<LoadedPlan> loaded;  // plan_loaded and plan_valid
};

struct CommandRun {
  /// Checks the options and says how to load the plan; runs after parsing,
  /// before the plan is looked for (so a usage mistake is reported first).
  /// Throws UsageError. May be empty.
  std::function<LoadRequest()> prepare;
  /// Does the work and returns the exit code.
  std::function<int(PlanInput&)> run;
};

struct Command {
  const char* name;
  const char* summary;  // one line, for `plan --help`
  const char* footer;   // `plan NAME --help`'s examples and exit status
  Phase phase;
  CommandRun (*setup)(Options& options, Context& ctx);
};

/// Every command, in the order `plan --help` lists them (cli/commands.cpp).
const std::vector<const Command*>& command_table();

}  // namespace plan
