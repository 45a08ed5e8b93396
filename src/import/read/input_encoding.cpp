#include "import/read/input_encoding.h"

#include <algorithm>
#include <cctype>

#include "import/read/import_input.h"
#include "util/utf8.h"

namespace plan {
namespace {

// windows-1252's 0x80-0x9F block as Unicode code points (0: no character there).
constexpr char32_t block_80_9f[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char32_t windows_1252(unsigned char c) {
  return c >= 0x80 && c <= 0x9F ? block_80_9f[c - 0x80] : char32_t(c);
}

void put_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

struct ByteCensus {
  bool valid_utf8 = true;      // the whole file
  bool utf8_sequence = false;  // some multi-byte UTF-8 sequence is there
  bool all_1252 = true;        // every byte a windows-1252 character
  size_t high = 0;             // bytes 0x80-0xFF
};

ByteCensus census(std::string_view bytes) {
  ByteCensus c;
  for (size_t i = 0; i < bytes.size();) {
    unsigned char b = static_cast<unsigned char>(bytes[i]);
    if (b >= 0x80) {
      ++c.high;
      if (windows_1252(b) == 0) c.all_1252 = false;
    }
    size_t len = utf8_sequence_length(bytes, i);
    if (len == 0) {
      c.valid_utf8 = false;
      ++i;
      continue;
    }
    if (len > 1) {
      c.utf8_sequence = true;
      c.high += len - 1;
    }
    i += len;
  }
  return c;
}

bool names_windows_1252(const std::string& charset) {
  for (const char* name : {"windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1",
                           "us-ascii", "ascii", "x-cp1252"})
    if (charset == name) return true;
  return false;
}

std::string decoded(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) put_utf8(out, windows_1252(static_cast<unsigned char>(ch)));
  return out;
}

}  // namespace

std::string declared_charset(std::string_view html) {
  std::string head(html.substr(0, 2048));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  size_t at = head.find("charset=");
  if (at == std::string::npos || head.rfind("<meta", at) == std::string::npos) return {};
  at += 8;
  while (at < head.size() && (head[at] == '"' || head[at] == '\'' || head[at] == ' ')) ++at;
  size_t end = at;
  while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) ||
                               head[end] == '-' || head[end] == '_'))
    ++end;
  return head.substr(at, end - at);
}

DecodedInput decode_import_bytes(std::string_view bytes, bool html) {
  // Too large, or binary (a NUL): refused as it is, by check_import_bytes.
  if (bytes.size() > max_import_bytes || bytes.find('\0') != std::string_view::npos)
    return {std::string(bytes), ""};
  ByteCensus c = census(bytes);
  if (c.valid_utf8) return {std::string(bytes), ""};
  std::string charset = html ? declared_charset(bytes) : std::string();
  bool declared = names_windows_1252(charset);
  // Text, not a binary file or another encoding: high bytes are the odd
  // quote, dash or accent, and none of them starts a UTF-8 sequence.
  bool plausible = c.all_1252 && !c.utf8_sequence && c.high * 5 <= bytes.size();
  if (!(plausible || (declared && c.all_1252))) return {std::string(bytes), ""};
  std::string why = declared ? "the page declares charset=" + charset
                             : "it is not UTF-8, and its bytes are windows-1252 text";
  return {decoded(bytes), "encoding: read as windows-1252 (" + why +
                              "); quotes, dashes and accents were converted to UTF-8"};
}

}  // namespace plan
