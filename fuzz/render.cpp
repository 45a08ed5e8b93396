// Fuzz target: any bytes as a recommendation file, rendered as the public
// page (HTML, the HTML fragment and Markdown), whether or not the plan has
// errors (plan render refuses those, but nothing may crash on them). The HTML
// must be well-formed and hold only the template's own tags and attributes,
// with no event handler or javascript: link (support/html_check.cpp); in the
// Markdown page every '<' must be escaped or start one of the template's tags.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <string>

#include "check/load_checked.h"
#include "check/rules.h"
#include "render/build_view.h"
#include "render/page_template.h"
#include "support/fuzz_support.h"

namespace {

using namespace plan;

const char* const plan_yaml =
    "title: Fuzz Plan\norganisation: Fuzz Force\npublished: 2024-09-27\n"
    "introduction: The plan's *introduction*, with [a link](https://example.org).\n"
    "leads:\n  - role: Executive Lead\n    name: A. Person\n"
    "owner: Chief Constables\nstatuses: [Not Started, In Progress, Complete]\n";

const Date as_of{std::chrono::year{2025}, std::chrono::month{1}, std::chrono::day{15}};

// Tags (and attributes) the HTML template uses, plus what the Markdown
// renderer makes of plan text.
struct Allowed {
  std::vector<std::string> tags, attributes, md_tags, md_attributes;
  Allowed() {
    std::string html = builtin_template(PageFormat::html);
    tags = fuzz::template_tags(html);
    attributes = fuzz::template_attributes(html);
    for (const char* t : {"p",  "em", "strong", "a",  "ul", "ol", "li", "code", "pre", "blockquote",
                          "h1", "h2", "h3",     "h4", "h5", "h6", "hr", "br",   "img", "del"})
      tags.push_back(t);
    for (const char* a : {"href", "title", "src", "alt", "start"}) attributes.push_back(a);
    std::string md = builtin_template(PageFormat::markdown);
    md_tags = fuzz::template_tags(md);
    md_attributes = fuzz::template_attributes(md);
  }
};

bool listed(const std::vector<std::string>& list, const std::string& name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

void check_markdown(const std::string& md, const Allowed& allowed) {
  static const std::regex tag(R"(^</?([a-zA-Z][a-zA-Z0-9-]*)((\s+[a-zA-Z-]+="[^"<>]*")*)\s*/?>$)");
  static const std::regex attr(R"(([a-zA-Z-]+)=")");
  for (size_t i = md.find('<'); i != std::string::npos; i = md.find('<', i + 1)) {
    size_t backslashes = 0;
    while (backslashes < i && md[i - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 1) continue;  // "\<" shows as text
    size_t end = md.find('>', i);
    if (i >= 2 && md.compare(i - 2, 2, "](") == 0) {  // a link destination: [title](<url>)
      fuzz::require(end != std::string::npos, "Markdown page: a link destination never ends");
      std::string url = md.substr(i + 1, end - i - 1);
      fuzz::require(url.find_first_of("<\n") == std::string::npos,
                    "Markdown page: a link destination holds '<' or a line break");
      fuzz::require(!fuzz::dangerous_url(url), "Markdown page: a javascript: or data: link");
      continue;
    }
    std::smatch m;
    std::string segment = end == std::string::npos ? md.substr(i) : md.substr(i, end - i + 1);
    if (!std::regex_match(segment, m, tag) || !listed(allowed.md_tags, m[1].str())) {
      std::fprintf(stderr, "Markdown page: '%s'\n", segment.substr(0, 100).c_str());
      fuzz::require(false, "Markdown page: a '<' that is neither escaped nor a template tag");
    }
    std::string attrs = m[2].str();
    for (std::sregex_iterator it(attrs.begin(), attrs.end(), attr), e; it != e; ++it)
      fuzz::require(listed(allowed.md_attributes, (*it)[1].str()),
                    "Markdown page: an attribute the template does not use");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Allowed allowed;
  std::string text(reinterpret_cast<const char*>(data), size);
  Plan plan;
  Diagnostics ds;
  load_plan_text(plan_yaml, "plan/plan.yaml", plan, ds);
  Recommendation rec;
  if (load_recommendation_text(text, "plan/recommendations/7.yaml", rec, ds))
    plan.recommendations.push_back(std::move(rec));
  check_plan(plan, as_of, ds);

  PageView view = build_page_view(plan, as_of);
  RenderOptions html;
  fuzz::check_html(render_page(view, html), allowed.tags, allowed.attributes);
  html.fragment = true;
  fuzz::check_html(render_page(view, html), allowed.tags, allowed.attributes);
  RenderOptions md;
  md.format = PageFormat::markdown;
  check_markdown(render_page(view, md), allowed);
  return 0;
}
