// Longest common subsequence over words; texts here are a few hundred words.
#include "util/word_diff.h"

#include <algorithm>

namespace plan {
namespace {

constexpr size_t max_cells = 4'000'000;  // about 1,000 x 4,000 words

enum class Op { same, removed, added };

struct Step {
  Op op;
  const std::string* word;
};

std::vector<Step> diff_steps(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = a.size(), m = b.size();
  std::vector<unsigned> lcs((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> unsigned& { return lcs[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      at(i, j) = a[i] == b[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
  std::vector<Step> steps;
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      steps.push_back({Op::same, &a[i++]});
      ++j;
    } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
      steps.push_back({Op::added, &b[j++]});
    } else {
      steps.push_back({Op::removed, &a[i++]});
    }
  }
  return steps;
}

std::string join(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

}  // namespace

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::string w;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!w.empty()) words.push_back(std::move(w));
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

bool same_words(const std::string& a, const std::string& b) {
  return split_words(a) == split_words(b);
}

std::string word_diff(const std::string& from, const std::string& to, size_t context) {
  std::vector<std::string> a = split_words(from), b = split_words(to);
  if (a == b) return "";
  if ((a.size() + 1) * (b.size() + 1) > max_cells)
    return "the texts are too long to compare word by word (" + std::to_string(a.size()) + " and " +
           std::to_string(b.size()) + " words)";
  std::vector<Step> steps = diff_steps(a, b);
  std::vector<bool> shown(steps.size(), false);
  for (size_t k = 0; k < steps.size(); ++k) {
    if (steps[k].op == Op::same) continue;
    size_t lo = k >= context ? k - context : 0, hi = std::min(steps.size(), k + context + 1);
    for (size_t x = lo; x < hi; ++x) shown[x] = true;
  }
  std::string out;
  size_t k = 0;
  bool gap = false;
  while (k < steps.size()) {
    if (!shown[k]) {
      gap = true;
      ++k;
      continue;
    }
    if (gap) out += out.empty() ? "… " : " … ";
    gap = false;
    if (!out.empty() && out.back() != ' ') out += ' ';
    if (steps[k].op == Op::same) {
      out += *steps[k++].word;
      continue;
    }
    std::vector<std::string> removed, added;
    while (k < steps.size() && steps[k].op != Op::same) {
      (steps[k].op == Op::removed ? removed : added).push_back(*steps[k].word);
      ++k;
    }
    if (!removed.empty()) out += "[-" + join(removed) + "-]";
    if (!added.empty()) out += "{+" + join(added) + "+}";
  }
  if (gap) out += " …";
  return out;
}

}  // namespace plan
