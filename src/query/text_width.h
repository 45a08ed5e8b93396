// Text as a terminal shows it: how many columns a UTF-8 string takes, how
// to shorten it to fit with "…" without splitting a character, and how to
// wrap a paragraph to a width.
#pragma once

#include <string>
#include <vector>

#include "util/display_width.h"  // display_width, used with these

namespace plan {

/// The text, with line breaks, tabs, other control characters and
/// bidirectional controls as spaces (and bytes that are not UTF-8 as U+FFFD),
/// so it fits on one line of a table and cannot act on the terminal.
std::string one_line(const std::string& text);

/// The text if it fits in width columns, else its start and "…", together
/// at most width columns. Never splits a character or separates a combining
/// mark from the letter it belongs to.
std::string shorten(const std::string& text, int width);

/// Word-wraps each line of text to width columns; every output line starts
/// with indent spaces, and lines that begin a Markdown list item ("- ", "* ",
/// "1. ") continue under the item's text. A word longer than the width
/// stays whole. Blank lines are kept.
std::vector<std::string> wrap(const std::string& text, int width, int indent = 0);

}  // namespace plan
