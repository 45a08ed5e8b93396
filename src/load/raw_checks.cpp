#include "load/raw_checks.h"

#include <fmt/format.h>

#include "load/limits.h"

namespace plan {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 if it is not valid.
size_t utf8_sequence(const std::string& s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t len;
  unsigned min;
  unsigned cp;
  if ((c & 0xE0) == 0xC0) len = 2, min = 0x80, cp = c & 0x1F;
  else if ((c & 0xF0) == 0xE0) len = 3, min = 0x800, cp = c & 0x0F;
  else if ((c & 0xF8) == 0xF0) len = 4, min = 0x10000, cp = c & 0x07;
  else return 0;
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

}  // namespace

bool check_raw_bytes(const std::string& bytes, const std::string& file, Diagnostics& out) {
  if (bytes.size() > limits::max_file_bytes) {
    out.error("file-too-large", file, 0, 0,
              fmt::format("the file is larger than {} MiB; a plan file should be a few "
                          "kilobytes, so split it or check it is the right file",
                          limits::max_file_bytes / (1024 * 1024)));
    return false;
  }
  bool parse = true;
  size_t start = 0;
  if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    out.error("bom", file, 1, 1,
              "the file starts with a byte-order mark; save it as UTF-8 without BOM");
    start = 3;
  }
  int line = 1;
  size_t line_start = 0;
  bool in_indent = true;
  int tab_reports = 0, utf8_reports = 0;
  for (size_t i = start; i < bytes.size();) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    int col = int(i - line_start) + 1;
    if (c == '\n') {
      if (i - line_start > limits::max_line_bytes) {
        out.error("line-too-long", file, line, 1,
                  fmt::format("line is {} bytes long, over the limit of {}; break long text "
                              "over several lines with a '|' block",
                              i - line_start, limits::max_line_bytes));
        parse = false;
      }
      ++line;
      line_start = ++i;
      in_indent = true;
      continue;
    }
    if (c == 0) {
      out.error("nul-byte", file, line, col,
                "the file contains a NUL byte; it is binary or corrupted, not a text file");
      return false;
    }
    if (c == '\t' && in_indent) {
      if (tab_reports++ < 20)
        out.error("tab", file, line, col,
                  "tab character in indentation; YAML indents with spaces only, so replace "
                  "the tab with spaces");
      parse = false;
    } else if (c != ' ' && c != '-' && c != '\r') {
      in_indent = false;
    }
    size_t len = utf8_sequence(bytes, i);
    if (len == 0) {
      if (utf8_reports++ < 20)
        out.error("utf8", file, line, col,
                  fmt::format("byte 0x{:02X} is not valid UTF-8; save the file as UTF-8", c));
      parse = false;
      len = 1;
    }
    i += len;
  }
  if (bytes.size() - line_start > limits::max_line_bytes) {
    out.error("line-too-long", file, line, 1,
              fmt::format("line is over the limit of {} bytes; break long text over several "
                          "lines with a '|' block",
                          limits::max_line_bytes));
    parse = false;
  }
  return parse;
}

}  // namespace plan
