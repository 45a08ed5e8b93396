// Comparing text ignoring the case of ASCII letters: page markup, labels and
// keywords are matched this way; other letters are compared as they are.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace plan {

/// The text with ASCII letters in lower case; other letters as they are.
inline std::string ascii_lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = char(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

/// Whether needle occurs in text, ASCII letters matched in either case.
inline bool contains_ignoring_case(std::string_view text, std::string_view needle) {
  auto it = std::search(text.begin(), text.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  });
  return it != text.end();
}

}  // namespace plan
