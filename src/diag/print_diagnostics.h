// Writes diagnostics for people (compiler style, with the offending line
// quoted), for programs (JSON) and for GitHub Actions (annotations).
#pragma once

#include <functional>
#include <nlohmann/json_fwd.hpp>
#include <ostream>
#include <string>

#include "diag/diagnostic.h"

namespace plan {

/// Returns the text of a line of a file (1-based), or "" if unknown.
using LineSource = std::function<std::string(const std::string& file, int line)>;

/// path:line:col: error: message [rule], then the quoted line and a caret.
void write_text(std::ostream& out, const Diagnostics& ds, const LineSource& lines);
void write_json(std::ostream& out, const Diagnostics& ds, int files);
void write_github(std::ostream& out, const Diagnostics& ds);

/// "2 errors, 1 warning in 16 files"; with acknowledged warnings set aside,
/// "0 errors, 4 warnings, 1 acknowledged in 17 files".
std::string summary_line(const Diagnostics& ds, int files, int acknowledged = 0);

/// A JSON document as plan writes every JSON output: two-space indent, keys in
/// the order given; bytes that are not UTF-8 (a file name can hold any) become U+FFFD.
std::string dump_json(const nlohmann::ordered_json& doc);

}  // namespace plan
