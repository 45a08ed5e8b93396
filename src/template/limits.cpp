// Checks a template's own shape (template/limits.h) from its tags alone.
#include "template/limits.h"

#include <vector>

#include "template/tags.h"

namespace plan {

std::optional<TemplateProblem> check_template_shape(const std::string& text) {
  int depth = 0;
  for (const TemplateTag& t : template_tags(text)) {
    if (t.kind == '>')
      return TemplateProblem{
          t.line, t.col, "template-partial",
          "partials ({{>" + t.name +
              "}}) are not supported: plan has no partial files, and the engine would read the "
              "plan's value '" +
              t.name + "' as template text; write that part of the template out in full"};
    if (t.kind == '/' && depth > 0) --depth;
    if (t.kind != '#' && t.kind != '^') continue;
    if (++depth > max_template_depth)
      return TemplateProblem{
          t.line, t.col, "template-depth",
          "this section is nested " + std::to_string(depth) + " deep, over the limit of " +
              std::to_string(max_template_depth) +
              " (the built-in templates nest 6 deep); close the sections above it that are "
              "still open, or check the template is the right file"};
  }
  return std::nullopt;
}

}  // namespace plan
