// The one measure of how wide text is on a terminal, used by the caret under
// a message's quoted line, by tables and by wrapping: characters, not bytes,
// with East Asian wide characters counting two and combining marks none.
#pragma once

#include <cstddef>
#include <string_view>

namespace plan {

/// Columns the text takes: wide (CJK, emoji) characters count two, combining
/// marks and zero-width characters none, a byte that is not UTF-8 one.
int display_width(std::string_view text);

/// Columns of one character (code point cp; valid false for a stray byte).
int char_width(char32_t cp, bool valid = true);

/// The 1-based character column of the byte at offset in text (counting from
/// the line's start): what a person counts, where yaml-cpp and byte scans
/// count bytes.
int character_column(std::string_view text, size_t offset);

}  // namespace plan
