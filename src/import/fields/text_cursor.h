// A read position in one line of scraped text, for recognising the line's
// shape ("By 27 March 2025, …", "7.1 - …") by hand: linear time on any
// input, unlike std::regex, which recurses per character on long lines.
#pragma once

#include <cctype>
#include <optional>
#include <string_view>

namespace plan {

struct TextCursor {
  std::string_view text;
  size_t at = 0;

  bool done() const { return at >= text.size(); }
  char peek() const { return done() ? '\0' : text[at]; }
  std::string_view rest() const { return text.substr(at); }

  /// Skips spaces, tabs and no-break spaces (U+00A0); true if any were skipped.
  bool skip_spaces() {
    size_t start = at;
    for (;;) {
      if (peek() == ' ' || peek() == '\t')
        ++at;
      else if (text.substr(at, 2) == "\xC2\xA0")
        at += 2;
      else
        break;
    }
    return at > start;
  }

  /// Consumes c if it is next.
  bool take(char c) {
    if (peek() != c || done()) return false;
    ++at;
    return true;
  }

  /// Consumes the next bytes if they match words, ignoring ASCII case.
  bool take_ci(std::string_view words) {
    if (text.size() - at < words.size()) return false;
    for (size_t i = 0; i < words.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(text[at + i])) !=
          std::tolower(static_cast<unsigned char>(words[i])))
        return false;
    at += words.size();
    return true;
  }

  /// Consumes a dash: '-', en dash (U+2013) or em dash (U+2014).
  bool take_dash() {
    if (take('-')) return true;
    if (text.substr(at, 3) == "\xE2\x80\x93" || text.substr(at, 3) == "\xE2\x80\x94") {
      at += 3;
      return true;
    }
    return false;
  }

  /// Consumes 1 to max_digits ASCII digits, not followed by another digit.
  std::optional<int> take_number(int max_digits) {
    size_t start = at;
    int value = 0;
    while (!done() && std::isdigit(static_cast<unsigned char>(peek()))) {
      if (int(at - start) == max_digits) {
        at = start;
        return std::nullopt;
      }
      value = value * 10 + (peek() - '0');
      ++at;
    }
    if (at == start) return std::nullopt;
    return value;
  }

  bool peek_digit() const { return !done() && std::isdigit(static_cast<unsigned char>(peek())); }

  /// Consumes every ASCII digit here; false when there was none.
  bool skip_digits() {
    size_t start = at;
    while (peek_digit()) ++at;
    return at > start;
  }

  /// True when the next byte does not continue a word (end, space, punctuation).
  bool at_word_end() const { return done() || !std::isalnum(static_cast<unsigned char>(peek())); }
};

}  // namespace plan
