// "1 recommendation", "2 recommendations": a count with its noun in the
// right number; "7, 10 and 12": items listed as a sentence lists them. For
// messages and pages.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace plan {

inline std::string counted(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

/// "7", "7 and 10", "7.1, 7.2 and 7.3"; "" for none.
inline std::string and_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i)
    out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

inline std::string and_list(const std::vector<int>& numbers) {
  std::vector<std::string> items;
  for (int n : numbers) items.push_back(std::to_string(n));
  return and_list(items);
}

}  // namespace plan
