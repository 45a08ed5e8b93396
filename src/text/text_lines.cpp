#include "text/text_lines.h"

#include <algorithm>

namespace plan {

std::vector<TextLine> index_lines(const std::string& text) {
  std::vector<TextLine> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    TextLine l;
    l.begin = start;
    if (nl == std::string::npos) {
      l.end = l.next = text.size();
    } else {
      l.end = (nl > start && text[nl - 1] == '\r') ? nl - 1 : nl;
      l.next = nl + 1;
    }
    lines.push_back(l);
    start = l.next;
  }
  return lines;
}

int line_indent(const std::string& text, const TextLine& line) {
  size_t i = line.begin;
  while (i < line.end && text[i] == ' ') ++i;
  if (i == line.end) return -1;
  // A lone '\r' before the ending (CR CR LF) still counts as blank.
  if (text.find_first_not_of('\r', i) >= line.end) return -1;
  return int(i - line.begin);
}

bool is_comment_line(const std::string& text, const TextLine& line) {
  int indent = line_indent(text, line);
  return indent >= 0 && text[line.begin + size_t(indent)] == '#';
}

std::string line_ending(const std::string& text, const TextLine& line) {
  return text.substr(line.end, line.next - line.end);
}

std::string first_line_ending(const std::string& text) {
  size_t nl = text.find('\n');
  return (nl != std::string::npos && nl > 0 && text[nl - 1] == '\r') ? "\r\n" : "\n";
}

size_t offset_of(const std::vector<TextLine>& lines, int line, int col) {
  if (line < 1 || size_t(line) > lines.size()) return lines.empty() ? 0 : lines.back().next;
  const TextLine& l = lines[size_t(line - 1)];
  return std::min(l.begin + size_t(std::max(col, 1) - 1), l.next);
}

std::string with_line_endings(const std::string& text, const std::string& eol) {
  if (eol == "\n") return text;
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (char c : text) {
    if (c == '\n')
      out += eol;
    else
      out += c;
  }
  return out;
}

}  // namespace plan
