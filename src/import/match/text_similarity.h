// How alike two texts are in their words, for matching a force's paraphrase
// of a recommendation to the report's wording. Words are lower-cased, common
// words dropped, Porter-stemmed and a few synonyms the reports and forces
// use for the same thing brought together ("offence" and "crime"); texts are
// then compared as sets of such words, so reordered or reworded sentences
// still score high. WordWeights gives each word a weight by how few of the
// report's texts use it (inverse document frequency), so a word in every
// recommendation ("stalking" in a stalking report) counts for little.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace plan {

/// The normalised content words of text, sorted and without repeats.
std::vector<std::string> content_words(std::string_view text);

/// 0 (no word in common) to 1 (the same words); 0 when either has none.
/// Every word counts the same.
double word_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b);

/// Weights of words over a set of texts (the report's): log((1 + N) / (1 + n)) + 1
/// for a word in n of the N texts, so a word in none weighs most.
class WordWeights {
 public:
  WordWeights() = default;
  explicit WordWeights(const std::vector<std::string>& texts);
  double weight(const std::string& word) const;

 private:
  std::map<std::string, int, std::less<>> texts_with_;
  int texts_ = 0;
};

/// The weighted cosine of the two sets of content words: 0 to 1.
double word_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b,
                       const WordWeights& weights);

}  // namespace plan
