// The force's own side of a recommendation on the page: its response and
// the actions it will take, with their targets' history and RAG in words.
// Only what the plan says: nothing here is derived beyond the latest update.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/plan.h"
#include "render/page_view.h"

namespace plan {

/// An id as part of an anchor: letters and digits kept, anything else "-"
/// ("7.1" -> "7-1", so "evidence-7-1").
std::string anchor_part(const std::string& id);

/// "27 March 2025" or "January 2025" (never an invented day), or the text as written.
DateView date_view_of(const DateField& d);

/// The date that sorts and counts for a field: a month stands for its last
/// day (docs/force-plan.md), so "2025-01" sorts after "2025-01-15".
std::string sort_key(const DateField& d);
std::string sort_key(const DateView& d);

/// "Amber" beside its colour key; nullopt when the update gives no RAG.
std::optional<RagView> rag_view(const std::string& rag);

/// nullopt when the recommendation has no response.
std::optional<ResponseView> response_view(const Response& r);

/// "target 31 March 2025, moved to 30 June 2025 on 2 February 2025: supplier delay".
TargetView target_view(const Action& a);

/// An action as the table shows it, as of the page's date.
ActionView action_view(const Plan& plan, const Action& a, const std::string& evidence_id,
                       Date as_of);

/// The recommendation's actions, then each evidence requirement's, in file order.
std::vector<ActionView> action_views(const Plan& plan, const Recommendation& rec, Date as_of);

/// "action-7a", "action-7-1b".
std::string action_anchor(const std::string& id);

}  // namespace plan
