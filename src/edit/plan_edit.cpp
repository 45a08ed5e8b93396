#include "edit/plan_edit.h"

#include <algorithm>
#include <set>
#include <utility>

#include "check/check_in_plan.h"
#include "check/load_checked.h"
#include "check/rules.h"

namespace plan {

bool EditOutcome::refused(std::string problem) {
  kind = Kind::refused;
  problems.push_back(std::move(problem));
  return false;
}

bool EditOutcome::io_error(std::string problem) {
  kind = Kind::io_error;
  problems.push_back(std::move(problem));
  return false;
}

bool open_plan_for_edit(const std::string& dir, int lock_wait_ms, Date today, EditOutcome& out,
                        LoadedPlan& loaded, bool all_recommendations) {
  std::string error;
  switch (out.lock.lock(dir, lock_wait_ms, error)) {
    case FolderLock::Result::locked:
      break;
    case FolderLock::Result::busy:
      return out.refused(error);
    case FolderLock::Result::failed:
      return out.io_error(error);
  }
  loaded = load_plan(dir, all_recommendations ? 0 : 1, all_recommendations);
  if (loaded.io_failed) {
    for (const Diagnostic& d : loaded.diagnostics.items()) out.problems.push_back(full_message(d));
    out.kind = EditOutcome::Kind::io_error;
    return false;
  }
  // plan.yaml's own problems, from loading it and from the rules on it.
  Diagnostics found = loaded.diagnostics;
  check_plan(loaded.plan, today, found);
  found.sort();
  for (const Diagnostic& d : found.items())
    if (d.file == loaded.plan.file && d.severity == Severity::error && !coverage_rule(d.rule))
      out.diagnostics.add(d);
  if (out.diagnostics.errors() > 0) {
    out.heading = loaded.plan.file +
                  " has errors; fix them first ('plan validate' lists them "
                  "all), then run this again:";
    out.kind = EditOutcome::Kind::refused;
    return false;
  }
  return true;
}

void write_outcome(EditOutcome& out, bool create, const EditOptions& opt) {
  if (opt.dry_run) {
    out.kind = EditOutcome::Kind::dry_run;
    return;
  }
  std::string error = create ? create_file(out.file, out.new_text, opt.before_rename)
                             : replace_file(out.file, out.new_text, opt.before_rename);
  if (!error.empty()) {
    out.io_error(error + (create ? "; nothing was created" : "; the file was not changed"));
    return;
  }
  out.kind = EditOutcome::Kind::written;
}

bool check_new_lines(const LoadedPlan& loaded, Date today, const std::string& what,
                     EditOutcome& out) {
  out.quoted_text = out.new_text;
  Diagnostics warnings;
  check_in_plan(loaded.plan, loaded.diagnostics, out.file, out.new_text, today, out.diagnostics,
                warnings);
  if (out.diagnostics.errors() > 0) {
    out.heading =
        "this " + what + " would leave " + out.file + " with errors, so it was not written:";
    out.kind = EditOutcome::Kind::refused;
    return false;
  }
  for (const Diagnostic& d : warnings.items())
    if (d.line >= out.first_line && d.line <= out.last_line) out.warnings.add(d);
  return true;
}

}  // namespace plan
