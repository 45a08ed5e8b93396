// Putting an imported plan on disk: the files it consists of, the plan
// files already there (which are never replaced without --force), and
// writing all of them atomically.
#pragma once

#include <string>
#include <vector>

#include "model/plan.h"

namespace plan {

struct PlanFileText {
  std::string path;  // relative to the output folder: plan/recommendations/7.yaml
  std::string text;
};

/// plan/plan.yaml and plan/recommendations/<id>.yaml, in that order.
std::vector<PlanFileText> imported_plan_files(const Plan& plan);

/// Plan files already in out_dir (paths as people see them): plan/plan.yaml,
/// plan.yaml and plan/recommendations/*.yaml.
std::vector<std::string> existing_plan_files(const std::string& out_dir);

/// A folder fresh from plan init: its only recommendation is init's
/// example, which an import replaces without --force.
bool holds_only_init_example(const std::string& out_dir, const std::vector<std::string>& existing);

struct WriteOutcome {
  std::string error;                 // "" when every file was written
  std::vector<std::string> removed;  // old recommendation files not in the import
};

/// Writes every file under out_dir, all or none: each is written under a
/// temporary name first and renamed into place only when all are written.
/// With remove_others, recommendation files the import does not have are removed.
WriteOutcome write_plan_files(const std::string& out_dir, const std::vector<PlanFileText>& files,
                              bool remove_others);

}  // namespace plan
