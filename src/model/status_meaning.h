// What a plan's status words mean: the default scale's words keep their
// meaning; any other word declares it (`means:`), and a suggestion drawn
// from the word helps the message that asks for it. Never guessed.
#pragma once

#include <optional>
#include <string>

#include "model/plan.h"

namespace plan {

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

}  // namespace plan
