// Word diffs of two texts, as `git diff --word-diff` shows them: for plan
// diff (pieces, shown in Markdown or HTML) and for telling a force where its
// wording of a recommendation departs from the report's (one line).
#pragma once

#include <string>
#include <vector>

namespace plan {

/// The words of text, split on white space.
std::vector<std::string> split_words(const std::string& text);

/// True when the texts have the same words (line breaks and spacing aside).
bool same_words(const std::string& a, const std::string& b);

struct WordPiece {
  enum class Op { same, removed, added };
  Op op = Op::same;
  std::string text;  // words with the spaces between them
};

/// Kept runs of more than 2 × context words keep context words at each end
/// around "…" (the text's start and end keep only the side next to a change).
std::vector<WordPiece> word_diff(const std::string& before, const std::string& after,
                                 int context = 6);

/// One line: each run of changes as "[-from-]{+to+}" with up to context
/// words either side, runs apart joined by " … ". "" when the words agree.
std::string word_diff_line(const std::string& from, const std::string& to, size_t context = 3);

}  // namespace plan
