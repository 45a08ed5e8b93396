// What changed in the force's own side of a recommendation: its response,
// its actions (added, retargeted, status or RAG changed, updates added) and
// the RAG of its latest update (docs/force-plan.md).
#pragma once

#include "diff/plan_changes.h"

namespace plan {

/// Fills rc's response, actions and RAG fields and adds the actions'
/// updates to rc.updates_added / updates_removed. before is nullptr when
/// the recommendation is new.
void compare_force_plan(const Plan& after, const Recommendation* before, const Recommendation& now,
                        RecommendationChange& rc);

}  // namespace plan
