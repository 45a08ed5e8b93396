// Reads a plan as it was at a git revision, without checking anything out:
// `git cat-file --batch` hands over the files' bytes, which the ordinary
// loader parses as in-memory text. Only plan.yaml and the recommendation
// files that differ between the two sides are read, so a diff costs what
// changed, not the size of the plan.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/plan.h"

namespace plan {

/// One side of a diff: a revision, or (revision empty) the working tree.
struct PlanSide {
  std::string revision;  // "" = the files on disk
  std::string label;     // "HEAD", "the working tree"
};

struct SidePlans {
  bool ok = false;
  std::string error;                    // why not (a bad revision, not a git repository)
  Plan before, after;                   // plan.yaml and the changed recommendation files only
  std::vector<std::string> unreadable;  // files that did not load, with why
};

/// Loads the two sides of the plan in plan_dir.
SidePlans read_changed_sides(const std::string& plan_dir, const PlanSide& before,
                             const PlanSide& after);

}  // namespace plan
