// The shared status scale: every plan's own status words ("Action complete",
// "Ongoing", "On track") map to one category, so forces can be lined up.
// Three categories are never a status a force chose: no-update (nothing has
// been published for the recommendation), no-status (updates were published
// but none gives a status: dated notes only) and not-answered (the plan has
// no answer the scale can use: a report's recommendation the plan lacks, or a
// status word the plan does not define).
#pragma once

#include <optional>
#include <string>

#include "model/plan.h"
#include "model/progress.h"

namespace plan {

/// "not-started", "in-progress", "complete", "not-applicable", "no-update", "not-answered",
/// "no-status".
const char* category_name(Category c);

/// How people read it: "not started", …, "no update published", "not answered".
const char* category_label(Category c);

/// The category named so ("in-progress"); nullopt for any other text. Only
/// the four a status may mean are accepted when status_only is set.
std::optional<Category> category_from_name(const std::string& name, bool status_only = true);

/// The category of one of the plan's statuses; not_answered for a word the
/// plan does not define.
Category category_of_status(const Plan& plan, const std::string& status);

/// Where a recommendation stands on the shared scale: no_update when
/// nothing has been published (recorded) for it, no_status when only
/// updates with no status have.
Category category_of(const Plan& plan, const Progress& progress);

/// The positional meaning of the simple list form: first not-started,
/// last complete, others in-progress (a list of one means complete).
Category positional_category(size_t index, size_t count);

}  // namespace plan
