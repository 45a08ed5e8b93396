// A file's text seen as lines, with the byte offsets of each, so an edit can
// insert whole lines without touching the bytes around them (line endings,
// a missing final newline and all).
#pragma once

#include <string>
#include <vector>

namespace plan {

struct TextLine {
  size_t begin = 0;  // first byte
  size_t end = 0;    // one past the last byte before the line ending ("\r\n" or "\n")
  size_t next = 0;   // first byte of the next line (== end when the line has no ending)
};

/// Every line of text; a final line without a line ending is included.
std::vector<TextLine> index_lines(const std::string& text);

/// Leading spaces of the line, or -1 for a line of only spaces (or nothing).
int line_indent(const std::string& text, const TextLine& line);

/// True when the first character after the indentation is '#'.
bool is_comment_line(const std::string& text, const TextLine& line);

/// The line's ending ("\r\n", "\n"), or "" when it has none.
std::string line_ending(const std::string& text, const TextLine& line);

/// The ending of the file's first line, "\n" for a file of one unended line.
std::string first_line_ending(const std::string& text);

/// Byte offset of a 1-based line and column; text.size() when past the end.
size_t offset_of(const std::vector<TextLine>& lines, int line, int col);

/// Rewrites "\n" as eol.
std::string with_line_endings(const std::string& text, const std::string& eol);

}  // namespace plan
