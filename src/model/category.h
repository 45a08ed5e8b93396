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

/// The meaning of a word of the built-in default scale (Not Started, In
/// Progress, Complete, in any case), which needs no `means:`; nullopt for any other word.
std::optional<Category> default_scale_meaning(const std::string& status);

/// What a status word most likely means, to suggest a `means:` ("Action
/// complete", "Done", "Closed" -> complete; "Not yet started" -> not started;
/// "N/A" -> not applicable). nullopt when the word does not say, or when it
/// is a RAG colour (see is_rag_word).
std::optional<Category> meaning_suggested_by(const std::string& status);

/// "Green", "Amber", "Red", "Blue" (any case, "RAG: Green" too): a judgement
/// that belongs in an update's `rag`, never a status.
bool is_rag_word(const std::string& status);

/// The positional meaning of the simple list form: first not-started,
/// last complete, others in-progress (a list of one means complete).
Category positional_category(size_t index, size_t count);

}  // namespace plan
