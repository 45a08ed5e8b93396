#include "util/utf8.h"

#include <algorithm>

namespace plan {

WideEncoding wide_encoding(std::string_view s) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  if (s.size() >= 4 && s.compare(0, 4, std::string_view("\xFF\xFE\0\0", 4)) == 0)
    return {"UTF-32", "it starts with a UTF-32 byte-order mark"};
  if (s.size() >= 4 && s.compare(0, 4, std::string_view("\0\0\xFE\xFF", 4)) == 0)
    return {"UTF-32", "it starts with a UTF-32 byte-order mark"};
  if (s.size() >= 2 && b(0) == 0xFF && b(1) == 0xFE)
    return {"UTF-16", "it starts with a UTF-16 byte-order mark"};
  if (s.size() >= 2 && b(0) == 0xFE && b(1) == 0xFF)
    return {"UTF-16", "it starts with a UTF-16 byte-order mark"};
  // No mark: plain letters are one byte and one (UTF-16) or three (UTF-32)
  // NUL bytes. Three in four units of the start must look so.
  size_t n = std::min<size_t>(s.size(), 256);
  size_t quads = n / 4, le32 = 0, be32 = 0;
  for (size_t i = 0; i + 3 < n; i += 4) {
    if (b(i) && !b(i + 1) && !b(i + 2) && !b(i + 3)) ++le32;
    if (!b(i) && !b(i + 1) && !b(i + 2) && b(i + 3)) ++be32;
  }
  if (quads > 0 && 4 * le32 >= 3 * quads)
    return {"UTF-32", "three of every four bytes are NUL, as in UTF-32 text"};
  if (quads > 0 && 4 * be32 >= 3 * quads)
    return {"UTF-32", "three of every four bytes are NUL, as in UTF-32 text"};
  size_t pairs = n / 2, le16 = 0, be16 = 0;
  for (size_t i = 0; i + 1 < n; i += 2) {
    if (b(i) && !b(i + 1)) ++le16;
    if (!b(i) && b(i + 1)) ++be16;
  }
  if (pairs > 0 && 4 * le16 >= 3 * pairs)
    return {"UTF-16", "every other byte is NUL, as in UTF-16 text"};
  if (pairs > 0 && 4 * be16 >= 3 * pairs)
    return {"UTF-16", "every other byte is NUL, as in UTF-16 text"};
  return {};
}

size_t utf8_sequence(std::string_view s, size_t i, char32_t* cp_out) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  size_t len;
  char32_t min;
  char32_t cp;
  if (c < 0x80)
    len = 1, min = 0, cp = c;
  else if ((c & 0xE0) == 0xC0)
    len = 2, min = 0x80, cp = c & 0x1F;
  else if ((c & 0xF0) == 0xE0)
    len = 3, min = 0x800, cp = c & 0x0F;
  else if ((c & 0xF8) == 0xF0)
    len = 4, min = 0x10000, cp = c & 0x07;
  else
    return 0;
  if (len > s.size() - i) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  if (cp_out) *cp_out = cp;
  return len;
}

}  // namespace plan
