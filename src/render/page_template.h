// Fills a page template (mustache) from the page view: the HTML page, an
// HTML fragment for a content management system, or a Markdown page.
// templates/README.md lists every name a template can use.
#pragma once

#include <string>
#include <vector>

#include "render/page_view.h"
#include "template/fill.h"

namespace plan {

enum class PageFormat { html, markdown };

struct RenderOptions {
  PageFormat format = PageFormat::html;
  bool fragment = false;      // HTML only: the content alone, styles scoped to one class
  int heading_level = 2;      // the level of the page's section headings (h2; a fragment's: 1-4)
  bool inline_style = true;   // false: no <style>; the stylesheet goes in a file of its own
  std::string template_text;  // empty: the built-in template for the format
  std::string template_name;  // for messages: the file it came from
};

/// Renders the page. Throws TemplateError. With warnings given, a custom
/// template's names that the page data does not have ({{titel}}) are listed
/// there as "file:line:col: warning: ..." (they print nothing).
std::string render_page(const PageView& view, const RenderOptions& options,
                        std::vector<std::string>* warnings = nullptr);

/// The built-in template text for a format (templates/ in the source tree).
const char* builtin_template(PageFormat format);

/// The built-in HTML template's stylesheet (templates/page.css).
const char* builtin_stylesheet();

}  // namespace plan
