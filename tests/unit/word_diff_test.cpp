// The word diffs of plan diff and the report rules, over the one sequence diff.
#include "text/word_diff.h"

#include <catch2/catch.hpp>

#include "text/sequence_diff.h"

using namespace plan;

TEST_CASE("the edit script keeps what both have and puts removals before additions") {
  std::vector<std::string_view> a{"a", "b", "c", "d"}, b{"a", "x", "c", "d", "e"};
  std::vector<DiffStep> steps = diff_steps(a, b);
  std::string shown;
  for (const DiffStep& s : steps)
    shown += std::string(s.op == DiffStep::Op::same      ? " "
                         : s.op == DiffStep::Op::removed ? "-"
                                                         : "+") +
             std::string(s.item);
  CHECK(shown == " a-b+x c d+e");
  CHECK(diff_steps({}, {}).empty());
}

TEST_CASE("one-line word diff marks changed runs with a little context") {
  CHECK(word_diff_line("the cat sat on the mat", "the cat sat on the mat") == "");
  CHECK(word_diff_line("one two three", "one  two\nthree") == "");
  CHECK(word_diff_line("the cat sat on the mat today", "the dog sat on the mat today") ==
        "the [-cat-]{+dog+} sat on the …");
  CHECK(word_diff_line("a b c d e f g h i j", "a b c d e f g h i k", 2) == "… h i [-j-]{+k+}");
}

TEST_CASE("word pieces keep the spacing and shorten long kept runs") {
  std::vector<WordPiece> pieces = word_diff("one two three four five six seven eight",
                                            "one two three four five six seven nine", 2);
  REQUIRE(pieces.size() == 3);
  CHECK(pieces[0].op == WordPiece::Op::same);
  CHECK(pieces[0].text == "… six seven ");
  CHECK(pieces[1].op == WordPiece::Op::removed);
  CHECK(pieces[1].text == "eight");
  CHECK(pieces[2].op == WordPiece::Op::added);
  CHECK(pieces[2].text == "nine");
}

TEST_CASE("split_words and same_words ignore spacing and line breaks") {
  CHECK(split_words("  a\tb\r\nc  ") == std::vector<std::string>{"a", "b", "c"});
  CHECK(same_words("a b", "a\nb"));
  CHECK_FALSE(same_words("a b", "a c"));
}
