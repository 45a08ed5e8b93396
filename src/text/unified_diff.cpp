#include "text/unified_diff.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "util/files.h"

namespace plan {
namespace {

std::string range(size_t first, size_t count) {
  // Like diff: an empty range names the line before it.
  if (count == 1) return std::to_string(first + 1);
  return fmt::format("{},{}", count == 0 ? first : first + 1, count);
}

void put(std::string& out, char mark, std::string_view line) {
  out += mark;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::string unified_diff(const std::string& path, const std::string& before,
                         const std::string& after) {
  if (before == after) return "";
  // Lines with their endings, so a line that gains or loses its final newline differs.
  std::vector<std::string_view> a = split_keeping_endings(before), b = split_keeping_endings(after);
  size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
  size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
    ++suffix;
  const size_t context = 3;
  size_t start = prefix > context ? prefix - context : 0;
  size_t tail = std::min(suffix, context);
  size_t a_end = a.size() - suffix + tail, b_end = b.size() - suffix + tail;

  // git's a/ and b/ prefixes, for a path relative to where the command runs.
  bool absolute = !path.empty() && path[0] == '/';
  std::string out = absolute ? "--- " + path + "\n+++ " + path + "\n"
                             : "--- a/" + path + "\n+++ b/" + path + "\n";
  out += fmt::format("@@ -{} +{} @@\n", range(start, a_end - start), range(start, b_end - start));
  for (size_t i = start; i < prefix; ++i) put(out, ' ', a[i]);
  for (size_t i = prefix; i < a.size() - suffix; ++i) put(out, '-', a[i]);
  for (size_t i = prefix; i < b.size() - suffix; ++i) put(out, '+', b[i]);
  for (size_t i = a.size() - suffix; i < a_end; ++i) put(out, ' ', a[i]);
  return out;
}

}  // namespace plan
