// What every fuzz target checks after the code under test has run: that the
// diagnostics print as well-formed text, JSON and GitHub annotations, with no
// control character or invalid UTF-8 from the input reaching the output.
// A broken property aborts, which libFuzzer reports as a crash.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"

namespace plan::fuzz {

/// Aborts with a message on stderr when cond is false.
void require(bool cond, const char* what);

/// True when s is valid UTF-8.
bool valid_utf8(std::string_view s);

/// True for the rules about a file's bytes and YAML (as opposed to its
/// values): a file plan writes itself must never break one of these.
bool yaml_level(const std::string& rule);

/// Checks that html, rendered from plan text, is safe and well-formed: every
/// '<' starts a tag named in allowed_tags (or a comment or doctype), tags
/// nest and close properly, attribute names are in allowed_attributes and
/// none is an event handler, every value is quoted, no link or source uses a
/// javascript:, vbscript: or data: URL, and every '&' starts a character
/// reference. Aborts (naming the offset) when one does not hold.
void check_html(const std::string& html, const std::vector<std::string>& allowed_tags,
                const std::vector<std::string>& allowed_attributes);

/// True for a javascript:, vbscript: or data: URL, however it is disguised
/// (case, whitespace, control characters, an encoded colon).
bool dangerous_url(std::string url);

/// Tag names and attribute names that appear in a template's text.
std::vector<std::string> template_tags(const std::string& text);
std::vector<std::string> template_attributes(const std::string& text);

/// Writes ds in every format and checks each is well-formed. source is the
/// text of the file the diagnostics point into (for the quoted lines).
void check_reports(const Diagnostics& ds, const std::string& source);

}  // namespace plan::fuzz
