#include "text/unified_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "text/sequence_diff.h"
#include "util/files.h"

namespace plan {
namespace {

constexpr size_t context_lines = 3;

char mark(DiffStep::Op op) {
  switch (op) {
    case DiffStep::Op::same:
      return ' ';
    case DiffStep::Op::removed:
      return '-';
    case DiffStep::Op::added:
      break;
  }
  return '+';
}

std::string range(size_t first, size_t count) {
  // Like diff: an empty range names the line before it.
  if (count == 1) return std::to_string(first + 1);
  return fmt::format("{},{}", count == 0 ? first : first + 1, count);
}

void put(std::string& out, char m, std::string_view line) {
  out += m;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(const std::string& path, const std::string& before,
                         const std::string& after) {
  if (before == after) return "";
  // Lines with their endings, so a line that gains or loses its final newline differs.
  std::vector<DiffStep> script =
      diff_steps(split_keeping_endings(before), split_keeping_endings(after));
  auto kept = [&](size_t x) { return script[x].op == DiffStep::Op::same; };

  // git's a/ and b/ prefixes, for a path relative to where the command runs.
  bool absolute = !path.empty() && path[0] == '/';
  std::string out = absolute ? "--- " + path + "\n+++ " + path + "\n"
                             : "--- a/" + path + "\n+++ b/" + path + "\n";
  // Hunks: runs of changes with up to 2 × context_lines kept lines between them.
  size_t k = 0, a_line = 0, b_line = 0;
  while (k < script.size()) {
    size_t change = k;
    while (change < script.size() && kept(change)) ++change;
    if (change == script.size()) break;
    size_t start = change - std::min(context_lines, change - k);
    a_line += start - k;
    b_line += start - k;
    size_t end = change;  // one past the hunk's last change
    for (size_t x = change; x < script.size(); ++x) {
      if (!kept(x))
        end = x + 1;
      else if (x - end >= 2 * context_lines)
        break;
    }
    size_t stop = std::min(script.size(), end + context_lines);
    size_t a_count = 0, b_count = 0;
    for (size_t x = start; x < stop; ++x) {
      a_count += script[x].op != DiffStep::Op::added;
      b_count += script[x].op != DiffStep::Op::removed;
    }
    out += fmt::format("@@ -{} +{} @@\n", range(a_line, a_count), range(b_line, b_count));
    for (size_t x = start; x < stop; ++x) put(out, mark(script[x].op), script[x].item);
    a_line += a_count;
    b_line += b_count;
    k = stop;
  }
  return out;
}

}  // namespace plan
