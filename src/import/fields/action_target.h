// An action's target date cell as forces write it, into the action:
// "31/03/2025", "March 2025" (month precision), "Ongoing" (a target that is
// no date: target_note), "31/03/2025 revised to 30/06/2025" or "30/06/2025
// (was 31/03/2025)" (the first target and a revision; the page gives no
// reason or decision date, and none is invented).
#pragma once

#include <string>
#include <string_view>

#include "model/plan.h"

namespace plan {

struct TargetReading {
  bool revised = false;    // the cell gave a later target too
  std::string unreadable;  // a date-shaped text that is no real date ("31/02/2025")
};

/// Fills the action's target, target_note and revisions from the cell;
/// positions are the cell's line.
TargetReading read_action_target(Action& action, std::string_view cell, int line);

/// "7a", "7b" … "7z", "7aa": the parent's id and the action's letters, the
/// action's place in its list counted from 0.
std::string action_id(const std::string& parent, size_t index);

/// Gives every action of the recommendation (and of its evidence
/// requirements) its id, from the ids the plan now has.
void number_actions(Recommendation& rec);

}  // namespace plan
