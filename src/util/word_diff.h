// A word-level diff of two texts, for telling a force where its wording of
// a recommendation departs from the report's: the changed words marked as
// `git diff --word-diff` does ([-old-]{+new+}), with a little context.
#pragma once

#include <string>
#include <vector>

namespace plan {

/// The words of text, split on white space.
std::vector<std::string> split_words(const std::string& text);

/// True when the texts have the same words (line breaks and spacing aside).
bool same_words(const std::string& a, const std::string& b);

/// One line: each run of changes as "[-from-]{+to+}" with up to context
/// words either side, runs apart joined by " … ". "" when the words agree.
/// Texts too long to compare word by word give a count of words instead.
std::string word_diff(const std::string& from, const std::string& to, size_t context = 3);

}  // namespace plan
