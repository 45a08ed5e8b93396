// Comparing text ignoring the case of ASCII letters: page markup, labels and
// keywords are matched this way; other letters are compared as they are.
#pragma once

#include <algorithm>
#include <cctype>
#include <string_view>

namespace plan {

/// Whether needle occurs in text, ASCII letters matched in either case.
inline bool contains_ignoring_case(std::string_view text, std::string_view needle) {
  auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  });
  return it != text.end();
}

}  // namespace plan
