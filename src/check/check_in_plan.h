// Checking one file's new text within the rest of the plan, by plan
// validate's rules, before it is written (plan update, plan new, the merge driver).
#pragma once

#include <string>

#include "diag/diagnostic.h"
#include "model/date.h"
#include "model/plan.h"

namespace plan {

/// Loads text as the recommendation file `file` in place of its old version
/// (or as a new file) and runs plan validate's rules on the plan. Errors in
/// `file` or plan.yaml go to errors, warnings in `file` to warnings.
void check_in_plan(const Plan& plan, const std::string& file, const std::string& text, Date today,
                   Diagnostics& errors, Diagnostics& warnings);

/// The same, and errors about which file is which recommendation go to
/// errors wherever they are (a duplicate 07.yaml beside 7.yaml, two files
/// with one id, a file that is not loaded: plan_wide_rule). found_loading
/// is what loading the whole plan reported (`file`'s own entries are
/// replaced by text's). What plan update and plan new check before writing.
void check_in_plan(const Plan& plan, const Diagnostics& found_loading, const std::string& file,
                   const std::string& text, Date today, Diagnostics& errors, Diagnostics& warnings);

/// Rules about which recommendations have files (report-missing): plan.yaml
/// is not refused for them before an edit; an edit must not bring new ones.
bool coverage_rule(const std::string& rule);

/// Rules whose errors make it unclear which file holds which recommendation,
/// or whether every file is read: an edit anywhere waits until they are fixed.
bool plan_wide_rule(const std::string& rule);

}  // namespace plan
