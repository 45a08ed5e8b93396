// The word similarity that plan import --report matches paraphrased
// recommendations with: reworded sentences score high, unrelated ones low.
#include "import/text_similarity.h"

#include <catch2/catch.hpp>

using namespace plan;

TEST_CASE("import: word similarity survives rewording", "[import]") {
  auto sim = [](const char* a, const char* b) {
    return word_similarity(content_words(a), content_words(b));
  };
  CHECK(sim("Review and update the training.", "review and update the training") == Approx(1.0));
  CHECK(sim("seek changes to their crime recording systems to document crimes",
            "we will change our crime records system so crimes are documented") > 0.35);
  CHECK(sim("seek changes to their crime recording systems", "repaint the station car park") ==
        Approx(0.0));
  CHECK(sim("", "anything") == 0.0);
  CHECK(content_words("The Recording of records, recorded") == std::vector<std::string>{"record"});
}
