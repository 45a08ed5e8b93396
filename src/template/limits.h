// The limits a page template (plan render --template) must keep, checked
// before the mustache engine sees it: sections nested at most
// max_template_depth deep (the engine copies each section's text once per
// level, so 40,000 nested sections took 9 GB and 44 s) and no partials
// ({{>name}}: plan has no partial files, and the engine would read a plan
// value of that name as template text). The size and work of the page
// itself are bounded in fill.cpp, where the data is.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace plan {

/// Deeper than any sensible page: the built-in templates nest 6 deep.
inline constexpr int max_template_depth = 32;

/// The page a template makes may be at most this large, or
/// template_budget_factor times the built-in template's page for the same
/// plan, whichever is more; and the same for the engine's steps (values
/// printed, sections entered, pieces of text copied).
inline constexpr size_t min_page_bytes_limit = size_t(64) << 20;  // 64 MiB
inline constexpr size_t min_render_steps_limit = 10'000'000;
inline constexpr size_t template_budget_factor = 8;

struct TemplateProblem {
  int line = 0, col = 0;  // in the template
  std::string rule;       // template-depth, template-partial
  std::string message;    // what is wrong, and what would be right
};

/// The first limit the template's own text breaks, if any.
std::optional<TemplateProblem> check_template_shape(const std::string& text);

}  // namespace plan
