// plan diff [REV1 [REV2]]: what changed in the plan between two git
// revisions (default HEAD against the working tree; one revision against
// the working tree), as facts: updates added, status before → after,
// deadlines, owners and texts changed. Revisions are read with git
// cat-file, never checked out.
#include <ostream>

#include "cli/command.h"
#include "cli/reading.h"
#include "diff/diff_output.h"
#include "diff/revision_reader.h"

namespace plan {
namespace {

struct DiffOptions {
  std::vector<std::string> revisions;
  std::string format = "text";
  std::string output;
};

int run_diff(const DiffOptions& opt, const std::string& dir, Context& ctx) {
  if (opt.revisions.size() > 2) throw UsageError{"plan diff takes at most two revisions"};
  PlanSide before{opt.revisions.empty() ? "HEAD" : opt.revisions[0], ""};
  PlanSide after{opt.revisions.size() == 2 ? opt.revisions[1] : "", ""};
  before.label = before.revision;
  after.label = after.revision.empty() ? "the working tree" : after.revision;
  SidePlans sides = read_changed_sides(dir, before, after);
  if (!sides.ok) throw UsageError{sides.error};
  PlanChanges changes = compare_plans(sides.before, sides.after);
  changes.before_label = before.label;
  changes.after_label = after.label;
  changes.unreadable = sides.unreadable;
  std::string text = opt.format == "json" ? diff_json(changes)
                     : opt.format == "md" ? diff_markdown(changes)
                                          : diff_text(changes);
  write_output(ctx, opt.output, text);
  return exit_ok;
}

CommandRun setup_diff(Options& cli, Context& ctx) {
  auto opt = std::make_shared<DiffOptions>();
  cli.add_option("REVISION", opt->revisions,
                 "Up to two revisions (default HEAD; one revision: against the working tree)");
  cli.add_option("--format", opt->format, "Output: text, md (Markdown) or json")
      .one_of({"text", "md", "json"});
  cli.add_option("-o,--output", opt->output, "Write to FILE instead of standard output");
  return {[opt] {
            if (opt->revisions.size() > 2)
              throw UsageError{"plan diff takes at most two revisions"};
            return LoadRequest{};
          },
          [opt, &ctx](PlanInput& in) { return run_diff(*opt, in.dir, ctx); }};
}

}  // namespace

extern const Command command_diff{
    "diff", "What changed in the plan between two git revisions, as facts, not lines",
    "Examples:\n"
    "  plan diff                       # HEAD against the files as they are now\n"
    "  plan diff HEAD~1                # the last commit and anything since\n"
    "  plan diff main HEAD --format md # for a pull request comment\n\n"
    "Exit status: 0 shown (changes or none), 2 not a git repository, a bad revision or I/O.",
    Phase::plan_to_write, setup_diff};

}  // namespace plan
