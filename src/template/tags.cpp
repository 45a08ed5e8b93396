// Reads the tags of a mustache template with their line and column, the way
// kainjow mustache's parser finds them (template/tags.h).
#include "template/tags.h"

namespace plan {
namespace {

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

/// "=<% %>=" (already trimmed): the new delimiters, as the engine accepts them.
bool parse_delimiters(const std::string& body, std::string& open, std::string& close) {
  if (body.size() < 5 || body.back() != '=') return false;
  std::string inner = trim(body.substr(1, body.size() - 2));
  size_t space = inner.find(' ');
  if (space == std::string::npos) return false;
  size_t next = inner.find_first_not_of(' ', space + 1);
  if (next == std::string::npos) return false;
  std::string b = inner.substr(0, space), e = inner.substr(next);
  for (const std::string* d : {&b, &e})
    for (char c : *d)
      if (c == '=' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        return false;
  open = b;
  close = e;
  return true;
}

}  // namespace

std::vector<TemplateTag> template_tags(const std::string& text, bool* complete) {
  std::vector<TemplateTag> tags;
  if (complete) *complete = true;
  std::string open = "{{", close = "}}";
  int line = 1, col = 1;
  size_t i = 0;
  auto advance_to = [&](size_t to) {
    for (; i < to && i < text.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (c == '\n') {
        ++line;
        col = 1;
      } else if ((c & 0xC0) != 0x80) {  // a UTF-8 continuation byte is not a new character
        ++col;
      }
    }
  };
  while (true) {
    size_t at = text.find(open, i);
    if (at == std::string::npos) break;
    advance_to(at);
    int tag_line = line, tag_col = col;
    size_t start = at + open.size();
    // Triple braces exist only while the delimiters are the default ones.
    bool triple = open == "{{" && close == "}}" && start < text.size() && text[start] == '{';
    if (triple) ++start;
    const std::string end_mark = triple ? "}}}" : close;
    size_t stop = text.find(end_mark, start);
    if (stop == std::string::npos) {  // the engine reports the unclosed tag
      if (complete) *complete = false;
      break;
    }
    std::string body = trim(text.substr(start, stop - start));
    size_t end = stop + end_mark.size();
    advance_to(end);
    if (!triple && !body.empty() && body[0] == '=') {
      if (!parse_delimiters(body, open, close)) {
        if (complete) *complete = false;
        break;
      }
      continue;
    }
    TemplateTag tag{'v', body, tag_line, tag_col, triple, at, end};
    if (!triple && !body.empty() && std::string("#^/&!>").find(body[0]) != std::string::npos) {
      tag.kind = body[0];
      tag.name = trim(body.substr(1));
    }
    if (tag.kind == '!') continue;
    if (tag.kind == '&') {
      tag.kind = 'v';
      tag.raw = true;
    }
    tags.push_back(tag);
  }
  return tags;
}

}  // namespace plan
