// Which link targets a published page may carry. Plan text is written by
// people and may be pasted from anywhere; only web, mail and phone links
// and links within the site become links, nothing that could run code.
#pragma once

#include <string>
#include <string_view>

namespace plan {

/// True for http:, https:, mailto:, tel: and relative URLs (no scheme).
/// Tabs, newlines and other control characters are ignored when reading
/// the scheme, as browsers do, so "java\tscript:" is caught.
bool is_safe_url(std::string_view url);

/// The URL with every byte that may not appear in one percent-encoded
/// (spaces, quotes, <, >, non-ASCII, ...), as cmark does for Markdown links.
/// Existing %XX escapes are kept.
std::string encode_url(std::string_view url);

/// A relative file path as a URL: every byte but letters, digits and
/// "-._~/" percent-encoded ("my page.html" -> "my%20page.html").
std::string encode_file_path(std::string_view path);

}  // namespace plan
