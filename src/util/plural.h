// "1 recommendation", "2 recommendations": a count with its noun in the
// right number, for messages and pages.
#pragma once

#include <cstddef>
#include <string>

namespace plan {

inline std::string counted(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace plan
