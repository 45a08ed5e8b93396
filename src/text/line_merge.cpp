#include "text/line_merge.h"

#include <algorithm>
#include <unordered_map>

#include "util/files.h"

namespace plan {

namespace {

// Myers' O(ND) difference algorithm over line numbers (equal lines share a
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

std::vector<std::pair<int, int>> matching_lines(const std::vector<std::string_view>& a,
                                                const std::vector<std::string_view>& b) {
  std::unordered_map<std::string_view, int> numbers;
  auto number = [&](const std::vector<std::string_view>& lines) {
    std::vector<int> out;
    out.reserve(lines.size());
    for (std::string_view l : lines)
      out.push_back(numbers.emplace(l, int(numbers.size())).first->second);
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

namespace {

using Lines = std::vector<std::string_view>;

bool same(const Lines& x, int x0, int x1, const Lines& y, int y0, int y1) {
  if (x1 - x0 != y1 - y0) return false;
  for (int i = 0; i < x1 - x0; ++i)
    if (x[size_t(x0 + i)] != y[size_t(y0 + i)]) return false;
  return true;
}

struct Writer {
  std::string text;
  int line = 1;
  void add(std::string_view l) {
    text.append(l);
    if (!l.empty() && l.back() == '\n') ++line;
  }
  void add_range(const Lines& ls, int from, int to) {
    for (int i = from; i < to; ++i) add(ls[size_t(i)]);
  }
  // A marker starts its own line even after a last line with no ending.
  void marker(const std::string& m, const std::string& eol) {
    if (!text.empty() && text.back() != '\n') add(eol);
    add(m + eol);
  }
};

}  // namespace

LineMergeResult merge_lines(std::string_view base, std::string_view ours, std::string_view theirs,
                            const MergeLabels& labels) {
  Lines b = split_keeping_endings(base), o = split_keeping_endings(ours),
        t = split_keeping_endings(theirs);
  std::vector<int> in_ours(b.size(), -1), in_theirs(b.size(), -1);
  for (auto [i, j] : matching_lines(b, o)) in_ours[size_t(i)] = j;
  for (auto [i, j] : matching_lines(b, t)) in_theirs[size_t(i)] = j;

  LineMergeResult result;
  Writer w;
  int i = 0, oi = 0, ti = 0;
  const int nb = int(b.size());
  while (true) {
    // Lines all three keep, in step.
    while (i < nb && in_ours[size_t(i)] == oi && in_theirs[size_t(i)] == ti) {
      w.add(b[size_t(i)]);
      ++i, ++oi, ++ti;
    }
    // The next base line both sides keep ends the changed chunk.
    int j = i;
    while (j < nb && (in_ours[size_t(j)] < 0 || in_theirs[size_t(j)] < 0)) ++j;
    int oj = j < nb ? in_ours[size_t(j)] : int(o.size());
    int tj = j < nb ? in_theirs[size_t(j)] : int(t.size());
    if (j == i && oj == oi && tj == ti) break;  // nothing changed here: the end
    bool ours_same = same(b, i, j, o, oi, oj), theirs_same = same(b, i, j, t, ti, tj);
    if (theirs_same) {
      w.add_range(o, oi, oj);
    } else if (ours_same || same(o, oi, oj, t, ti, tj)) {
      w.add_range(t, ti, tj);
    } else {
      // Both changed these lines: keep what they agree on at either end, and
      // mark the rest, as git's merge does.
      int head = 0;
      while (oi + head < oj && ti + head < tj && o[size_t(oi + head)] == t[size_t(ti + head)])
        ++head;
      int tail = 0;
      while (oj - tail > oi + head && tj - tail > ti + head &&
             o[size_t(oj - tail - 1)] == t[size_t(tj - tail - 1)])
        ++tail;
      w.add_range(o, oi, oi + head);
      ++result.conflicts;
      w.marker("<<<<<<< " + labels.ours, labels.eol);
      result.conflict_lines.push_back(w.line - 1);
      w.add_range(o, oi + head, oj - tail);
      w.marker("=======", labels.eol);
      w.add_range(t, ti + head, tj - tail);
      w.marker(">>>>>>> " + labels.theirs, labels.eol);
      w.add_range(o, oj - tail, oj);
    }
    i = j, oi = oj, ti = tj;
    if (i >= nb && oi >= int(o.size()) && ti >= int(t.size())) break;
  }
  result.text = std::move(w.text);
  return result;
}

}  // namespace plan
