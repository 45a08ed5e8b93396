// Checks on the bytes given to plan import before any line is read: not
// empty, not binary, UTF-8, and not far larger than any action plan page.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "import/read/block.h"

namespace plan {

/// The text of a whole action plan page is tens of kilobytes; anything past
/// this is not one (and would only fill the screen with warnings).
inline constexpr size_t max_import_bytes = 2 * 1024 * 1024;

/// Appends an error for input that is not a readable text file; returns
/// false when the text must not be parsed.
bool check_import_bytes(std::string_view bytes, const std::string& file, Diagnostics& out);

/// The lines of a page as they will be read: a form feed or vertical tab (a
/// PDF extraction's page break) becomes a space; any other control character
/// (C0 but tab, DEL, C1), which no page means as text and no plan may hold,
/// is an error at its line and column (the first 20 are listed). Returns
/// false when there was one, so nothing is imported.
bool screen_control_characters(std::vector<Block>& lines, const std::string& file,
                               Diagnostics& out);

}  // namespace plan
