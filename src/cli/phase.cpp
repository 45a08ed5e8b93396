#include "cli/phase.h"

#include <ostream>

#include "check/load_checked.h"
#include "check/rules.h"

namespace plan {
namespace {

// A report built on a broken file would quietly say the wrong thing, so the
// commands that need a valid plan get none: its errors (not its warnings)
// are printed as plan validate prints them, with one closing line.
int refuse_plan_with_errors(const LoadedPlan& loaded, Context& ctx) {
  Diagnostics errors;
  for (const Diagnostic& d : loaded.diagnostics.items())
    if (d.severity == Severity::error) errors.add(d);
  write_text(ctx.err, errors, file_line_source());
  ctx.err << "plan: error: the plan has " << summary_line(errors, loaded.files)
          << "; fix them first ('plan validate' shows every problem)\n";
  return loaded.io_failed ? exit_usage : exit_plan_errors;
}

LoadedPlan load_and_check(const std::string& dir, const LoadRequest& request) {
  LoadedPlan loaded = load_plan(dir, request.threads, true, request.prose);
  if (!loaded.io_failed) check_plan(loaded.plan, request.as_of, loaded.diagnostics);
  loaded.diagnostics.sort();
  return loaded;
}

}  // namespace

int run_in_phase(const Command& command, const CommandRun& run, Context& ctx) {
  LoadRequest request = run.prepare ? run.prepare() : LoadRequest{ctx.today};
  PlanInput input;
  if (command.phase == Phase::no_plan || !request.plan_needed) return run.run(input);
  input.dir = ctx.plan_dir();
  if (command.phase == Phase::plan_to_write) return run.run(input);
  input.loaded = load_and_check(input.dir, request);
  const LoadedPlan& loaded = *input.loaded;
  if (command.phase == Phase::plan_valid && (loaded.io_failed || loaded.diagnostics.errors() > 0))
    return refuse_plan_with_errors(loaded, ctx);
  return run.run(input);
}

}  // namespace plan
