// The tags of a mustache template with where they are, read as the engine
// (kainjow mustache) reads them, delimiter changes ({{=<% %>=}}) included:
// so `plan render --template` can warn about a name the page data does not
// have ({{titel}}), and refuse a template nested too deep before the engine,
// whose cost grows with the square of the depth, ever sees it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace plan {

struct TemplateTag {
  char kind;  // 'v' a value ({{x}}, {{{x}}}, {{&x}}), '#' or '^' a section, '/' its end, '>' a
              // partial
  std::string name;
  int line, col;     // 1-based, of the opening delimiter; col counts characters
  bool raw = false;  // {{{x}}} or {{&x}}: printed unescaped
  size_t start = 0;  // byte offset of the opening delimiter
  size_t end = 0;    // byte offset just past the closing delimiter
};

/// The value, section and partial tags in order; comments and delimiter
/// changes are left out. *complete says whether it read to the end (false
/// at a tag with no end or a malformed delimiter change, which the engine
/// reports itself).
std::vector<TemplateTag> template_tags(const std::string& text, bool* complete = nullptr);

}  // namespace plan
