// A word diff of two texts, as `git diff --word-diff` shows one: the words
// kept, removed and added, with long kept stretches shortened to "…".
#pragma once

#include <string>
#include <vector>

namespace plan {

struct WordPiece {
  enum class Op { same, removed, added };
  Op op = Op::same;
  std::string text;  // words with the spaces between them
};

/// Kept runs of more than 2 × context words keep context words at each end
/// around "…" (the text's start and end keep only the side next to a change).
std::vector<WordPiece> word_diff(const std::string& before, const std::string& after,
                                 int context = 6);

}  // namespace plan
