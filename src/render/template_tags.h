// The tags of a mustache template with where they are, so `plan render
// --template` can warn about a name the page data does not have ({{titel}})
// instead of printing nothing in silence.
#pragma once

#include <string>
#include <vector>

namespace plan {

struct TemplateTag {
  char kind;  // 'v' a value ({{x}}, {{{x}}}, {{&x}}), '#' or '^' a section, '/' its end
  std::string name;
  int line, col;  // 1-based, of the opening braces
};

/// The value and section tags in order; comments and partials are left out.
/// Stops at a delimiter change ({{=<% %>=}}), after which tags cannot be read
/// this simply; *complete says whether it read to the end.
std::vector<TemplateTag> template_tags(const std::string& text, bool* complete = nullptr);

}  // namespace plan
