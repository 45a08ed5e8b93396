#include "util/display_width.h"

#include "util/utf8.h"

namespace plan {
namespace {

bool in(char32_t c, char32_t lo, char32_t hi) {
  return c >= lo && c <= hi;
}

}  // namespace

int char_width(char32_t c, bool valid) {
  if (!valid) return 1;
  if (in(c, 0x0300, 0x036F) || in(c, 0x1AB0, 0x1AFF) || in(c, 0x1DC0, 0x1DFF) ||
      in(c, 0x20D0, 0x20FF) || in(c, 0xFE20, 0xFE2F) || in(c, 0x200B, 0x200F) ||
      in(c, 0xFE00, 0xFE0F) || c == 0x00AD)
    return 0;
  if (in(c, 0x1100, 0x115F) || in(c, 0x2E80, 0x303E) || in(c, 0x3041, 0x33FF) ||
      in(c, 0x3400, 0x4DBF) || in(c, 0x4E00, 0x9FFF) || in(c, 0xA000, 0xA4CF) ||
      in(c, 0xAC00, 0xD7A3) || in(c, 0xF900, 0xFAFF) || in(c, 0xFE30, 0xFE4F) ||
      in(c, 0xFF00, 0xFF60) || in(c, 0xFFE0, 0xFFE6) || in(c, 0x1F300, 0x1F64F) ||
      in(c, 0x1F900, 0x1F9FF) || in(c, 0x20000, 0x3FFFD))
    return 2;
  return 1;
}

int display_width(std::string_view text) {
  int w = 0;
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    size_t len = utf8_sequence(text, i, &cp);
    w += char_width(cp, len != 0);
    i += len == 0 ? 1 : len;
  }
  return w;
}

int character_column(std::string_view text, size_t offset) {
  if (offset > text.size()) offset = text.size();
  size_t nl = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  size_t start = nl == std::string_view::npos ? 0 : nl + 1;
  int col = 1;
  for (size_t i = start; i < offset;) {
    size_t len = utf8_sequence(text, i);
    i += len == 0 ? 1 : len;
    ++col;
  }
  return col;
}

}  // namespace plan
