// Reads the tags of a mustache template with their line and column.
#include "render/template_tags.h"

namespace plan {
namespace {

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

std::vector<TemplateTag> template_tags(const std::string& text, bool* complete) {
  std::vector<TemplateTag> tags;
  if (complete) *complete = true;
  int line = 1, col = 1;
  size_t i = 0;
  auto advance_to = [&](size_t to) {
    for (; i < to && i < text.size(); ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
  };
  while (true) {
    size_t open = text.find("{{", i);
    if (open == std::string::npos) break;
    advance_to(open);
    int tag_line = line, tag_col = col;
    bool triple = open + 2 < text.size() && text[open + 2] == '{';
    size_t start = open + (triple ? 3 : 2);
    size_t close = text.find(triple ? "}}}" : "}}", start);
    if (close == std::string::npos) break;  // the engine reports the unclosed tag
    std::string body = text.substr(start, close - start);
    advance_to(close + (triple ? 3 : 2));
    char kind = 'v';
    if (!triple && !body.empty() && std::string("#^/&!>=").find(body[0]) != std::string::npos) {
      kind = body[0];
      body.erase(0, 1);
    }
    if (kind == '=') {
      if (complete) *complete = false;
      break;
    }
    if (kind == '!' || kind == '>') continue;
    if (kind == '&') kind = 'v';
    tags.push_back({kind, trim(body), tag_line, tag_col});
  }
  return tags;
}

}  // namespace plan
