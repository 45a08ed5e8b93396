#include "query/text_width.h"

#include <cstdint>

#include "util/terminal_text.h"
#include "util/utf8.h"

namespace plan {
namespace {

const char* const ellipsis = "\xE2\x80\xA6";  // …

}  // namespace

std::string one_line(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    size_t len = utf8_sequence(text, i, &cp);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for a byte that is not UTF-8
      ++i;
      continue;
    }
    // Whatever the plan holds, a table cell cannot act on the terminal.
    if (cp < 0x20 || is_control_character(cp) || is_bidi_control(cp))
      out += ' ';
    else
      out.append(text, i, len);
    i += len;
  }
  return out;
}

std::string shorten(const std::string& text, int width) {
  if (display_width(text) <= width) return text;
  if (width <= 0) return "";
  int budget = width - 1;  // one column for the ellipsis
  size_t end = 0;
  int used = 0;
  while (end < text.size()) {
    char32_t cp = 0;
    size_t len = utf8_sequence(text, end, &cp);
    int w = char_width(cp, len != 0);
    if (used + w > budget) break;
    used += w;
    end += len == 0 ? 1 : len;
  }
  std::string kept = text.substr(0, end);
  while (!kept.empty() && kept.back() == ' ') kept.pop_back();
  return kept + ellipsis;
}

namespace {

// How far continuation lines of a list item are indented: "- x" -> 2, "12. x" -> 4.
size_t hanging_indent(const std::string& line) {
  size_t lead = line.find_first_not_of(' ');
  if (lead == std::string::npos) return 0;
  if (line.compare(lead, 2, "- ") == 0 || line.compare(lead, 2, "* ") == 0) return lead + 2;
  size_t d = lead;
  while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
  if (d > lead && line.compare(d, 2, ". ") == 0) return d + 2;
  return lead;
}

void wrap_line(const std::string& line, int width, const std::string& pad,
               std::vector<std::string>& out) {
  // line is not blank and has no trailing spaces (see wrap).
  size_t hang = hanging_indent(line);
  size_t i = line.find_first_not_of(' ');
  std::string current = pad + line.substr(0, i);
  size_t base = current.size();
  int current_width = display_width(current);
  while (i != std::string::npos && i < line.size()) {
    size_t end = line.find(' ', i);
    std::string word = line.substr(i, end == std::string::npos ? std::string::npos : end - i);
    int ww = display_width(word);
    bool first = current.size() == base;
    if (!first && current_width + 1 + ww > width) {
      out.push_back(current);
      current = pad + std::string(hang, ' ');
      base = current.size();
      current_width = display_width(current);
      first = true;
    }
    if (!first) {
      current += ' ';
      ++current_width;
    }
    current += word;
    current_width += ww;
    i = end == std::string::npos ? end : line.find_first_not_of(' ', end);
  }
  out.push_back(current);
}

}  // namespace

std::vector<std::string> wrap(const std::string& text, int width, int indent) {
  std::vector<std::string> out;
  std::string pad(size_t(indent > 0 ? indent : 0), ' ');
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    std::string line =
        text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    line = one_line(line);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (line.empty())
      out.push_back("");
    else
      wrap_line(line, width, pad, out);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

}  // namespace plan
