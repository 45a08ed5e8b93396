// Renders the plan's Markdown fields (introduction, text, note) for the
// page, safely: raw HTML is shown as text, links that could run code lose
// their target, images become links (the page loads nothing), and headings
// are moved down to sit under the page's own.
#pragma once

#include <string>

namespace plan {

struct MarkdownOptions {
  int heading_offset = 0;  // added to each heading level (capped at 6)
  std::string lead;        // plain text put at the start of the first paragraph
};

/// HTML, without a trailing newline.
std::string markdown_to_html(const std::string& source, const MarkdownOptions& options = {});

/// CommonMark text for a Markdown page, without a trailing newline.
std::string markdown_to_commonmark(const std::string& source, const MarkdownOptions& options = {});

}  // namespace plan
