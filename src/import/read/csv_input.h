// A spreadsheet saved as CSV (Excel, LibreOffice, or plan export --format
// csv) as the blocks the table layout reads: one table row a record, its
// cells as they are (shown joined by tabs in messages), a cell's line breaks
// kept as paragraph marks (U+2029) so the table layout turns them back into
// paragraphs.
#pragma once

#include <string_view>
#include <vector>

#include "import/read/block.h"

namespace plan {

/// The CSV's records, separated by commas or, as Excel saves them in
/// locales with a decimal comma, semicolons (RFC 4180 quoting; a leading byte-order mark and the
/// ' that guards a formula-like cell are dropped). Each line carries the
/// file line its record starts on.
std::vector<Block> csv_lines(std::string_view csv);

/// U+2029 PARAGRAPH SEPARATOR: a line break inside one cell.
inline constexpr std::string_view cell_paragraph_mark = "\xE2\x80\xA9";

}  // namespace plan
