// plan diff's three ways of showing changes: text for a terminal, Markdown
// for a pull-request comment or a CI job summary, and JSON for programs.
#pragma once

#include <string>

#include "diff/plan_changes.h"

namespace plan {

std::string diff_text(const PlanChanges& c);
std::string diff_markdown(const PlanChanges& c);
std::string diff_json(const PlanChanges& c);

}  // namespace plan
