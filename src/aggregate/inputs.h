// What plan aggregate reads: each argument is a plan folder (a force's
// repository or its plan/ folder), an export file (plan export --format
// json), or a folder of such inputs. Works the arguments out into a list of
// inputs without reading any plan, so a bad argument is refused by path.
#pragma once

#include <string>
#include <vector>

#include "aggregate/aggregate.h"

namespace plan {

struct InputRef {
  enum class Kind { plan_folder, export_file };
  Kind kind = Kind::plan_folder;
  std::string path;  // the folder holding plan.yaml, or the .json file
};

struct InputList {
  std::vector<InputRef> inputs;
  std::vector<RefusedInput> refused;
};

/// In argument order; a folder of inputs contributes its entries sorted by
/// name (plan folders and .json files; other entries are passed over).
InputList find_inputs(const std::vector<std::string>& args);

}  // namespace plan
