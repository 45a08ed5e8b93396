// What status words mean, from one table of wordings (status_words.cpp).
// The default scale's own words (Not Started, In Progress, Complete) keep
// their meaning; any other word in a plan declares it (`means:`). Import
// writes the meaning where the word says it plainly ("Action complete",
// "Closed", "Done" -> complete; "Not yet started" -> not started; "N/A" ->
// not applicable; "Ongoing", "On track" -> in progress); validate suggests
// one where a word hints at it. Never guessed silently.
#pragma once

#include <optional>
#include <string_view>

#include "model/plan.h"

namespace plan {

/// The meaning of a word of the built-in default scale (in any case), which
/// needs no `means:`; nullopt for any other word.
std::optional<Category> default_scale_meaning(std::string_view status);

/// The category the whole word plainly means; nullopt when it does not say
/// (and for RAG colours, which are never a status).
std::optional<Category> status_word_meaning(std::string_view word);

/// What a status word most likely means, to suggest a `means:` ("Closed -
/// see note" -> complete). nullopt when the word does not say, or when it
/// is a RAG colour (see is_rag_word).
std::optional<Category> meaning_suggested_by(std::string_view status);

/// "Complete – BAU", "Complete (see 7.1)", "Complete*": the plain meaning of
/// the status word it starts with, before a dash, a bracket or a mark;
/// nullopt when it starts with none (the whole word is not looked at).
std::optional<Category> leading_word_meaning(std::string_view status);

/// "Green", "Amber", "Red", "Blue" (any case, "RAG: Green" too): a judgement
/// that belongs in an update's `rag`, never a status.
bool is_rag_word(std::string_view status);

}  // namespace plan
