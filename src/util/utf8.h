// UTF-8, one sequence at a time, strictly (no overlong forms, no surrogates):
// shared by the checks that refuse files that are not UTF-8 text before
// anything reads them, and by the code that prints text from files safely.
#pragma once

#include <cstddef>
#include <string>
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

/// Text saved as UTF-16 or UTF-32 (what Windows Notepad calls "Unicode"),
/// told by its byte-order mark or, without one, by the NUL bytes between
/// plain letters: its name ("UTF-16" or "UTF-32")
/// and what shows it. Empty name for anything else.
struct WideEncoding {
  std::string name;
  std::string evidence;  // "it starts with a UTF-16 byte-order mark", …
};
WideEncoding wide_encoding(std::string_view bytes);

/// How to fix text that is not UTF-8, for a message's second half.
inline constexpr const char* save_as_utf8 =
    "save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8)";

}  // namespace plan
