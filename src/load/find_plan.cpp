#include "load/find_plan.h"

#include <cerrno>

#include "load/loader.h"
#include "util/files.h"
#include "util/platform.h"

namespace plan {
namespace {

// Anything at path, even if not a regular file: the loader then says what is
// wrong with it, which is clearer than "no plan.yaml".
bool exists(const std::string& path) {
  return !os::status(path, true).error;
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
  os::Status st = os::status(path, true);
  if (st.error)
    return st.error == ENOENT ? "no such folder " + where
                              : "cannot open folder " + where + ": " + os::error_text(st.error);
  if (st.kind != os::Kind::folder) return where + " is not a folder";
  if (int err = os::can_read_folder(path))
    return "cannot open folder " + where + ": " + os::error_text(err);
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
  std::string up = ".", last;
  for (int depth = 0; depth < 64; ++depth) {
    std::string found = plan_dir_in(up);
    if (!found.empty()) return checked(found);
    if (os::status(up, true).error) break;
    if (depth > 0 && os::same_folder(up, last)) break;  // at the top (/ or C:\)
    last = up;
    up = depth == 0 ? ".." : up + "/..";
  }
  return {"",
          "no plan found: there is no plan/plan.yaml or plan.yaml here or in any folder above; "
          "use -C DIR or set PLAN_DIR, or create one with 'plan init'"};
}

}  // namespace plan
