#include "import/text_similarity.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace plan {
namespace {

// Words every recommendation shares, which say nothing about which one it is.
const std::set<std::string, std::less<>> common_words = {
    "a",         "an",     "and",   "are",  "as",   "at",   "be",     "by",     "chief",
    "constable", "for",    "force", "from", "has",  "have", "in",     "into",   "is",
    "it",        "its",    "of",    "on",   "or",   "our",  "should", "that",   "the",
    "their",     "them",   "they",  "this", "to",   "we",   "where",  "which",  "will",
    "with",      "within", "all",   "any",  "been", "make", "sure",   "ensure", "police"};

// Cuts the endings that rewording changes ("records", "recording", "recorded").
std::string stem(std::string w) {
  auto cut = [&](std::string_view end, size_t keep) {
    if (w.size() >= end.size() + keep && w.compare(w.size() - end.size(), end.size(), end) == 0) {
      w.resize(w.size() - end.size());
      return true;
    }
    return false;
  };
  if (!cut("ing", 4) && !cut("ed", 4) && !cut("es", 4)) cut("s", 3);
  return w;
}

}  // namespace

std::vector<std::string> content_words(std::string_view text) {
  std::vector<std::string> words;
  std::string w;
  auto flush = [&] {
    if (w.size() > 1 && !common_words.count(w)) {
      std::string s = stem(w);
      if (!common_words.count(s)) words.push_back(s);
    }
    w.clear();
  };
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c))
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

}  // namespace plan
