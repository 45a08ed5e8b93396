// Merges three versions of a recommendation file (the common ancestor, ours
// and theirs) the way analysts working on branches need: updates both sides
// appended to the same list are all kept, in date order (ours first on the
// same date), and everything else is merged line by line as git would, so a
// real clash still shows as a conflict. A pure function: text in, text out.
#pragma once

#include <string>
#include <vector>

#include "text/line_merge.h"

namespace plan {

struct PlanFileMerge {
  std::string text;
  int conflicts = 0;
  std::vector<int> conflict_lines;  // 1-based line of each conflict's first marker
  int updates_combined = 0;         // updates taken from theirs into a list ours also added to
  bool structured = false;          // false: the files were merged as plain lines only
};

/// labels.eol is ignored: markers use the line ending of ours.
PlanFileMerge merge_plan_file(const std::string& base, const std::string& ours,
                              const std::string& theirs, MergeLabels labels);

}  // namespace plan
