#include "import/match/stemmer.h"

#include <string_view>

namespace plan {
namespace {

// The word being stemmed and the steps of the algorithm over it. Names follow
// Porter's paper: m() is the number of vowel-consonant runs in a stem.
class Stemmer {
 public:
  explicit Stemmer(std::string w) : w_(std::move(w)) {}

  std::string run() {
    step1a();
    step1b();
    step1c();
    step2();
    step3();
    step4();
    step5();
    return w_;
  }

 private:
  std::string w_;

  bool consonant(size_t i) const {
    switch (w_[i]) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
        return false;
      case 'y':
        return i == 0 || !consonant(i - 1);
      default:
        return true;
    }
  }
  // Vowel-consonant runs in the first n letters.
  int measure(size_t n) const {
    int m = 0;
    size_t i = 0;
    while (i < n && consonant(i)) ++i;
    while (i < n) {
      while (i < n && !consonant(i)) ++i;
      if (i >= n) break;
      while (i < n && consonant(i)) ++i;
      ++m;
    }
    return m;
  }
  bool has_vowel(size_t n) const {
    for (size_t i = 0; i < n; ++i)
      if (!consonant(i)) return true;
    return false;
  }
  bool ends(std::string_view s) const {
    return w_.size() >= s.size() && w_.compare(w_.size() - s.size(), s.size(), s) == 0;
  }
  // Letters before a suffix of length n.
  size_t stem(std::string_view suffix) const { return w_.size() - suffix.size(); }
  void set_end(std::string_view suffix, std::string_view to) {
    w_.resize(stem(suffix));
    w_ += to;
  }
  bool double_consonant_end() const {
    size_t n = w_.size();
    return n >= 2 && w_[n - 1] == w_[n - 2] && consonant(n - 1);
  }
  // Consonant-vowel-consonant ending at letter i, the last not w, x or y ("hop").
  bool cvc(size_t i) const {
    if (i < 2 || !consonant(i) || consonant(i - 1) || !consonant(i - 2)) return false;
    char c = w_[i];
    return c != 'w' && c != 'x' && c != 'y';
  }
  // Replaces the first suffix of the table the word ends with, when the stem
  // before it has more than min_m runs; only the first ending found counts.
  struct Rule {
    std::string_view from, to;
  };
  template <size_t N>
  void replace_first(const Rule (&rules)[N], int min_m) {
    for (const Rule& r : rules)
      if (ends(r.from)) {
        if (measure(stem(r.from)) > min_m) set_end(r.from, r.to);
        return;
      }
  }

  void step1a() {
    if (ends("sses"))
      set_end("sses", "ss");
    else if (ends("ies"))
      set_end("ies", "i");
    else if (!ends("ss") && ends("s"))
      w_.pop_back();
  }
  void step1b() {
    if (ends("eed")) {
      if (measure(stem("eed")) > 0) w_.pop_back();
      return;
    }
    bool cut = false;
    for (std::string_view s : {"ed", "ing"})
      if (ends(s) && has_vowel(stem(s))) {
        w_.resize(stem(s));
        cut = true;
        break;
      }
    if (!cut) return;
    if (ends("at") || ends("bl") || ends("iz"))
      w_ += 'e';
    else if (double_consonant_end() && !ends("l") && !ends("s") && !ends("z"))
      w_.pop_back();
    else if (measure(w_.size()) == 1 && cvc(w_.size() - 1))
      w_ += 'e';
  }
  void step1c() {
    if (ends("y") && has_vowel(w_.size() - 1)) w_.back() = 'i';
  }
  void step2() {
    static const Rule rules[] = {{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},
                                 {"anci", "ance"},   {"izer", "ize"},    {"bli", "ble"},
                                 {"alli", "al"},     {"entli", "ent"},   {"eli", "e"},
                                 {"ousli", "ous"},   {"ization", "ize"}, {"ation", "ate"},
                                 {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"},
                                 {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"},
                                 {"iviti", "ive"},   {"biliti", "ble"},  {"logi", "log"}};
    replace_first(rules, 0);
  }
  void step3() {
    static const Rule rules[] = {{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
                                 {"ical", "ic"},  {"ful", ""},   {"ness", ""}};
    replace_first(rules, 0);
  }
  void step4() {
    static const std::string_view endings[] = {"al",  "ance",  "ence", "er",  "ic",  "able", "ible",
                                               "ant", "ement", "ment", "ent", "ion", "ou",   "ism",
                                               "ate", "iti",   "ous",  "ive", "ize"};
    // The longest ending that fits ("ement" before "ment" before "ent").
    std::string_view found;
    for (std::string_view e : endings)
      if (ends(e) && e.size() > found.size()) found = e;
    if (found.empty() || measure(stem(found)) <= 1) return;
    if (found == "ion") {
      size_t n = stem(found);
      if (n == 0 || (w_[n - 1] != 's' && w_[n - 1] != 't')) return;
    }
    w_.resize(stem(found));
  }
  void step5() {
    if (ends("e")) {
      int m = measure(w_.size() - 1);
      if (m > 1 || (m == 1 && !cvc(w_.size() - 2))) w_.pop_back();
    }
    if (ends("ll") && measure(w_.size()) > 1) w_.pop_back();
  }
};

bool plain_lower_word(const std::string& w) {
  for (char c : w)
    if (c < 'a' || c > 'z') return false;
  return true;
}

}  // namespace

std::string porter_stem(std::string word) {
  if (word.size() <= 2 || !plain_lower_word(word)) return word;
  return Stemmer(std::move(word)).run();
}

}  // namespace plan
