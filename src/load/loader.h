// Loads a whole plan: plan.yaml and every recommendations/<id>.yaml, each
// through raw-byte checks, YAML parsing, the JSON Schema and the model
// builder. Files are loaded in parallel; the result never depends on the
// order threads finish in.
#pragma once

#include <string>

#include "diag/diagnostic.h"
#include "model/plan.h"

namespace plan {

struct LoadedPlan {
  Plan plan;
  Diagnostics diagnostics;
  int files = 0;       // files looked at
  bool io_failed = false;  // plan.yaml or the folder could not be read at all
};

/// What a command needs of the prose fields (recommendation and evidence
/// text, milestone text, update notes). Checking needs only whether each is
/// empty; keeping every word of a national plan in memory would cost more
/// than the files themselves.
enum class Prose { keep, presence_only };

/// Stands in for a non-empty prose field loaded with Prose::presence_only.
inline constexpr const char* prose_present = "\xE2\x80\xA6";  // "…"

/// Loads from the folder holding plan.yaml. Paths in messages start with dir.
/// threads 0 means one per core. With recommendations false, only plan.yaml
/// is read (an edit of one file needs no more).
LoadedPlan load_plan(const std::string& dir, int threads = 0, bool recommendations = true,
                     Prose prose = Prose::keep);

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
bool load_recommendation_text(const std::string& text, const std::string& file,
                              Recommendation& rec, Diagnostics& out);

/// Loads plan.yaml's text (no disk access).
bool load_plan_text(const std::string& text, const std::string& file, Plan& plan,
                    Diagnostics& out);

/// The path of a file inside dir as people see it ("plan/plan.yaml").
std::string join_path(const std::string& dir, const std::string& name);

}  // namespace plan
