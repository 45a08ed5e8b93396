#include "load/raw_checks.h"

#include <fmt/format.h>

#include "load/limits.h"
#include "util/display_width.h"
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

// The part of the file the per-line rules read: from after a byte-order mark
// up to the first NUL byte (past it the file is binary, and nul-byte says so).
struct Span {
  const std::string& bytes;
  size_t begin = 0;
  size_t end = 0;  // the first NUL, or bytes.size()
};

// One rule each. The refusing ones return false when the file must not be parsed.

bool check_file_size(const std::string& bytes, const std::string& file, Diagnostics& out) {
  if (bytes.size() <= limits::max_file_bytes) return true;
  out.error("file-too-large", file, 0, 0,
            fmt::format("the file is larger than {} MiB", limits::max_file_bytes / (1024 * 1024)),
            "a plan file should be a few kilobytes, so split it or check it is the right file");
  return false;
}

// UTF-16 and UTF-32 (with a byte-order mark or without) would otherwise be
// reported as NUL bytes, or a byte at a time as not UTF-8.
bool check_not_utf16(const std::string& bytes, const std::string& file, Diagnostics& out) {
  WideEncoding wide = wide_encoding(bytes);
  if (wide.name.empty()) return true;
  // About the whole file: its lines, a NUL between each letter, are not worth quoting.
  out.error("utf8", file, 0, 0,
            fmt::format("the file is saved as {} ({}), not UTF-8", wide.name, wide.evidence),
            save_as_utf8);
  return false;
}

// Returns where the text starts: after the mark, which is reported.
size_t check_bom(const std::string& bytes, const std::string& file, Diagnostics& out) {
  if (bytes.compare(0, 3, "\xEF\xBB\xBF") != 0) return 0;
  out.error("bom", file, 1, 1, "the file starts with a byte-order mark",
            "save it as UTF-8 without BOM");
  return 3;
}

bool check_nul_byte(const Span& s, const std::string& file, Diagnostics& out) {
  if (s.end == s.bytes.size()) return true;
  int line = 1;
  for (size_t i = 0; i < s.end; ++i)
    if (s.bytes[i] == '\n') ++line;
  out.error("nul-byte", file, line, character_column(s.bytes, s.end),
            "the file contains a NUL byte; it is binary or corrupted, not a text file");
  return false;
}

bool check_line_length(const Span& s, const std::string& file, Diagnostics& out) {
  bool ok = true;
  int line = 1;
  size_t line_start = 0;
  for (size_t i = s.begin; i < s.end; ++i) {
    if (s.bytes[i] != '\n') continue;
    if (i - line_start > limits::max_line_bytes) {
      out.error("line-too-long", file, line, 1,
                fmt::format("line is {} bytes long, over the limit of {}", i - line_start,
                            limits::max_line_bytes),
                "break long text over several lines with a '|' block");
      ok = false;
    }
    ++line;
    line_start = i + 1;
  }
  // The last line, unless a NUL cut the file short (nul-byte is the reason then).
  if (s.end == s.bytes.size() && s.bytes.size() - line_start > limits::max_line_bytes) {
    out.error("line-too-long", file, line, 1,
              fmt::format("line is over the limit of {} bytes", limits::max_line_bytes),
              "break long text over several lines with a '|' block");
    ok = false;
  }
  return ok;
}

bool check_carriage_return(const Span& s, const std::string& file, Diagnostics& out) {
  int line = 1;
  for (size_t i = s.begin; i < s.end; ++i) {
    if (s.bytes[i] == '\n') {
      ++line;
    } else if (s.bytes[i] == '\r' && i + 1 < s.bytes.size() && s.bytes[i + 1] != '\n') {
      // yaml-cpp reads a lone CR as a line break, so every line number after it would be wrong.
      out.error("carriage-return", file, line, character_column(s.bytes, i),
                "carriage return (CR) without a line feed: the file has old Mac line endings",
                "save it with LF (or CRLF) line endings");
      return false;
    }
  }
  return true;
}

bool check_tab_indent(const Span& s, const std::string& file, Diagnostics& out) {
  int line = 1, reports = 0;
  size_t line_start = 0;
  bool in_indent = true;
  for (size_t i = s.begin; i < s.end; ++i) {
    char c = s.bytes[i];
    if (c == '\n') {
      ++line;
      line_start = i + 1;
      in_indent = true;
    } else if (c == '\t' && in_indent) {
      if (reports++ < 20)
        out.error("tab", file, line, int(i - line_start) + 1, "tab character in indentation",
                  "YAML indents with spaces only, so replace the tab with spaces");
    } else if (c != ' ' && c != '-' && c != '\r') {
      in_indent = false;
    }
  }
  return reports == 0;
}

// Both UTF-8 rules walk the text a character at a time; a broken sequence is
// its lead byte and the continuation bytes after it.
template <typename OnChar>
void each_character(const Span& s, OnChar on_char) {
  int line = 1, col = 1;  // columns count characters, as people do
  for (size_t i = s.begin; i < s.end;) {
    char32_t cp = 0;
    size_t len = utf8_sequence(s.bytes, i, &cp);
    bool valid = len != 0;
    if (!valid) {
      len = 1;
      while (len < 4 && i + len < s.bytes.size() && (s.bytes[i + len] & 0xC0) == 0x80) ++len;
    }
    on_char(valid, cp, i, len, line, col++);
    if (valid && cp == '\n') ++line, col = 1;
    i += len;
  }
}

bool check_utf8(const Span& s, const std::string& file, Diagnostics& out) {
  int reports = 0;
  each_character(s, [&](bool valid, char32_t, size_t i, size_t len, int line, int col) {
    if (valid || reports++ >= 20) return;
    std::string shown;
    for (size_t k = 0; k < len; ++k)
      shown += fmt::format("{}0x{:02X}", k ? " " : "", static_cast<unsigned char>(s.bytes[i + k]));
    out.error("utf8", file, line, col,
              fmt::format("{} {} not valid UTF-8", len == 1 ? "byte " + shown : "bytes " + shown,
                          len == 1 ? "is" : "are"),
              "save the file as UTF-8");
  });
  return reports == 0;
}

bool check_control_characters(const Span& s, const std::string& file, Diagnostics& out) {
  int reports = 0;
  each_character(s, [&](bool valid, char32_t cp, size_t, size_t, int line, int col) {
    if (!valid || !is_control(cp) || reports++ >= 20) return;
    out.error(
        "control-character", file, line, col,
        fmt::format("the control character U+{:04X} is not allowed in a plan file", unsigned(cp)),
        "delete it (it is invisible in most editors)");
  });
  return reports == 0;
}

}  // namespace

bool check_raw_bytes(const std::string& bytes, const std::string& file, Diagnostics& out) {
  if (!check_file_size(bytes, file, out) || !check_not_utf16(bytes, file, out)) return false;
  size_t begin = check_bom(bytes, file, out);
  Span s{bytes, begin, std::min(bytes.find('\0', begin), bytes.size())};
  bool parse = check_line_length(s, file, out);
  parse = check_carriage_return(s, file, out) && parse;
  parse = check_tab_indent(s, file, out) && parse;
  parse = check_utf8(s, file, out) && parse;
  parse = check_control_characters(s, file, out) && parse;
  return check_nul_byte(s, file, out) && parse;
}

}  // namespace plan
