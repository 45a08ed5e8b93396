// Where one of the force's actions stands: overdue or not, and its target
// dates told as a history ("target 31 March 2025, moved to 30 June 2025 on
// 2 February 2025: supplier delay"), the same in show, export and the page.
#pragma once

#include <string>

#include "model/plan.h"

namespace plan {

/// Past its current target (a month target runs to the month's end, so it is
/// overdue from the first day of the next month) and not complete or not applicable.
bool action_overdue(const Plan& plan, const Action& action, Date as_of, bool include_internal);

/// The target and every move of it, oldest first, in words; "" when the
/// action has no target at all. A target_note ("Ongoing") is given as written.
std::string target_history(const Action& action);

/// The latest RAG rating among the updates ("" when none gives one).
std::string latest_rag(const std::vector<Update>& updates, bool include_internal);

/// The id the next action of a parent takes: "7a" for the first of
/// recommendation 7, then "7b" … "7z", "7aa", "7ab" …
std::string next_action_id(const std::string& parent, const std::vector<Action>& existing);

}  // namespace plan
