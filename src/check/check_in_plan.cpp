// Checking one file's new text within the rest of the plan, by plan
// validate's rules: what plan update, plan new and the merge driver do
// before a file is written.
#include "check/check_in_plan.h"

#include <algorithm>
#include <set>
#include <utility>

#include "check/load_checked.h"
#include "check/rules.h"

namespace plan {

bool coverage_rule(const std::string& rule) {
  return rule == "report-missing" || rule == "not-applicable-answered";
}

bool plan_wide_rule(const std::string& rule) {
  static const char* const rules[] = {"file-name",          "id-matches-file", "id-unique",
                                      "no-recommendations", "not-loaded",      "plan-too-large",
                                      "read-error",         "symlink",         "too-many-files"};
  return std::any_of(std::begin(rules), std::end(rules), [&](const char* r) { return rule == r; });
}

namespace {

// found_loading nullptr: errors in file and plan.yaml only.
void check_text_in_plan(const Plan& plan, const Diagnostics* found_loading, const std::string& file,
                        const std::string& text, Date today, Diagnostics& errors,
                        Diagnostics& warnings) {
  Plan edited = plan;
  Recommendation rec;
  Diagnostics found;
  if (found_loading)
    for (const Diagnostic& d : found_loading->items())
      if (d.file != file && d.file != plan.file) found.add(d);
  bool loaded = load_recommendation_text(text, file, rec, found);
  auto& recs = edited.recommendations;
  recs.erase(std::remove_if(recs.begin(), recs.end(),
                            [&](const Recommendation& r) { return r.file == file; }),
             recs.end());
  // Evidence requirements of this recommendation claimed by another file
  // ("7.1" in 8.yaml): where evidence-id-format reports them.
  std::set<std::pair<std::string, int>> claimed;
  if (loaded && rec.id > 0)
    for (const Recommendation& other : recs)
      for (const Evidence& ev : other.evidence)
        if (other.id != rec.id && ev.id.substr(0, ev.id.find('.')) == std::to_string(rec.id))
          claimed.insert({other.file, ev.id_pos.line});
  if (loaded) {
    // Where the loader puts it (by id, then file name), so messages about
    // two files with one id read as plan validate's do.
    auto at = std::upper_bound(recs.begin(), recs.end(), rec,
                               [](const Recommendation& a, const Recommendation& b) {
                                 return a.id != b.id ? a.id < b.id : a.file < b.file;
                               });
    recs.insert(at, std::move(rec));
    check_plan(edited, today, found);
  }
  // plan.yaml's errors about which recommendations have files that it had
  // before the edit (report-missing for a file not written yet) are not
  // the edit's doing; those the edit brings (not-applicable-answered) are.
  std::set<std::pair<std::string, std::string>> had;
  if (found_loading) {
    Diagnostics before;
    check_plan(plan, today, before);
    for (const Diagnostic& d : before.items())
      if (d.file == plan.file && coverage_rule(d.rule)) had.insert({d.rule, d.message});
  }
  found.sort();
  for (const Diagnostic& d : found.items()) {
    if (d.file == plan.file && had.count({d.rule, d.message})) continue;
    bool across =
        found_loading && (plan_wide_rule(d.rule) ||
                          (d.rule == "evidence-id-format" && claimed.count({d.file, d.line}) > 0));
    if (d.severity == Severity::error && (d.file == file || d.file == plan.file || across))
      errors.add(d);
    if (d.severity == Severity::warning && d.file == file) warnings.add(d);
  }
}

}  // namespace

void check_in_plan(const Plan& plan, const std::string& file, const std::string& text, Date today,
                   Diagnostics& errors, Diagnostics& warnings) {
  check_text_in_plan(plan, nullptr, file, text, today, errors, warnings);
}

void check_in_plan(const Plan& plan, const Diagnostics& found_loading, const std::string& file,
                   const std::string& text, Date today, Diagnostics& errors,
                   Diagnostics& warnings) {
  check_text_in_plan(plan, &found_loading, file, text, today, errors, warnings);
}

}  // namespace plan
