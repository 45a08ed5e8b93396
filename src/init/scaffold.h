// The files `plan init` writes: a plan with one example recommendation, the
// schemas, editor settings, a pre-commit hook and CI examples that validate
// on every push and publish the page on release. Text only; the command
// writes them to disk.
#pragma once

#include <string>
#include <vector>

#include "model/date.h"

namespace plan {

struct ScaffoldFile {
  std::string path;  // relative to the new repo's folder, with '/' separators
  std::string content;
};

/// Every file, in the order they are listed to the user. today dates the
/// plan's publication and the example update; the example deadline is six
/// months later.
std::vector<ScaffoldFile> scaffold_files(Date today);

}  // namespace plan
