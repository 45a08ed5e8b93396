// What every fuzz target checks after the code under test has run: that the
// diagnostics print as well-formed text, JSON and GitHub annotations, with no
// control character or invalid UTF-8 from the input reaching the output.
// A broken property aborts, which libFuzzer reports as a crash.
#pragma once

#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace plan::fuzz {

/// Aborts with a message on stderr when cond is false.
void require(bool cond, const char* what);

/// True when s is valid UTF-8.
bool valid_utf8(std::string_view s);

/// Writes ds in every format and checks each is well-formed. source is the
/// text of the file the diagnostics point into (for the quoted lines).
void check_reports(const Diagnostics& ds, const std::string& source);

}  // namespace plan::fuzz
