#include "report/text_width.h"

#include <cstdint>

namespace plan {
namespace {

struct CodePoint {
  char32_t value = 0;
  size_t length = 1;  // bytes
  bool valid = false;
};

CodePoint decode(const std::string& s, size_t at) {
  auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b = byte(at);
  CodePoint cp;
  size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || at + len > s.size()) return cp;
  char32_t v = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (size_t i = 1; i < len; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return cp;
    v = (v << 6) | (byte(at + i) & 0x3F);
  }
  cp.value = v;
  cp.length = len;
  cp.valid = true;
  return cp;
}

bool in(char32_t c, char32_t lo, char32_t hi) {
  return c >= lo && c <= hi;
}

int width_of(const CodePoint& cp) {
  if (!cp.valid) return 1;
  char32_t c = cp.value;
  if (in(c, 0x0300, 0x036F) || in(c, 0x1AB0, 0x1AFF) || in(c, 0x1DC0, 0x1DFF) ||
      in(c, 0x20D0, 0x20FF) || in(c, 0xFE20, 0xFE2F) || in(c, 0x200B, 0x200F) ||
      in(c, 0xFE00, 0xFE0F) || c == 0x00AD)
    return 0;
  if (in(c, 0x1100, 0x115F) || in(c, 0x2E80, 0x303E) || in(c, 0x3041, 0x33FF) ||
      in(c, 0x3400, 0x4DBF) || in(c, 0x4E00, 0x9FFF) || in(c, 0xA000, 0xA4CF) ||
      in(c, 0xAC00, 0xD7A3) || in(c, 0xF900, 0xFAFF) || in(c, 0xFE30, 0xFE4F) ||
      in(c, 0xFF00, 0xFF60) || in(c, 0xFFE0, 0xFFE6) || in(c, 0x1F300, 0x1F64F) ||
      in(c, 0x1F900, 0x1F9FF) || in(c, 0x20000, 0x3FFFD))
    return 2;
  return 1;
}

const char* const ellipsis = "\xE2\x80\xA6";  // …

}  // namespace

int display_width(const std::string& text) {
  int w = 0;
  for (size_t i = 0; i < text.size();) {
    CodePoint cp = decode(text, i);
    w += width_of(cp);
    i += cp.length;
  }
  return w;
}

std::string one_line(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    out += (u < 0x20 || u == 0x7F) ? ' ' : c;
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
    CodePoint cp = decode(text, end);
    int w = width_of(cp);
    if (used + w > budget) break;
    used += w;
    end += cp.length;
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
