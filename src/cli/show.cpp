// plan show ID: one recommendation in full, with its evidence requirements
// and update history; or, for an id such as 23.1, one evidence requirement.
#include <algorithm>

#include "cli/command.h"
#include "cli/reading.h"
#include "query/lookup.h"
#include "query/show_text.h"

namespace plan {
namespace {

struct ShowOptions {
  std::string id;
  std::string as_of;
  int width = -1;
};

int run_show(const ShowOptions& opt, const LoadedPlan& loaded, Context& ctx) {
  Date as_of = ctx.as_of(opt.as_of);
  const Plan& plan = loaded.plan;
  Lookup found = find_by_id(plan, opt.id);
  if (!found.well_formed) throw UsageError{found.error};
  if (!found.rec || (opt.id.find('.') != std::string::npos && !found.evidence)) {
    ctx.err << "plan: error: " << found.error << "\n";
    return exit_plan_errors;
  }
  // On a terminal, lines stop at 100 columns even on a wide one: easier to read.
  int width = opt.width > 0    ? opt.width
              : opt.width == 0 ? 100000
                               : std::min(stdout_terminal().columns, 100);
  ctx.out << (found.evidence ? show_evidence(plan, *found.rec, *found.evidence, as_of, width)
                             : show_recommendation(plan, *found.rec, as_of, width));
  return exit_ok;
}

CommandRun setup_show(Options& cli, Context& ctx) {
  auto opt = std::make_shared<ShowOptions>();
  cli.add_option("ID", opt->id, "Recommendation (23) or evidence requirement (23.1)").required();
  cli.add_option("--as-of", opt->as_of, "Treat this date (YYYY-MM-DD) as today");
  cli.add_option(
         "--width", opt->width,
         "Wrap text at this many columns (default: the terminal's, at most 100, else 80; 0: never)")
      .non_negative();
  return {[opt, &ctx] {
            refuse_usage({id_problem(opt->id, true)});
            return LoadRequest{ctx.as_of(opt->as_of)};
          },
          [opt, &ctx](PlanInput& in) { return run_show(*opt, *in.loaded, ctx); }};
}

}  // namespace

extern const Command command_show{
    "show", "A recommendation in full, with its evidence requirements and updates",
    "Examples:\n"
    "  plan show 23       # recommendation 23, its evidence and every update\n"
    "  plan show 23.1     # evidence requirement 23.1 within recommendation 23\n\n"
    "Internal updates are shown, marked as internal. An unknown id exits with status 1\n"
    "and names the nearest ids.",
    Phase::plan_valid, setup_show};

}  // namespace plan
