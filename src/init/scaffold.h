// The files `plan init` writes: a plan with one example recommendation, the
// schemas, editor settings, a pre-commit hook and CI examples that validate
// on every push and publish the page on release. Text only; the command
// writes them to disk.
#pragma once

#include <string>
#include <vector>

#include "init/ci_templates.h"
#include "model/date.h"

namespace plan {

struct ScaffoldFile {
  std::string path;  // relative to the new repo's folder, with '/' separators
  std::string content;
};

/// Every file, in the order they are listed to the user. today dates the
/// plan's publication and the example update; the example deadline is six
/// months later. source is where the CI examples build plan from when no
/// released package is configured.
std::vector<ScaffoldFile> scaffold_files(Date today, const CiSource& source = {});

/// The text of the example recommendation plan init writes (1.yaml), so a
/// command can tell the example from a force's own recommendation 1.
extern const char* const example_recommendation_text;

}  // namespace plan
