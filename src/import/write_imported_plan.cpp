#include "import/write_imported_plan.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "edit/yaml_write.h"
#include "load/loader.h"
#include "util/files.h"
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
  outcome.error = make_directories(join_path(out_dir, recommendations_dir));
  if (!outcome.error.empty()) return outcome;
  std::vector<StagedFile> staged;
  for (const PlanFileText& f : files) {
    StagedFile s;
    outcome.error = stage_file(join_path(out_dir, f.path), f.text, s);
    if (!outcome.error.empty()) {
      for (const StagedFile& done : staged) discard_staged(done);
      return outcome;
    }
    staged.push_back(s);
  }
  for (size_t i = 0; i < staged.size(); ++i) {
    outcome.error = commit_staged(staged[i]);
    if (!outcome.error.empty()) {
      for (size_t j = i + 1; j < staged.size(); ++j) discard_staged(staged[j]);
      return outcome;
    }
  }
  if (!remove_others) return outcome;
  std::string recs = join_path(out_dir, recommendations_dir);
  std::string ignored;
  for (const std::string& name : list_files(recs, ".yaml", ignored)) {
    std::string rel = std::string(recommendations_dir) + "/" + name;
    bool imported = std::any_of(files.begin(), files.end(),
                                [&](const PlanFileText& f) { return f.path == rel; });
    if (imported) continue;
    std::string path = join_path(out_dir, rel);
    if (::unlink(path.c_str()) != 0) {
      outcome.error = "cannot remove '" + path + "': " + std::strerror(errno);
      return outcome;
    }
    outcome.removed.push_back(path);
  }
  return outcome;
}

}  // namespace plan
