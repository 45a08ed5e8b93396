// Escapes plain text (titles, names, owners, ids) for a Markdown page, so
// that whatever it contains shows as the same text on GitHub and GitLab
// and never becomes a link, emphasis, table cell, HTML or template tag.
#pragma once

#include <string>

namespace plan {

/// For text inside a line: also safe in a table cell and at a line's start.
/// Line breaks become spaces.
std::string markdown_escape(const std::string& text);

}  // namespace plan
