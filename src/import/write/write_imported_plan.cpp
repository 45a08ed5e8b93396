#include "import/write/write_imported_plan.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "load/loader.h"
#include "text/yaml_write.h"
#include "util/files.h"
#include "util/platform.h"
#include "util/write_files.h"

namespace plan {
namespace {

const char* const recommendations_dir = "plan/recommendations";

std::string recommendation_path(int id) {
  return std::string(recommendations_dir) + "/" + std::to_string(id) + ".yaml";
}

}  // namespace

std::vector<PlanFileText> imported_plan_files(const Plan& plan) {
  std::vector<PlanFileText> files;
  files.push_back({"plan/plan.yaml", write_plan_file(plan)});
  for (const Recommendation& rec : plan.recommendations)
    files.push_back({recommendation_path(rec.id), write_recommendation_file(rec)});
  return files;
}

std::vector<std::string> existing_plan_files(const std::string& out_dir) {
  std::vector<std::string> found;
  for (const char* name : {"plan/plan.yaml", "plan.yaml"})
    if (is_file(join_path(out_dir, name))) found.push_back(join_path(out_dir, name));
  std::string recs = join_path(out_dir, recommendations_dir);
  std::string ignored;
  if (is_directory(recs))
    for (const std::string& name : list_files(recs, ".yaml", ignored))
      found.push_back(join_path(recs, name));
  return found;
}

WriteOutcome write_plan_files(const std::string& out_dir, const std::vector<PlanFileText>& files,
                              bool remove_others) {
  WriteOutcome outcome;
  // All or nothing, folders included (util/write_files.h).
  std::vector<FileToWrite> set;
  for (const PlanFileText& f : files)
    set.push_back({join_path(out_dir, f.path), f.text, true, out_dir.empty() ? "." : out_dir});
  outcome.error = write_file_set(set);
  if (!outcome.error.empty()) return outcome;
  if (!remove_others) return outcome;
  std::string recs = join_path(out_dir, recommendations_dir);
  std::string ignored;
  for (const std::string& name : list_files(recs, ".yaml", ignored)) {
    std::string rel = std::string(recommendations_dir) + "/" + name;
    bool imported = std::any_of(files.begin(), files.end(),
                                [&](const PlanFileText& f) { return f.path == rel; });
    if (imported) continue;
    std::string path = join_path(out_dir, rel);
    if (int err = os::remove_file(path)) {
      outcome.error = "cannot remove '" + path + "': " + os::error_text(err);
      return outcome;
    }
    outcome.removed.push_back(path);
  }
  return outcome;
}

// A folder fresh from plan init: its only recommendation is init's example,
// which an import replaces without --force.
bool holds_only_init_example(const std::string& out_dir, const std::vector<std::string>& existing) {
  bool example = false;
  for (const std::string& f : existing) {
    if (f == join_path(out_dir, "plan/plan.yaml")) continue;
    if (f != join_path(out_dir, "plan/recommendations/1.yaml")) return false;
    ReadResult r = read_file(f, 1 << 20);
    example = r.ok && r.data.find(
                          "The recommendation as published, word for word. One file per "
                          "recommendation") != std::string::npos;
  }
  return example;
}

}  // namespace plan
