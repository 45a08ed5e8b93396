#include "import/read/import_input.h"

#include <fmt/format.h>

#include <algorithm>

#include "util/terminal_text.h"
#include "util/utf8.h"

namespace plan {

bool check_import_bytes(std::string_view bytes, const std::string& file, Diagnostics& out) {
  if (bytes.size() > max_import_bytes) {
    out.error("import-too-large", file, 0, 0,
              fmt::format("the file is over {} MB; the text of an action plan page is tens of "
                          "kilobytes, so check this is the right file",
                          max_import_bytes / (1024 * 1024)));
    return false;
  }
  if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    out.error("import-empty", file, 0, 0,
              "the file is empty; save the action plan page's text into it and import again");
    return false;
  }
  // UTF-16 or UTF-32 text (Notepad's "Unicode") is full of NUL bytes, but is
  // text: say which, not "binary".
  if (WideEncoding wide = wide_encoding(bytes); !wide.name.empty()) {
    out.error("import-utf8", file, 0, 0,
              fmt::format("the file is saved as {} ({}), not UTF-8", wide.name, wide.evidence),
              std::string(save_as_utf8) + ", and import again");
    return false;
  }
  // A NUL anywhere means binary, whatever bytes come before it.
  if (size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    int line = int(std::count(bytes.begin(), bytes.begin() + long(nul), '\n')) + 1;
    // Reported for the whole file: quoting a binary line would send raw bytes to the terminal.
    out.error("import-binary", file, 0, 0,
              fmt::format("line {} contains a NUL byte, so this is not a text file (a PDF, Word "
                          "document or image?); copy the page's text into a plain text file and "
                          "import that",
                          line));
    return false;
  }
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < bytes.size();) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    size_t len = utf8_sequence_length(bytes, i);
    if (len == 0) {
      // 0x80-0x9F are Windows-1252's curly quotes and dashes, the usual culprits.
      const char* why =
          c >= 0x80 && c <= 0x9F ? " (the file looks saved as Windows 'ANSI' text)" : "";
      out.error("import-utf8", file, line, int(i - line_start) + 1,
                fmt::format("byte 0x{:02X} is not UTF-8{}; save the file as UTF-8 text (in most "
                            "editors: Save As, Encoding: UTF-8) and import again",
                            c, why));
      return false;
    }
    if (c == '\n') {
      ++line;
      line_start = i + 1;
    }
    i += len;
  }
  return true;
}

bool screen_control_characters(std::vector<Block>& lines, const std::string& file,
                               Diagnostics& out) {
  int found = 0;
  for (Block& l : lines) {
    for (char& c : l.text)
      if (c == '\f' || c == '\v') c = ' ';
    int column = 1;
    for (size_t i = 0; i < l.text.size(); ++column) {
      char32_t cp = 0;
      size_t len = utf8_sequence(l.text, i, &cp);
      if (len == 0) len = 1;  // checked as bytes before; a stray byte is not ours to judge here
      // A carriage return ends a line (CRLF); the line readers drop it.
      bool line_end = cp == '\r' && i + len == l.text.size();
      if (cp != '\t' && !line_end && is_control_character(cp) && ++found <= 20)
        out.error("import-control-character", file, l.line, column,
                  fmt::format("the control character U+{:04X} is in the page's text; no page "
                              "means it as text and a plan may not hold it, so delete it from "
                              "the file (an editor's search for it, or copying the page's text "
                              "again, will do) and import again",
                              uint32_t(cp)));
      i += len;
    }
  }
  if (found > 20)
    out.error("import-control-character", file, 0, 0,
              fmt::format("{} more control characters after these", found - 20));
  return found == 0;
}

}  // namespace plan
