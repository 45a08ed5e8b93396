#include "load/raw_checks.h"

#include <fmt/format.h>

#include "load/limits.h"
#include "util/utf8.h"

namespace plan {
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
    size_t len = utf8_sequence_length(bytes, i);
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
