#include "load/find_plan.h"

#include <sys/stat.h>
#include <unistd.h>

#include "load/loader.h"
#include "util/files.h"

namespace plan {
namespace {

// DIR/plan/plan.yaml or DIR/plan.yaml.
std::string plan_dir_in(const std::string& dir) {
  std::string nested = join_path(dir, "plan");
  if (is_file(join_path(nested, "plan.yaml"))) return nested;
  if (is_file(join_path(dir, "plan.yaml"))) return dir;
  return "";
}

}  // namespace

PlanDirResult find_plan_dir(const std::string& explicit_dir, const std::string& env_dir) {
  for (const auto& [given, how] : {std::pair{explicit_dir, "-C"}, std::pair{env_dir, "PLAN_DIR"}}) {
    if (given.empty()) continue;
    if (!is_directory(given)) return {"", "no such folder '" + given + "' (from " + how + ")"};
    std::string found = plan_dir_in(given);
    if (found.empty())
      return {"", "no plan.yaml in '" + given + "' or '" + join_path(given, "plan") + "' (from " +
                      how + ")"};
    return {found, ""};
  }
  std::string up = ".";
  struct stat last {};
  for (int depth = 0; depth < 64; ++depth) {
    std::string found = plan_dir_in(up);
    if (!found.empty()) return {found, ""};
    struct stat here {};
    if (::stat(up.c_str(), &here) != 0) break;
    if (depth > 0 && here.st_ino == last.st_ino && here.st_dev == last.st_dev) break;  // at /
    last = here;
    up = depth == 0 ? ".." : up + "/..";
  }
  return {"",
          "no plan found: there is no plan/plan.yaml or plan.yaml here or in any folder above; "
          "use -C DIR or set PLAN_DIR, or create one with 'plan init'"};
}

}  // namespace plan
