// Finding the plan folder: -C DIR, else $PLAN_DIR, else the nearest
// plan/plan.yaml or plan.yaml from the current folder upward (as git finds .git).
#pragma once

#include <string>

namespace plan {

struct PlanDirResult {
  std::string dir;       // the folder holding plan.yaml, as a path relative to cwd where possible
  std::string error;     // set when nothing was found, or what was found is refused
  bool refused = false;  // found but refused (a plan/ folder that is a symbolic link)
};

/// explicit_dir and env_dir may be empty.
PlanDirResult find_plan_dir(const std::string& explicit_dir, const std::string& env_dir);

}  // namespace plan
