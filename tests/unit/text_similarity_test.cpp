// The word similarity that plan import --report matches paraphrased
// recommendations with: reworded sentences score high, unrelated ones low.
#include "import/match/text_similarity.h"

#include <catch2/catch.hpp>

#include "import/match/stemmer.h"

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
  // Words the reports and the forces use for the same thing count as one.
  CHECK(content_words("offences logged") == content_words("crimes recorded"));
}

TEST_CASE("import: the Porter stemmer gives the paper's stems", "[import]") {
  // Examples from Porter (1980), "An algorithm for suffix stripping".
  const std::pair<const char*, const char*> stems[] = {
      {"caresses", "caress"},      {"ponies", "poni"},       {"ties", "ti"},
      {"caress", "caress"},        {"cats", "cat"},          {"feed", "feed"},
      {"agreed", "agre"},          {"plastered", "plaster"}, {"bled", "bled"},
      {"motoring", "motor"},       {"sing", "sing"},         {"conflated", "conflat"},
      {"hopping", "hop"},          {"falling", "fall"},      {"filing", "file"},
      {"happy", "happi"},          {"relational", "relat"},  {"conditional", "condit"},
      {"generalization", "gener"}, {"adjustment", "adjust"}, {"adoption", "adopt"},
      {"controll", "control"},     {"roll", "roll"},         {"electrical", "electr"},
      {"hopefulness", "hope"},     {"goodness", "good"},     {"recording", "record"},
      {"recorded", "record"},      {"records", "record"}};
  for (const auto& [word, stem] : stems) {
    INFO(word);
    CHECK(porter_stem(word) == stem);
  }
  CHECK(porter_stem("is") == "is");              // too short to stem
  CHECK(porter_stem("Victim’s") == "Victim’s");  // not a plain lower-case word: as given
}

TEST_CASE("import: weights make a word every text shares count for little", "[import]") {
  WordWeights w({"stalking training for call handlers", "stalking risk assessment",
                 "stalking protection orders"});
  CHECK(w.weight(content_words("stalking").front()) < w.weight(content_words("risk").front()));
  CHECK(w.weight("neverseen") > w.weight(content_words("risk").front()));
  // Sharing only the common word scores lower than sharing a rare one.
  auto sim = [&](const char* a, const char* b) {
    return word_similarity(content_words(a), content_words(b), w);
  };
  CHECK(sim("stalking risk", "stalking training") < sim("stalking risk", "risk training"));
}
