// plan git-setup: makes this clone run plan's merge driver for recommendation
// files (git config merge.plan.driver, and the .gitattributes line when it is
// missing). Git never takes a driver's command from committed files, so each
// clone runs this once; running it again changes nothing.
#include <CLI/CLI.hpp>
#include <ostream>

#include "cli/commands.h"
#include "git/merge_setup.h"

namespace plan {
namespace {

int run_git_setup(Context& ctx) {
  GitSetupResult r = set_up_merge_driver(ctx.plan_dir());
  if (!r.ok) throw UsageError{r.error};
  for (const std::string& s : r.done) ctx.out << "Done: " << s << "\n";
  for (const std::string& s : r.already) ctx.out << "Already set: " << s << "\n";
  ctx.out << (r.done.empty() ? "Nothing to change: " : "Now ")
          << "git merges updates recorded on two branches without a conflict.\n";
  return exit_ok;
}

}  // namespace

void setup_git_setup(CLI::App& app, Context& ctx) {
  CLI::App* cmd = app.add_subcommand(
      "git-setup", "Make this git clone use plan's merge driver (once per clone)");
  cmd->footer(
      "Example:\n"
      "  git clone https://example.org/force/stalking-plan.git && cd stalking-plan\n"
      "  plan git-setup\n\n"
      "Sets merge.plan.driver to \"plan merge-file %O %A %B --path %P\" in the clone's own\n"
      "config (git refuses drivers from committed files) and adds the .gitattributes line\n"
      "if it is missing. Safe to run again.\n"
      "Exit status: 0 set up, 2 not in a git clone or git failed.");
  cmd->callback([&ctx] { ctx.exit_code = run_git_setup(ctx); });
}

}  // namespace plan
