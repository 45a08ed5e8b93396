#include "text/line_merge.h"

#include <algorithm>

#include "text/sequence_diff.h"
#include "util/files.h"

namespace plan {

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
  for (auto [i, j] : common_items(b, o)) in_ours[size_t(i)] = j;
  for (auto [i, j] : common_items(b, t)) in_theirs[size_t(i)] = j;

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
