#include "util/markdown_escape.h"

#include <cstring>

namespace plan {
namespace {

// Characters with a meaning somewhere in GitHub- or GitLab-flavoured
// Markdown, or to a site generator's template engine ({ }), wherever they
// stand. Any ASCII punctuation may be backslash-escaped in CommonMark.
constexpr const char* always_escaped = "\\`*_[]<>|~&${}";

// Characters that only mean something at the start of a line.
constexpr const char* escaped_at_start = "#-+=>";

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

std::string markdown_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size() + 8);
  bool at_start = true;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r' || c == '\n' || c == '\t') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
      out += ' ';
      continue;
    }
    bool escape = c != '\0' && std::strchr(always_escaped, c) != nullptr;
    if (at_start && c != '\0' && std::strchr(escaped_at_start, c)) escape = true;
    // "1. " or "1) " at the start would begin an ordered list.
    bool ends_word = i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\t';
    if ((c == '.' || c == ')') && ends_word && !out.empty() && is_digit(out.back())) {
      size_t j = out.size();
      while (j > 0 && is_digit(out[j - 1])) --j;
      if (j == 0) escape = true;
    }
    if (c == ' ' && out.empty()) continue;  // leading spaces could start a code block
    if (escape) out += '\\';
    out += c;
    if (!is_digit(c)) at_start = false;
  }
  return out;
}

}  // namespace plan
