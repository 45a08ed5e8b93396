// Setting up the merge driver in a clone: .gitattributes names the driver
// (a committed file), but git only runs a driver whose command is in the
// clone's own config, never one from committed files. `plan git-setup`
// writes that config; plan validate warns when it is missing.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace plan {

inline constexpr const char* merge_driver_name = "plan";
inline constexpr const char* merge_driver_command = "plan merge-file %O %A %B --path %P";

/// The .gitattributes line for the recommendation files of the plan in
/// plan_dir (relative to the repository's top folder, e.g. "plan").
std::string gitattributes_line(const std::string& plan_dir_in_repo);

/// The value git resolves for the `merge` attribute of a recommendation file
/// of the plan in plan_dir (`git check-attr`): "plan" when set up, "" when
/// git cannot tell.
std::string resolved_merge_attribute(const std::string& top, const std::string& plan_dir);

/// The 1-based line of .gitattributes text that gives some path `merge=plan`, or 0.
int attributes_line_naming_driver(const std::string& attributes);

/// In a git work tree whose .gitattributes names the driver while the clone's
/// config lacks merge.plan.driver, a warning on that line [merge-driver].
/// Nothing outside a git work tree, or when git cannot be run.
void check_merge_driver(const std::string& plan_dir, Diagnostics& out);

struct GitSetupResult {
  bool ok = false;
  std::vector<std::string> done;     // what was changed, one sentence each
  std::vector<std::string> already;  // what was already in place
  std::string error;
};

/// Adds merge.plan.name and merge.plan.driver to the local config and the
/// .gitattributes line when missing; changes nothing already right.
GitSetupResult set_up_merge_driver(const std::string& plan_dir);

}  // namespace plan
