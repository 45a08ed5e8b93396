// UTF-8, one sequence at a time, strictly (no overlong forms, no surrogates):
// shared by the checks that refuse files that are not UTF-8 text before
// anything reads them, and by the code that prints text from files safely.
#pragma once

#include <cstddef>
#include <string_view>

namespace plan {

/// Length of the valid UTF-8 sequence at s[i] (i < s.size()), or 0 if the
/// bytes there are not valid UTF-8. Stores the code point in *cp when valid.
size_t utf8_sequence(std::string_view s, size_t i, char32_t* cp = nullptr);

/// Length (1-4) of the valid UTF-8 sequence starting at s[i], or 0 when the
/// bytes there are not valid UTF-8 (overlong forms and surrogates included).
inline size_t utf8_sequence_length(std::string_view s, size_t i) {
  return utf8_sequence(s, i);
}

}  // namespace plan
