// plan list: one row per recommendation (title, deadline, owner, where it stands,
// when it was last updated, overdue or not), with filters, as a table for
// people or JSON/CSV for scripts.
#include <algorithm>

#include "cli/command.h"
#include "cli/reading.h"
#include "model/category.h"
#include "query/action_list.h"
#include "query/list_filter.h"
#include "query/list_output.h"
#include "util/suggest.h"

namespace plan {
namespace {

struct ListOptions {
  std::vector<std::string> statuses;
  std::vector<std::string> categories;
  std::string owner;
  bool overdue = false;
  std::string due_within;
  std::string as_of;
  std::string sort = "id";
  std::string format = "table";
  int width = -1;  // -1: the terminal's
};

// A status the plan has not got is the plan's refusal (exit 1, as in plan
// update); it is set in refused. A malformed option is a usage error.
ListFilter make_filter(const ListOptions& opt, const Plan& plan, Date as_of, std::string& refused) {
  ListFilter f;
  f.as_of = as_of;
  f.owner = opt.owner;
  f.overdue_only = opt.overdue;
  for (const std::string& s : opt.statuses) {
    std::string error;
    std::string status = resolve_status(plan, s, error);
    if (status.empty()) {
      if (contains_ignoring_case(s, "no update") || contains_ignoring_case(s, "no-update"))
        error += "; for recommendations with no update, use --category no-update";
      refused = "--status: " + error;
      return f;
    }
    f.statuses.push_back(status);
  }
  for (const std::string& c : opt.categories) {
    std::optional<Category> category = category_from_name(c, false);
    if (!category || *category == Category::not_answered)
      throw UsageError{"--category: '" + c +
                       "' is not a category; use not-started, in-progress, complete, "
                       "not-applicable, no-update or no-status"};
    f.categories.push_back(*category);
  }
  if (!opt.due_within.empty()) {
    std::string error;
    f.due_by = parse_span_end(opt.due_within, as_of, error);
    if (!f.due_by) throw UsageError{"--due-within: " + error};
  }
  return f;
}

// An owner filter that matches nobody is most likely a typo: say who the owners are.
void note_unknown_owner(Context& ctx, const Plan& plan, const std::string& owner) {
  std::vector<std::string> owners;
  for (const Recommendation& r : plan.recommendations) {
    const std::string& o = effective_owner(plan, r);
    if (contains_ignoring_case(o, owner)) return;
    if (std::find(owners.begin(), owners.end(), o) == owners.end()) owners.push_back(o);
  }
  ctx.err << "plan: note: no owner contains '" << owner << "'"
          << (owners.empty() ? "" : "; the owners are " + quoted_list(owners, " and ")) << "\n";
}

int run_list(const ListOptions& opt, const LoadedPlan& loaded, Context& ctx) {
  Date as_of = ctx.as_of(opt.as_of);
  const Plan& plan = loaded.plan;
  std::string refused;
  ListFilter filter = make_filter(opt, plan, as_of, refused);
  if (!refused.empty()) {
    ctx.err << "plan: error: " << refused << "\n";
    return exit_plan_errors;
  }
  std::vector<RecSummary> rows = filter_rows(plan, summarise(plan, as_of, true), filter);
  sort_rows(plan, rows,
            opt.sort == "deadline" ? ListSort::deadline
            : opt.sort == "status" ? ListSort::status
                                   : ListSort::id);
  if (!opt.owner.empty()) note_unknown_owner(ctx, plan, opt.owner);
  if (opt.format == "json") {
    ctx.out << list_json(plan, rows, as_of);
  } else if (opt.format == "csv") {
    ctx.out << list_csv(plan, rows);
  } else {
    Terminal term = stdout_terminal();
    int width = opt.width >= 0 ? opt.width : term.columns;
    ctx.out << list_table(plan, rows, as_of, width, term.colour);
    // The force's own actions have targets too: --overdue lists those past theirs.
    if (opt.overdue)
      ctx.out << overdue_actions_table(plan, overdue_actions(plan, as_of, true), width,
                                       term.colour);
  }
  return exit_ok;
}

CommandRun setup_list(Options& cli, Context& ctx) {
  auto opt = std::make_shared<ListOptions>();
  cli.add_option("--status", opt->statuses,
                 "Only this status (repeat for several), e.g. \"In Progress\"");
  cli.add_option("--category", opt->categories,
                 "Only this category (repeat for several): not-started, in-progress, complete, "
                 "not-applicable, no-update, no-status");
  cli.add_option("--owner", opt->owner, "Only owners containing this text (any case)");
  cli.add_flag("--overdue", opt->overdue,
               "Only those past their deadline and not done; in a table, then the actions past "
               "their target and not complete");
  cli.add_option("--due-within", opt->due_within,
                 "Only those not done and due within this span: 30d, 6w or 3m");
  cli.add_option("--as-of", opt->as_of, "Treat this date (YYYY-MM-DD) as today");
  cli.add_option("--sort", opt->sort, "Order: id, deadline or status (default id)")
      .one_of({"id", "deadline", "status"});
  cli.add_option("--format", opt->format, "Output: table, json or csv (default table)")
      .one_of({"table", "json", "csv"});
  cli.add_option("--width", opt->width,
                 "Fit the table in this many columns (default: the terminal's, else 80; "
                 "0: no limit)")
      .non_negative();
  return {[opt, &ctx] { return LoadRequest{ctx.as_of(opt->as_of)}; },
          [opt, &ctx](PlanInput& in) { return run_list(*opt, *in.loaded, ctx); }};
}

}  // namespace

extern const Command command_list{
    "list", "One line per recommendation: deadline, owner, status, last update, overdue",
    "Examples:\n"
    "  plan list                                # every recommendation\n"
    "  plan list --overdue --as-of 2025-04-01   # past their deadline and not done\n"
    "  plan list --due-within 30d --sort deadline\n"
    "  plan list --status \"In Progress\" --owner chief\n"
    "  plan list --category no-update           # nothing recorded yet\n"
    "  plan list --format csv > progress.csv\n\n"
    "Filters combine: a row must pass all of them. Internal updates count (this is\n"
    "the analysts' view). Colour only on a terminal, and never when NO_COLOR is set.",
    Phase::plan_valid, setup_list};

}  // namespace plan
