// How alike two texts are in their words, for matching a force's paraphrase
// of a recommendation to the report's wording: cosine of the sets of
// normalised content words (lower case, common words dropped, plural and
// verb endings cut), so reordered or reworded sentences still score high.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plan {

/// The normalised content words of text, sorted and without repeats.
std::vector<std::string> content_words(std::string_view text);

/// 0 (no word in common) to 1 (the same words); 0 when either has none.
double word_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace plan
