// Loading a plan with its structure checked: load/ reads and parses each
// file, and as each file's YAML tree is ready (in the loader's worker
// threads) its JSON Schema check runs on it. This is how commands, tests and
// fuzz targets load a plan; the rules on the whole plan (check_plan in
// check/rules.h) run after, on the model.
#pragma once

#include <string>

#include "load/loader.h"

namespace plan {

/// The schema check for each file kind, as load/ takes it.
TreeCheck schema_check();

/// load_plan_files with the schema check. Paths in messages start with dir;
/// threads 0 means one per core; with recommendations false only plan.yaml is read.
LoadedPlan load_plan(const std::string& dir, int threads = 0, bool recommendations = true,
                     Prose prose = Prose::keep);

/// One recommendation file's text, schema-checked (no disk access). file is
/// the path shown in messages. Returns false when it could not be read as a
/// recommendation at all.
bool load_recommendation_text(const std::string& text, const std::string& file, Recommendation& rec,
                              Diagnostics& out);

/// plan.yaml's text, schema-checked (no disk access).
bool load_plan_text(const std::string& text, const std::string& file, Plan& plan, Diagnostics& out);

}  // namespace plan
