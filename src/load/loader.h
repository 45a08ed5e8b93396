// Loads a whole plan: plan.yaml and every recommendations/<id>.yaml, each
// through raw-byte checks, YAML parsing and the model builder. Files are
// loaded in parallel; the result never depends on the order threads finish in.
// Loading knows nothing of check/: the caller passes in what to run on each
// file's YAML tree (check/load_checked.h passes the JSON Schema check), so
// commands use check/load_checked.h, not this file.
#pragma once

#include <functional>
#include <string>

#include "diag/diagnostic.h"
#include "load/yaml_tree.h"
#include "model/plan.h"
#include "util/paths.h"

namespace plan {

struct LoadedPlan {
  Plan plan;
  Diagnostics diagnostics;
  int files = 0;           // files looked at
  bool io_failed = false;  // plan.yaml or the folder could not be read at all
};

/// What a command needs of the prose fields (recommendation and evidence
/// text, milestone text, update notes). Checking needs only whether each is
/// empty; keeping every word of a national plan in memory would cost more
/// than the files themselves.
enum class Prose { keep, presence_only };

/// Stands in for a non-empty prose field loaded with Prose::presence_only.
inline constexpr const char* prose_present = "\xE2\x80\xA6";  // "…"

enum class FileKind { plan, recommendation, report };

/// Run on each file's YAML tree as soon as it is parsed, before the model is
/// built, from the thread that parsed it (so it must be safe to call from
/// several threads at once). Its problems count towards the file's cap.
using TreeCheck = std::function<void(const YNode& root, FileKind kind, const std::string& file,
                                     Diagnostics& out)>;

/// Loads from the folder holding plan.yaml. Paths in messages start with dir.
/// threads 0 means one per core. With recommendations false, only plan.yaml
/// is read (an edit of one file needs no more). With recommendations, the
/// report plan.yaml names is read too (Plan::report_data).
LoadedPlan load_plan_files(const std::string& dir, const TreeCheck& check, int threads = 0,
                           bool recommendations = true, Prose prose = Prose::keep);

/// The names of the files in rec_dir to load (regular files ending in .yaml,
/// sorted). Everything else is reported: a symbolic link ("symlink", never
/// followed), a sub-folder or a file of another name ("not-loaded"), so no
/// recommendation drops off the page silently. Sets error when the folder
/// cannot be read.
std::vector<std::string> recommendation_files(const std::string& rec_dir, Diagnostics& out,
                                              std::string& error);

/// The ids that recommendations/<id>.yaml file names give, sorted; for
/// suggesting the nearest id without reading every file.
std::vector<int> recommendation_ids_on_disk(const std::string& dir);

/// Loads one recommendation file's text (no disk access). file is the path
/// shown in messages; its stem is not checked here (see check_plan).
/// Returns false when the text could not be read as a recommendation at all.
bool load_recommendation_file_text(const std::string& text, const std::string& file,
                                   Recommendation& rec, Diagnostics& out, const TreeCheck& check);

/// Loads plan.yaml's text (no disk access).
bool load_plan_file_text(const std::string& text, const std::string& file, Plan& plan,
                         Diagnostics& out, const TreeCheck& check);

/// Where the report file named `path` in plan.yaml is: from the folder above
/// the plan folder (the repository, as plan init lays it out), else from the
/// plan folder itself.
std::string report_location(const std::string& plan_dir, const std::string& path);

/// The folder report_location reads path from: the repository's top folder
/// (the plan folder itself when it holds .git).
std::string report_base(const std::string& plan_dir, const std::string& path);

/// Why a report path in plan.yaml is refused before anything is read, or "":
/// an absolute path, a '..', or a hidden part such as .git (the policy in
/// docs/robustness.md). Links on the way are checked on the disk.
std::string report_path_problem(const std::string& path);

}  // namespace plan
