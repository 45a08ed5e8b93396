#include "diff/word_diff.h"

#include <string_view>

#include "text/line_merge.h"

namespace plan {
namespace {

// Words, each with the white space that follows it.
std::vector<std::string_view> words_of(const std::string& s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
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

}  // namespace

std::vector<WordPiece> word_diff(const std::string& before, const std::string& after, int context) {
  std::vector<std::string_view> a = words_of(before), b = words_of(after);
  std::vector<WordPiece> out;
  size_t i = 0, j = 0;
  std::vector<std::string_view> same;
  auto flush_same = [&](bool last) {
    if (same.empty()) return;
    push(out, WordPiece::Op::same, shorten(same, out.empty(), last, context));
    same.clear();
  };
  auto matches = matching_lines(a, b);
  matches.emplace_back(int(a.size()), int(b.size()));
  for (auto [ma, mb] : matches) {
    bool changed = i < size_t(ma) || j < size_t(mb);
    if (changed) flush_same(false);
    for (; i < size_t(ma); ++i) push(out, WordPiece::Op::removed, a[i]);
    for (; j < size_t(mb); ++j) push(out, WordPiece::Op::added, b[j]);
    if (size_t(ma) < a.size()) {
      same.push_back(a[size_t(ma)]);
      ++i, ++j;
    }
  }
  flush_same(true);
  return out;
}

}  // namespace plan
