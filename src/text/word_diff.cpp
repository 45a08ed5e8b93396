#include "text/word_diff.h"

#include <algorithm>
#include <string_view>

#include "text/sequence_diff.h"

namespace plan {
namespace {

bool space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// Words, each with the white space that follows it.
std::vector<std::string_view> words_with_spaces(const std::string& s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    while (i < s.size() && !space(s[i])) ++i;
    while (i < s.size() && space(s[i])) ++i;
    out.emplace_back(s.data() + start, i - start);
  }
  return out;
}

void push(std::vector<WordPiece>& out, WordPiece::Op op, std::string_view w) {
  if (!out.empty() && out.back().op == op)
    out.back().text.append(w);
  else
    out.push_back({op, std::string(w)});
}

std::string shorten(const std::vector<std::string_view>& run, bool first, bool last, int context) {
  size_t keep = size_t(context);
  size_t n = run.size();
  size_t head = first ? 0 : keep, tail = last ? 0 : keep;
  std::string out;
  if (head + tail + 1 >= n) {
    for (auto w : run) out.append(w);
    return out;
  }
  for (size_t i = 0; i < head; ++i) out.append(run[i]);
  out += "… ";
  for (size_t i = n - tail; i < n; ++i) out.append(run[i]);
  return out;
}

WordPiece::Op piece_op(DiffStep::Op op) {
  switch (op) {
    case DiffStep::Op::same:
      return WordPiece::Op::same;
    case DiffStep::Op::removed:
      return WordPiece::Op::removed;
    case DiffStep::Op::added:
      break;
  }
  return WordPiece::Op::added;
}

std::string join(const std::vector<std::string_view>& words) {
  std::string s;
  for (std::string_view w : words) {
    if (!s.empty()) s += ' ';
    s.append(w);
  }
  return s;
}

}  // namespace

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  for (std::string_view w : words_with_spaces(text)) {
    while (!w.empty() && space(w.back())) w.remove_suffix(1);
    if (!w.empty()) words.emplace_back(w);
  }
  return words;
}

bool same_words(const std::string& a, const std::string& b) {
  return split_words(a) == split_words(b);
}

std::vector<WordPiece> word_diff(const std::string& before, const std::string& after, int context) {
  std::vector<WordPiece> out;
  std::vector<std::string_view> same;
  auto flush_same = [&](bool last) {
    if (same.empty()) return;
    push(out, WordPiece::Op::same, shorten(same, out.empty(), last, context));
    same.clear();
  };
  std::vector<std::string_view> a = words_with_spaces(before), b = words_with_spaces(after);
  for (const DiffStep& step : diff_steps(a, b)) {
    if (step.op == DiffStep::Op::same) {
      same.push_back(step.item);
      continue;
    }
    flush_same(false);
    push(out, piece_op(step.op), step.item);
  }
  flush_same(true);
  return out;
}

std::string word_diff_line(const std::string& from, const std::string& to, size_t context) {
  std::vector<std::string> a_words = split_words(from), b_words = split_words(to);
  if (a_words == b_words) return "";
  std::vector<std::string_view> a(a_words.begin(), a_words.end()),
      b(b_words.begin(), b_words.end());
  std::vector<DiffStep> steps = diff_steps(a, b);
  std::vector<bool> shown(steps.size(), false);
  for (size_t k = 0; k < steps.size(); ++k) {
    if (steps[k].op == DiffStep::Op::same) continue;
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
    if (steps[k].op == DiffStep::Op::same) {
      out.append(steps[k++].item);
      continue;
    }
    std::vector<std::string_view> removed, added;
    while (k < steps.size() && steps[k].op != DiffStep::Op::same) {
      (steps[k].op == DiffStep::Op::removed ? removed : added).push_back(steps[k].item);
      ++k;
    }
    if (!removed.empty()) out += "[-" + join(removed) + "-]";
    if (!added.empty()) out += "{+" + join(added) + "+}";
  }
  if (gap) out += " …";
  return out;
}

}  // namespace plan
