#include "util/terminal_text.h"

#include <fmt/format.h>

#include "util/utf8.h"

namespace plan {

bool is_control_character(char32_t cp) {
  if (cp == '\t' || cp == '\n') return false;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

bool is_noncharacter(char32_t cp) {
  return (cp >= 0xFDD0 && cp <= 0xFDEF) || ((cp & 0xFFFE) == 0xFFFE && cp <= 0x10FFFF);
}

bool is_bidi_control(char32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string forbidden_character(std::string_view text, bool allow_newline) {
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    size_t len = utf8_sequence(text, i, &cp);
    if (len == 0)
      return fmt::format("the byte 0x{:02X}, which is not UTF-8",
                         static_cast<unsigned char>(text[i]));
    if (is_control_character(cp) || (cp == '\n' && !allow_newline))
      return fmt::format("the control character U+{:04X}", unsigned(cp));
    if (is_noncharacter(cp)) return fmt::format("the noncharacter U+{:04X}", unsigned(cp));
    i += len;
  }
  return "";
}

std::string terminal_safe(std::string_view s, size_t max_bytes) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (out.size() >= max_bytes) return out + "...";
    char32_t cp = 0;
    size_t len = utf8_sequence(s, i, &cp);
    if (len == 0) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(s[i]));
      ++i;
      continue;
    }
    if (cp == '\n')
      out += "\\n";
    else if (cp == '\r')
      out += "\\r";
    else if (cp < 0x20 && cp != '\t')
      out += fmt::format("\\x{:02X}", unsigned(cp));
    else if ((cp >= 0x7F && cp <= 0x9F) || is_bidi_control(cp) || is_noncharacter(cp))
      out += fmt::format("\\u{{{:04X}}}", unsigned(cp));
    else
      out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace plan
