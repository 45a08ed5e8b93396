// What a force's status word means on the shared scale, read from the word
// itself ("Action complete", "Closed", "Done" -> complete; "Not yet started"
// -> not started; "N/A" -> not applicable; "Ongoing", "On track" -> in
// progress). Used to write a status's meaning explicitly (`means:`) where the
// word says it; a word that does not say is left for the analyst to declare.
#pragma once

#include <optional>
#include <string_view>

#include "model/plan.h"

namespace plan {

/// The category the word plainly means; nullopt when it does not say (and
/// for RAG colours, which are never a status).
std::optional<Category> status_word_meaning(std::string_view word);

}  // namespace plan
