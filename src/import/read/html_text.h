// A saved web page (.html, as a browser's "Save page as" writes it) as the
// lines the layouts read: the main content's paragraphs, headings and list
// items one a line, each table row one line of " | "-separated cells, with
// navigation, cookie banners, scripts and the site's header and footer left
// out. Parsed with gumbo, the HTML5 parsing algorithm browsers use.
#pragma once

#include <string_view>
#include <vector>

#include "import/read/block.h"

namespace plan {

/// False in a build without gumbo (import/html_text_unavailable.cpp), which
/// cannot read saved web pages.
extern const bool html_import_available;

/// True when the bytes look like an HTML document.
bool looks_like_html(std::string_view bytes);

/// The page's text lines, numbered 1, 2, … (an HTML file's own lines are
/// no guide: a saved page often holds its whole body on a few). skipped
/// receives the HTML lines of elements left out as furniture. A page past
/// the bounds of html_bounds.h is not parsed (no lines): check it first with
/// check_html_bounds, which says why.
std::vector<Block> html_lines(std::string_view html, std::vector<int>& skipped);

}  // namespace plan
