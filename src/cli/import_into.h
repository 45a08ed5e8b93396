// plan import PAGE -C REPO: the page brought into a plan that is already
// there. The merging itself is import/merge_into_plan.h; this part finds and
// loads the plan, shows what would change (--dry-run), refuses to replace
// what the plan says without --force, and writes all or nothing.
#pragma once

#include <optional>
#include <string>

#include "cli/context.h"
#include "load/loader.h"
#include "model/plan.h"

namespace plan {

struct ExistingPlan {
  std::string dir;  // the folder holding plan.yaml
  LoadedPlan loaded;
};

/// The plan that -C names, loaded; nullopt (with the messages printed) when
/// it cannot be read well enough to write into.
std::optional<ExistingPlan> load_existing_plan(Context& ctx);

struct IntoOptions {
  std::string input;  // the page, as named on the command line
  bool force = false;
  bool dry_run = false;
};

/// Merges the page into the plan and writes the changed files; the exit code.
int import_into_plan(const ExistingPlan& into, const Plan& page, const IntoOptions& opt,
                     Context& ctx);

}  // namespace plan
