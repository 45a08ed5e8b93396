#include "load/raw_checks.h"

#include <fmt/format.h>

#include "load/limits.h"
#include "util/utf8.h"

namespace plan {
namespace {

// Characters YAML does not allow in a file (C0 controls but tab, line feed
// and carriage return; DEL; the C1 block). A terminal may act on them when a
// line is quoted in a message; C1 ones usually come from text copied through
// the wrong encoding.
bool is_control(char32_t cp) {
  if (cp == '\t' || cp == '\n' || cp == '\r') return false;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
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
  if (bytes.compare(0, 2, "\xFF\xFE") == 0 || bytes.compare(0, 2, "\xFE\xFF") == 0) {
    out.error("utf8", file, 1, 1,
              "the file is saved as UTF-16 (it starts with a UTF-16 byte-order mark); save it "
              "as UTF-8");
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
  int tab_reports = 0, utf8_reports = 0, control_reports = 0;
  bool cr_reported = false;
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
    if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] != '\n' && !cr_reported) {
      // yaml-cpp reads a lone CR as a line break, so every line number after it would be wrong.
      out.error("carriage-return", file, line, col,
                "carriage return (CR) without a line feed: the file has old Mac line endings; "
                "save it with LF (or CRLF) line endings");
      cr_reported = true;
      parse = false;
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
    char32_t cp = 0;
    size_t len = utf8_sequence(bytes, i, &cp);
    if (len == 0) {
      // One message for a broken sequence: its lead byte and the continuation bytes after it.
      len = 1;
      while (len < 4 && i + len < bytes.size() && (bytes[i + len] & 0xC0) == 0x80) ++len;
      std::string shown;
      for (size_t k = 0; k < len; ++k)
        shown += fmt::format("{}0x{:02X}", k ? " " : "", static_cast<unsigned char>(bytes[i + k]));
      if (utf8_reports++ < 20)
        out.error("utf8", file, line, col,
                  fmt::format("{} {} not valid UTF-8; save the file as UTF-8",
                              len == 1 ? "byte " + shown : "bytes " + shown,
                              len == 1 ? "is" : "are"));
      parse = false;
    } else if (is_control(cp)) {
      if (control_reports++ < 20)
        out.error("control-character", file, line, col,
                  fmt::format("the control character U+{:04X} is not allowed in a plan file; "
                              "delete it (it is invisible in most editors)",
                              unsigned(cp)));
      parse = false;
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
