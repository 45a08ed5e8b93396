#include "check/load_checked.h"

#include "check/schema.h"

namespace plan {

TreeCheck schema_check() {
  return [](const YNode& root, FileKind kind, const std::string& file, Diagnostics& out) {
    check_schema(root, kind == FileKind::plan ? SchemaKind::plan : SchemaKind::recommendation, file,
                 out);
  };
}

LoadedPlan load_plan(const std::string& dir, int threads, bool recommendations, Prose prose) {
  return load_plan_files(dir, schema_check(), threads, recommendations, prose);
}

bool load_recommendation_text(const std::string& text, const std::string& file, Recommendation& rec,
                              Diagnostics& out) {
  return load_recommendation_file_text(text, file, rec, out, schema_check());
}

bool load_plan_text(const std::string& text, const std::string& file, Plan& plan,
                    Diagnostics& out) {
  return load_plan_file_text(text, file, plan, out, schema_check());
}

}  // namespace plan
