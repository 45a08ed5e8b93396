#include "merge/check_merged.h"

#include <filesystem>

#include "check/check_in_plan.h"
#include "check/load_checked.h"
#include "check/rules.h"
#include "load/loader.h"
#include "util/files.h"

namespace plan {

MergeCheck check_merged(const std::string& path, const std::string& text, Date today) {
  namespace fs = std::filesystem;
  MergeCheck out;
  fs::path p(path);
  if (p.parent_path().filename() != "recommendations" || p.extension() != ".yaml") {
    out.why_unchecked = "not a recommendation file (plan/recommendations/<id>.yaml)";
    return out;
  }
  std::string dir = p.parent_path().parent_path().string();
  if (dir.empty()) dir = ".";
  if (!is_file(join_path(dir, "plan.yaml"))) {
    out.why_unchecked = "no plan.yaml in " + dir;
    return out;
  }
  LoadedPlan loaded = load_plan(dir, 1, false);
  if (loaded.io_failed) {
    out.why_unchecked = "cannot read " + join_path(dir, "plan.yaml");
    return out;
  }
  out.checked = true;
  out.file = join_path(join_path(dir, "recommendations"), p.filename().string());
  Diagnostics warnings;
  check_in_plan(loaded.plan, out.file, text, today, out.errors, warnings);
  return out;
}

}  // namespace plan
