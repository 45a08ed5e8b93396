#include "import/line_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "text/unified_diff.h"
#include "util/files.h"

namespace plan {
namespace {

// Larger files than this (lines before × lines after) get the one-hunk diff
// of text/unified_diff.h, which needs no table.
constexpr size_t max_table = 4'000'000;

struct Edit {
  char mark;  // ' ', '-' or '+'
  std::string_view line;
};

// The edit script from a to b by longest common subsequence.
std::vector<Edit> edits(const std::vector<std::string_view>& a,
                        const std::vector<std::string_view>& b) {
  size_t n = a.size(), m = b.size();
  // common[i][j]: length of the LCS of a[i..] and b[j..].
  std::vector<std::vector<unsigned>> common(n + 1, std::vector<unsigned>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      common[i][j] =
          a[i] == b[j] ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
  std::vector<Edit> out;
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] == b[j]) {
      out.push_back({' ', a[i++]});
      ++j;
    } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
      out.push_back({'-', a[i++]});  // removals first, as git shows them
    } else {
      out.push_back({'+', b[j++]});
    }
  }
  return out;
}

std::string range(size_t first, size_t count) {
  if (count == 1) return std::to_string(first + 1);
  return fmt::format("{},{}", count == 0 ? first : first + 1, count);
}

void put(std::string& out, char mark, std::string_view line) {
  out += mark;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_line_diff(const std::string& path, const std::string& before,
                              const std::string& after) {
  if (before == after) return "";
  std::vector<std::string_view> a = split_keeping_endings(before), b = split_keeping_endings(after);
  if (a.size() * b.size() > max_table) return unified_diff(path, before, after);
  std::vector<Edit> script = edits(a, b);
  const size_t context = 3;
  bool absolute = !path.empty() && path[0] == '/';
  std::string out = absolute ? "--- " + path + "\n+++ " + path + "\n"
                             : "--- a/" + path + "\n+++ b/" + path + "\n";
  // Hunks: runs of changes with up to 2 × context unchanged lines between them.
  size_t k = 0, a_line = 0, b_line = 0;
  while (k < script.size()) {
    size_t change = k;
    while (change < script.size() && script[change].mark == ' ') ++change;
    if (change == script.size()) break;
    size_t lead = std::min(context, change - k);
    size_t start = change - lead;
    a_line += start - k;
    b_line += start - k;
    size_t end = change;  // one past the hunk's last change
    for (size_t x = change; x < script.size(); ++x) {
      if (script[x].mark != ' ') {
        end = x + 1;
        continue;
      }
      if (x - end >= 2 * context) break;
    }
    size_t stop = std::min(script.size(), end + context);
    size_t a_count = 0, b_count = 0;
    for (size_t x = start; x < stop; ++x) {
      a_count += script[x].mark != '+';
      b_count += script[x].mark != '-';
    }
    out += fmt::format("@@ -{} +{} @@\n", range(a_line, a_count), range(b_line, b_count));
    for (size_t x = start; x < stop; ++x) put(out, script[x].mark, script[x].line);
    a_line += a_count;
    b_line += b_count;
    k = stop;
  }
  return out;
}

}  // namespace plan
