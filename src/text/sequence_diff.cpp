#include "text/sequence_diff.h"

#include <algorithm>
#include <unordered_map>

namespace plan {

namespace {

// Myers' O(ND) difference algorithm over item numbers (equal items share a
// number), keeping each round's frontier to walk the path back. Past
// max_cost edits the middle is treated as changed wholesale: a merge then
// reports a conflict rather than taking minutes.
std::vector<std::pair<int, int>> myers(const std::vector<int>& a, const std::vector<int>& b, int a0,
                                       int a1, int b0, int b1) {
  const int n = a1 - a0, m = b1 - b0, max_d = n + m;
  const int max_cost = 20000;
  std::vector<std::pair<int, int>> out;
  if (n == 0 || m == 0) return out;
  std::vector<std::vector<int>> trace;
  std::vector<int> v(size_t(2 * max_d + 3), 0);
  const int off = max_d + 1;
  int found = -1;
  for (int d = 0; d <= std::min(max_d, max_cost); ++d) {
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[size_t(off + k - 1)] < v[size_t(off + k + 1)]))
                  ? v[size_t(off + k + 1)]
                  : v[size_t(off + k - 1)] + 1;
      int y = x - k;
      while (x < n && y < m && a[size_t(a0 + x)] == b[size_t(b0 + y)]) ++x, ++y;
      v[size_t(off + k)] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.emplace_back(v.begin() + (off - d), v.begin() + (off + d + 1));
    if (found >= 0) break;
  }
  if (found < 0) return out;
  int x = n, y = m;
  for (int d = found; d >= 0; --d) {
    int k = x - y;
    auto at = [&](int dd, int kk) { return trace[size_t(dd)][size_t(kk + dd)]; };
    int prev_k = 0;
    if (d > 0)
      prev_k = (k == -d || (k != d && at(d - 1, k - 1) < at(d - 1, k + 1))) ? k + 1 : k - 1;
    int prev_x = d > 0 ? at(d - 1, prev_k) : 0;
    int prev_y = prev_x - prev_k;
    int start_x = d > 0 ? (prev_k == k + 1 ? prev_x : prev_x + 1) : 0;
    int start_y = start_x - k;
    while (x > start_x && y > start_y) {
      --x, --y;
      out.emplace_back(a0 + x, b0 + y);
    }
    x = prev_x;
    y = prev_y;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace

std::vector<std::pair<int, int>> common_items(const std::vector<std::string_view>& a,
                                              const std::vector<std::string_view>& b) {
  std::unordered_map<std::string_view, int> numbers;
  auto number = [&](const std::vector<std::string_view>& items) {
    std::vector<int> out;
    out.reserve(items.size());
    for (std::string_view item : items)
      out.push_back(numbers.emplace(item, int(numbers.size())).first->second);
    return out;
  };
  std::vector<int> na = number(a), nb = number(b);
  int a0 = 0, b0 = 0, a1 = int(na.size()), b1 = int(nb.size());
  std::vector<std::pair<int, int>> out;
  while (a0 < a1 && b0 < b1 && na[size_t(a0)] == nb[size_t(b0)]) out.emplace_back(a0++, b0++);
  std::vector<std::pair<int, int>> tail;
  while (a1 > a0 && b1 > b0 && na[size_t(a1 - 1)] == nb[size_t(b1 - 1)])
    tail.emplace_back(--a1, --b1);
  for (auto& p : myers(na, nb, a0, a1, b0, b1)) out.push_back(p);
  out.insert(out.end(), tail.rbegin(), tail.rend());
  return out;
}

std::vector<DiffStep> diff_steps(const std::vector<std::string_view>& a,
                                 const std::vector<std::string_view>& b) {
  std::vector<DiffStep> steps;
  size_t i = 0, j = 0;
  auto matches = common_items(a, b);
  matches.emplace_back(int(a.size()), int(b.size()));
  for (auto [ma, mb] : matches) {
    for (; i < size_t(ma); ++i) steps.push_back({DiffStep::Op::removed, a[i]});
    for (; j < size_t(mb); ++j) steps.push_back({DiffStep::Op::added, b[j]});
    if (size_t(ma) < a.size()) steps.push_back({DiffStep::Op::same, a[i]});
    ++i, ++j;
  }
  return steps;
}

}  // namespace plan
