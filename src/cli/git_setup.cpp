// plan git-setup: makes this clone run plan's merge driver for recommendation
// files (git config merge.plan.driver, and the .gitattributes line when it is
// missing). Git never takes a driver's command from committed files, so each
// clone runs this once; running it again changes nothing.
#include <ostream>

#include "cli/command.h"
#include "git/merge_setup.h"

namespace plan {
namespace {

int run_git_setup(const std::string& dir, Context& ctx) {
  GitSetupResult r = set_up_merge_driver(dir);
  if (!r.ok) throw UsageError{r.error};
  for (const std::string& s : r.done) ctx.out << "Done: " << s << "\n";
  for (const std::string& s : r.already) ctx.out << "Already set: " << s << "\n";
  ctx.out << (r.done.empty() ? "Nothing to change: " : "Now ")
          << "git merges updates recorded on two branches without a conflict.\n";
  return exit_ok;
}

CommandRun setup_git_setup(Options&, Context& ctx) {
  return {{}, [&ctx](PlanInput& in) { return run_git_setup(in.dir, ctx); }};
}

}  // namespace

extern const Command command_git_setup{
    "git-setup", "Make this git clone use plan's merge driver (once per clone)",
    "Example:\n"
    "  git clone https://example.org/force/stalking-plan.git && cd stalking-plan\n"
    "  plan git-setup\n\n"
    "Sets merge.plan.driver to \"plan merge-file %O %A %B --path %P\" in the clone's own\n"
    "config (git refuses drivers from committed files) and adds the .gitattributes line\n"
    "if it is missing. Safe to run again.\n"
    "Exit status: 0 set up, 2 not in a git clone or git failed.",
    Phase::plan_to_write, setup_git_setup};

}  // namespace plan
