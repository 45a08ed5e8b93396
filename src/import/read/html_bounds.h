// Bounds on a saved web page checked before the HTML parser sees it: how
// deep its elements nest and how many there are. gumbo's tree builder is
// quadratic in nesting depth (5,000 nested <div> take 0.15 s, 380,000 over
// 11 minutes; see /work/shared/NOTES.md) and a recursive walk of a deep tree
// overflows the stack, so a page past either bound is refused with the place
// where it passed it, before any parsing. No action plan page comes near them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace plan {

/// Browsers stop nesting at 512 too (Chromium's HTML parser puts deeper
/// elements beside the 512th instead of inside it).
inline constexpr int max_html_depth = 512;

/// A long plan page with its site's frame holds a few thousand elements.
inline constexpr size_t max_html_elements = 100000;

struct HtmlShape {
  int deepest = 0;        // the deepest nesting met (up to the bound)
  size_t elements = 0;    // start tags counted (up to the bound)
  int line = 0, col = 0;  // where a bound was passed; 0 when none was
  bool too_deep = false;
  bool too_many = false;
};

/// Scans the tags as the HTML5 tree builder would nest them (void elements,
/// elements a sibling closes such as <p> and <li>, raw text such as
/// <script>, and end tags closing what they match), stopping at the first
/// bound passed. Linear in the size of the page.
HtmlShape measure_html(std::string_view html, int depth_bound = max_html_depth,
                       size_t element_bound = max_html_elements);

/// Appends an error at the place a bound was passed [import-html-depth,
/// import-html-elements]; returns false when the page must not be parsed.
bool check_html_bounds(std::string_view html, const std::string& file, Diagnostics& out);

}  // namespace plan
