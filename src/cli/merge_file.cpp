// plan merge-file BASE OURS THEIRS [--path P]: the git merge driver for
// recommendation files (git calls it as `plan merge-file %O %A %B --path %P`).
// Writes the merge into OURS; exit 0 merged cleanly, 1 conflicts or a result
// that breaks plan validate's rules (git then stops), 2 usage or I/O.
#include <ostream>

#include "cli/command.h"
#include "diag/print_diagnostics.h"
#include "load/limits.h"
#include "merge/check_merged.h"
#include "merge/merge_plan_file.h"
#include "util/files.h"
#include "util/terminal_text.h"
#include "util/write_files.h"

namespace plan {
namespace {

struct MergeFileOptions {
  std::string base, ours, theirs, path;
};

std::string read_input(const std::string& file, const char* what) {
  ReadResult r = read_file(file, limits::max_file_bytes);
  if (!r.ok) throw UsageError{std::string("cannot read the ") + what + " version: " + r.error};
  if (r.data.size() > limits::max_file_bytes)
    throw UsageError{std::string("the ") + what + " version '" + file + "' is over 10 MiB"};
  return std::move(r.data);
}

LineSource lines_of(const std::string& file, const std::string& text) {
  auto lines = std::make_shared<std::vector<std::string>>(split_lines(text));
  return [file, lines](const std::string& f, int line) -> std::string {
    if (f != file || line < 1 || size_t(line) > lines->size()) return "";
    return (*lines)[size_t(line - 1)];
  };
}

int run_merge_file(const MergeFileOptions& opt, Context& ctx) {
  std::string base = read_input(opt.base, "common ancestor's");
  std::string ours = read_input(opt.ours, "current (ours)");
  std::string theirs = read_input(opt.theirs, "other (theirs)");
  std::string shown = opt.path.empty() ? opt.ours : opt.path;
  PlanFileMerge merged = merge_plan_file(base, ours, theirs, {});
  if (std::string e = replace_file(opt.ours, merged.text); !e.empty()) throw UsageError{e};
  if (merged.conflicts > 0) {
    std::string at;
    for (int line : merged.conflict_lines) at += (at.empty() ? "" : ", ") + std::to_string(line);
    ctx.err << terminal_safe(shown) << ": " << merged.conflicts
            << (merged.conflicts == 1 ? " conflict" : " conflicts") << " (line"
            << (merged.conflicts == 1 ? " " : "s ") << at
            << "): both sides changed the same lines. Keep what is right between the "
               "<<<<<<< and >>>>>>> markers, delete the markers, check with 'plan validate', "
               "then 'git add' the file.\n";
    return exit_plan_errors;
  }
  if (opt.path.empty()) return exit_ok;
  MergeCheck check = check_merged(opt.path, merged.text, ctx.today);
  if (!check.checked) {
    ctx.err << "plan merge-file: note: " << terminal_safe(opt.path)
            << " merged as text only, not checked: " << check.why_unchecked << "\n";
    return exit_ok;
  }
  if (check.errors.errors() == 0) return exit_ok;
  ctx.err << "plan merge-file: " << terminal_safe(opt.path)
          << " merged without conflicts, but the result breaks plan validate's rules, so git "
             "leaves it for you to fix (then 'git add' it):\n";
  write_text(ctx.err, check.errors, lines_of(check.file, merged.text));
  return exit_plan_errors;
}

CommandRun setup_merge_file(Options& cli, Context& ctx) {
  auto opt = std::make_shared<MergeFileOptions>();
  cli.add_option("BASE", opt->base, "The common ancestor's version (git's %O)").required();
  cli.add_option("OURS", opt->ours, "Our version, replaced by the result (git's %A)").required();
  cli.add_option("THEIRS", opt->theirs, "Their version (git's %B)").required();
  cli.add_option("--path", opt->path,
                 "The file's path in the repository (git's %P), for messages and checking");
  return {{}, [opt, &ctx](PlanInput&) { return run_merge_file(*opt, ctx); }};
}

}  // namespace

extern const Command command_merge_file{
    "merge-file", "Merge three versions of a recommendation file (git's merge driver)",
    "Example:\n"
    "  git config merge.plan.driver \"plan merge-file %O %A %B --path %P\"\n\n"
    "That is what 'plan git-setup' puts in the clone's config; git then runs it for files\n"
    "that .gitattributes marks 'merge=plan'.\n"
    "Updates both sides added to the same list are all kept, in date order; other changes\n"
    "merge as git merges lines, and changes both sides made to the same lines are a\n"
    "conflict with the usual markers. The result is written to OURS.\n"
    "Exit status: 0 merged, 1 conflicts or the result breaks a rule, 2 usage or I/O problem.",
    Phase::no_plan, setup_merge_file};

}  // namespace plan
