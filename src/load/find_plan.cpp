#include "load/find_plan.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "load/loader.h"
#include "util/files.h"

namespace plan {
namespace {

// Anything at path, even if not a regular file: the loader then says what is
// wrong with it, which is clearer than "no plan.yaml".
bool exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

// DIR/plan/plan.yaml or DIR/plan.yaml. A plan/ folder that is a symbolic
// link is found, so that it is refused rather than passed over.
std::string plan_dir_in(const std::string& dir) {
  std::string nested = join_path(dir, "plan");
  if (is_symlink(nested) || exists(join_path(nested, "plan.yaml"))) return nested;
  if (exists(join_path(dir, "plan.yaml"))) return dir;
  return "";
}

// The plan folder found inside the repository must not be a link: a command
// would read or write where it points, outside what git sees. The folder the
// user names (-C, PLAN_DIR) may itself be one.
PlanDirResult checked(const std::string& found) {
  if (is_symlink(found)) return {"", linked_folder_refusal(found), true};
  return {found, ""};
}

// Why path (given with -C or PLAN_DIR) cannot be used as a folder, or "".
std::string folder_problem(const std::string& path, const char* how) {
  std::string where = "'" + path + "' (from " + how + ")";
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    return errno == ENOENT ? "no such folder " + where
                           : "cannot open folder " + where + ": " + std::strerror(errno);
  if (!S_ISDIR(st.st_mode)) return where + " is not a folder";
  if (::access(path.c_str(), R_OK | X_OK) != 0)
    return "cannot open folder " + where + ": " + std::strerror(errno);
  return "";
}

}  // namespace

PlanDirResult find_plan_dir(const std::string& explicit_dir, const std::string& env_dir) {
  for (const auto& [given, how] : {std::pair{explicit_dir, "-C"}, std::pair{env_dir, "PLAN_DIR"}}) {
    if (given.empty()) continue;
    if (std::string problem = folder_problem(given, how); !problem.empty()) return {"", problem};
    std::string found = plan_dir_in(given);
    if (found.empty())
      return {"", "no plan.yaml in '" + given + "' or '" + join_path(given, "plan") + "' (from " +
                      how + ")"};
    return checked(found);
  }
  std::string up = ".";
  struct stat last {};
  for (int depth = 0; depth < 64; ++depth) {
    std::string found = plan_dir_in(up);
    if (!found.empty()) return checked(found);
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
