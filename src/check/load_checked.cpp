#include "check/load_checked.h"

#include "check/rules.h"
#include "check/schema.h"
#include "load/report_loader.h"

namespace plan {

// statuses_declared: a plan folder read from disk (plan_yaml's status words
// must declare their meaning, status-meaning); a text read alone, as tests
// and edits of one recommendation do, is checked by its schema only.
namespace {

TreeCheck tree_check(bool statuses_declared) {
  return [statuses_declared](const YNode& root, FileKind kind, const std::string& file,
                             Diagnostics& out) {
    SchemaKind schema = kind == FileKind::plan     ? SchemaKind::plan
                        : kind == FileKind::report ? SchemaKind::report
                                                   : SchemaKind::recommendation;
    check_schema(root, schema, file, out);
    if (statuses_declared && kind == FileKind::plan) check_status_meaning(root, file, out);
  };
}

}  // namespace

TreeCheck schema_check() {
  return tree_check(false);
}

LoadedPlan load_plan(const std::string& dir, int threads, bool recommendations, Prose prose) {
  return load_plan_files(dir, tree_check(true), threads, recommendations, prose);
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

namespace plan {

LoadedReport load_report(const std::string& path, const std::string& shown_path) {
  return load_report_file(path, shown_path, schema_check());
}

bool load_report_text(const std::string& text, const std::string& shown_path, Report& report,
                      Diagnostics& out) {
  return load_report_file_text(text, shown_path, report, out, schema_check());
}

}  // namespace plan
