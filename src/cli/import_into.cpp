#include "cli/import_into.h"

#include <fmt/format.h>

#include <algorithm>
#include <ostream>

#include "check/load_checked.h"
#include "check/rules.h"
#include "import/write/merge_into_plan.h"
#include "init/scaffold.h"
#include "text/unified_diff.h"
#include "util/plural.h"
#include "util/shell_quote.h"
#include "util/terminal_text.h"
#include "util/write_files.h"

namespace plan {

std::optional<ExistingPlan> load_existing_plan(Context& ctx) {
  ExistingPlan p;
  p.dir = ctx.plan_dir();  // -C: throws a usage error when there is no plan there
  p.loaded = load_plan(p.dir, 1);
  // A file that did not load cannot be merged into without losing what it holds.
  if (p.loaded.io_failed || p.loaded.diagnostics.errors() > 0) {
    write_text(ctx.err, p.loaded.diagnostics, {});
    ctx.err << fmt::format(
        "plan: error: the plan in {} cannot be read as it is (errors above); nothing was "
        "imported. Correct them first (plan -C {} validate shows them)\n",
        terminal_safe(p.dir), shell_quoted(ctx.plan_dir_option));
    return std::nullopt;
  }
  return p;
}

int import_into_plan(const ExistingPlan& into, const Plan& page, const IntoOptions& opt,
                     Context& ctx) {
  PlanMerge merge = merge_into_plan({into.loaded.plan, page, opt.input, opt.force});
  bool refused = std::any_of(merge.conflicts.begin(), merge.conflicts.end(),
                             [&](const MergeConflict& c) { return !opt.force || !c.forceable; });
  // Until the files are written, what is filled in is only what would be.
  const char* filled = opt.dry_run || refused ? "Would fill in " : "Filled in ";
  for (const std::string& line : merge.filled) ctx.out << filled << terminal_safe(line) << "\n";
  if (!merge.not_on_page.empty()) {
    std::string ids = and_list(merge.not_on_page);
    ctx.out << fmt::format("Not on the page, left as they are: {} {}\n",
                           merge.not_on_page.size() == 1 ? "recommendation" : "recommendations",
                           ids);
    // plan init's example is no recommendation of the force's: it is not
    // removed (an import changes only what the page gives), but said.
    for (const Recommendation& r : into.loaded.plan.recommendations)
      if (r.text == example_recommendation_text &&
          std::count(merge.not_on_page.begin(), merge.not_on_page.end(), r.id))
        ctx.out << fmt::format(
            "Recommendation {} is plan init's example, not the force's: delete {} once the "
            "page's recommendations are in\n",
            r.id, terminal_safe(r.file));
  }
  // Where the page words the report's side differently: kept as the plan has it.
  write_text(ctx.err, merge.differences, {});
  if (size_t n = merge.differences.items().size())
    ctx.out << fmt::format(
        "{} above where the page words the report's side otherwise; the plan keeps the "
        "report's\n",
        counted(n, "warning", "warnings"));
  bool cannot = std::any_of(merge.conflicts.begin(), merge.conflicts.end(),
                            [](const MergeConflict& c) { return !c.forceable; });
  for (const MergeConflict& c : merge.conflicts)
    ctx.err << fmt::format("plan: {} {}: {}\n",
                           !c.forceable  ? "cannot write"
                           : refused     ? "the page differs in"
                           : opt.dry_run ? "would replace in"
                                         : "replaced in",
                           c.where, terminal_safe(c.what));
  if (opt.dry_run) {
    for (size_t i = 0; i < merge.files.size(); ++i)
      ctx.out << unified_diff(merge.files[i].path, merge.before[i], merge.files[i].text);
    ctx.out << fmt::format(
        "Dry run: {} would change{}; nothing was written\n",
        counted(merge.files.size(), "file", "files"),
        cannot    ? " if the files above that cannot be written were not in the way"
        : refused ? fmt::format(" once --force lets the page replace the {} above",
                                counted(merge.conflicts.size(), "difference", "differences"))
                  : "");
    return refused ? exit_plan_errors : exit_ok;
  }
  if (refused) {
    ctx.err << fmt::format(
        "plan: error: {} (above); nothing was written.{}\n",
        counted(merge.conflicts.size(), "difference stops the import",
                "differences stop the import"),
        opt.force ? ""
                  : " Add --force to let the page's values replace the plan's, or --dry-run "
                    "to see every change first");
    return exit_plan_errors;
  }
  if (merge.files.empty()) {
    ctx.out << "Nothing to change: the plan already says what the page says\n";
    return exit_ok;
  }
  // All or nothing: a failure anywhere leaves every file as it was.
  std::vector<FileToWrite> set;
  for (const PlanFileText& f : merge.files) set.push_back({f.path, f.text, true});
  if (std::string error = write_file_set(set); !error.empty()) throw UsageError{error};
  for (size_t i = 0; i < merge.files.size(); ++i)
    ctx.out << (merge.before[i].empty() ? "Wrote " : "Updated ")
            << terminal_safe(merge.files[i].path) << "\n";
  LoadedPlan loaded = load_plan(into.dir, 1);
  if (!loaded.io_failed) check_plan(loaded.plan, ctx.today, loaded.diagnostics);
  ctx.out << fmt::format("Checked: {}{}\n", summary_line(loaded.diagnostics, loaded.files),
                         loaded.diagnostics.empty()
                             ? ""
                             : fmt::format("; to see them, run: plan -C {} validate",
                                           shell_quoted(ctx.plan_dir_option)));
  return loaded.diagnostics.errors() > 0 || loaded.io_failed ? exit_plan_errors : exit_ok;
}

}  // namespace plan
