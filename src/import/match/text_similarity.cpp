#include "import/match/text_similarity.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "import/match/stemmer.h"

namespace plan {
namespace {

// Words that say nothing about which recommendation a text is: English
// function words, and the words every recommendation to a police force uses.
const std::set<std::string, std::less<>> common_words = {
    "a",      "about",   "above",     "after",      "again",  "all",       "also",    "am",
    "an",     "and",     "any",       "are",        "as",     "at",        "be",      "because",
    "been",   "before",  "being",     "between",    "both",   "but",       "by",      "can",
    "could",  "did",     "do",        "does",       "doing",  "during",    "each",    "either",
    "ensure", "etc",     "every",     "few",        "for",    "from",      "further", "had",
    "has",    "have",    "having",    "he",         "her",    "here",      "hers",    "him",
    "his",    "how",     "i",         "if",         "in",     "into",      "is",      "it",
    "its",    "itself",  "just",      "may",        "me",     "might",     "more",    "most",
    "must",   "my",      "no",        "nor",        "not",    "now",       "of",      "off",
    "on",     "once",    "only",      "or",         "other",  "ought",     "our",     "ours",
    "out",    "over",    "own",       "same",       "shall",  "she",       "should",  "so",
    "some",   "such",    "than",      "that",       "the",    "their",     "theirs",  "them",
    "then",   "there",   "these",     "they",       "this",   "those",     "through", "to",
    "too",    "under",   "until",     "up",         "upon",   "us",        "very",    "was",
    "we",     "were",    "what",      "when",       "where",  "whether",   "which",   "while",
    "who",    "whom",    "why",       "will",       "with",   "within",    "would",   "you",
    "your",   "chief",   "constable", "constables", "force",  "forces",    "police",  "make",
    "sure",   "ensures", "ensuring",  "required",   "needed", "necessary", "where",   "able",
    "enable", "allow"};

// Stems that reports and forces use for the same thing, each mapped to one.
const std::map<std::string, std::string, std::less<>> same_meaning = {
    {"offenc", "crime"},   {"log", "record"},      {"document", "record"}, {"request", "seek"},
    {"ask", "seek"},       {"amend", "chang"},     {"alter", "chang"},     {"modifi", "chang"},
    {"examin", "review"},  {"reassess", "review"}, {"revisit", "review"},  {"employe", "staff"},
    {"personnel", "staff"}};

std::string normalised(const std::string& word) {
  std::string s = porter_stem(word);
  auto same = same_meaning.find(s);
  return same == same_meaning.end() ? s : same->second;
}

}  // namespace

std::vector<std::string> content_words(std::string_view text) {
  std::vector<std::string> words;
  std::string w;
  auto flush = [&] {
    if (w.size() > 1 && !common_words.count(w)) words.push_back(normalised(w));
    w.clear();
  };
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80)
      w += char(std::tolower(c));
    else if (c != '\'')
      flush();
  }
  flush();
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

double word_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::vector<std::string> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return double(both.size()) / std::sqrt(double(a.size()) * double(b.size()));
}

WordWeights::WordWeights(const std::vector<std::string>& texts) : texts_(int(texts.size())) {
  for (const std::string& t : texts)
    for (const std::string& w : content_words(t)) ++texts_with_[w];
}

double WordWeights::weight(const std::string& word) const {
  auto it = texts_with_.find(word);
  int n = it == texts_with_.end() ? 0 : it->second;
  return std::log((1.0 + texts_) / (1.0 + n)) + 1.0;
}

double word_similarity(const std::vector<std::string>& a, const std::vector<std::string>& b,
                       const WordWeights& weights) {
  if (a.empty() || b.empty()) return 0;
  auto norm = [&](const std::vector<std::string>& words) {
    double sum = 0;
    for (const std::string& w : words) sum += std::pow(weights.weight(w), 2);
    return std::sqrt(sum);
  };
  double shared = 0;
  std::vector<std::string> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  for (const std::string& w : both) shared += std::pow(weights.weight(w), 2);
  return shared / (norm(a) * norm(b));
}

}  // namespace plan
