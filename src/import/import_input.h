// Checks on the bytes given to plan import before any line is read: not
// empty, not binary, UTF-8, and not far larger than any action plan page.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace plan {

/// The text of a whole action plan page is tens of kilobytes; anything past
/// this is not one (and would only fill the screen with warnings).
inline constexpr size_t max_import_bytes = 2 * 1024 * 1024;

/// Appends an error for input that is not a readable text file; returns
/// false when the text must not be parsed.
bool check_import_bytes(std::string_view bytes, const std::string& file, Diagnostics& out);

}  // namespace plan
