// Checks a merged recommendation file by the rules plan update applies to
// the text it writes (plan validate's rules, within the rest of the plan),
// before the merge driver accepts it.
#pragma once

#include <string>

#include "diag/diagnostic.h"
#include "model/date.h"

namespace plan {

struct MergeCheck {
  bool checked = false;  // false: no plan around the file, so nothing was checked
  std::string file;      // the file as messages name it
  Diagnostics errors;    // in the merged file (or in plan.yaml)
  std::string why_unchecked;
};

/// path is the file's path in the repository (git's %P), relative to the
/// current folder, which git makes the top of the work tree.
MergeCheck check_merged(const std::string& path, const std::string& text, Date today);

}  // namespace plan
