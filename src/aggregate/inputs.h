// What plan aggregate reads: each argument is a plan folder (a force's
// repository or its plan/ folder), an export file (plan export --format
// json), or a folder of such inputs. Works the arguments out into a list of
// inputs without reading any plan, so a bad argument is refused by path.
// One force is one force: a repository and its plan/ folder given both (or
// one folder given twice, by any path) are one input, and the second is
// refused by name. Every entry met in a folder of inputs is either read or
// named as not read, with why.
#pragma once

#include <string>
#include <vector>

#include "aggregate/aggregate.h"

namespace plan {

struct InputRef {
  // page: a published page fetched for a manifest (aggregate/collect.h),
  // read through plan import's pipeline against the report.
  enum class Kind { plan_folder, export_file, page };
  Kind kind = Kind::plan_folder;
  std::string path;  // the folder holding plan.yaml, the .json file, or the page
};

/// An entry of a folder of inputs that is not read, and why.
struct NotRead {
  std::string path;
  std::string reason;
};

struct InputList {
  std::vector<InputRef> inputs;
  std::vector<RefusedInput> refused;
  std::vector<NotRead> not_read;
};

/// Sorted by path, whatever the order of args; a folder of inputs contributes
/// its plan folders and .json files (any case of the suffix).
InputList find_inputs(const std::vector<std::string>& args);

}  // namespace plan
