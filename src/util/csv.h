// CSV as spreadsheets read it: RFC 4180 quoting, CRLF at the end of every
// row, and a UTF-8 byte-order mark before the first row. Excel takes a
// BOM-less file for the local code page and garbles "…" or "é"; with the
// BOM both Excel and LibreOffice read UTF-8.
#pragma once

#include <string>
#include <vector>

namespace plan {

/// The UTF-8 byte-order mark, written once at the very start of a CSV file.
inline constexpr const char* utf8_bom = "\xEF\xBB\xBF";

/// One field: quoted (with quotes doubled) when it holds a comma, quote, CR
/// or LF or starts or ends with a space. A field starting with = + - @ or a
/// tab is prefixed with ' so a spreadsheet shows it as text instead of
/// running it as a formula.
std::string csv_field(const std::string& text);

/// The fields joined by commas, ending in CRLF.
std::string csv_row(const std::vector<std::string>& fields);

}  // namespace plan
