// The one policy for characters a terminal could act on: which characters a
// plan value may not hold, and how text from a plan (or a file name, or a
// command-line value) is made safe before it is printed, whatever it holds.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace plan {

/// C0 controls but tab and line feed, DEL, and the C1 block U+0080-U+009F:
/// never allowed in a plan value (a terminal acts on ESC, BEL…).
bool is_control_character(char32_t cp);

/// The bidirectional embeddings, overrides and isolates U+202A-U+202E and
/// U+2066-U+2069, which can make text read differently from what it holds.
bool is_bidi_control(char32_t cp);

/// The Unicode noncharacters (U+FDD0-U+FDEF and the last two code points of
/// every plane, U+FFFE, U+FFFF, U+1FFFE …): never allowed in a plan value.
/// With the controls above and surrogates (never valid UTF-8), this leaves
/// only characters XML 1.0 can carry, so the Atom feed stays XML.
bool is_noncharacter(char32_t cp);

/// The first character of text that a plan value may not hold (a control
/// character or noncharacter, or a line feed when !allow_newline), described for a message
/// ("the control character U+001B", "the noncharacter U+FFFE"), or "" when there is none. Bytes
/// that are not UTF-8 are described too ("the byte 0xFF, which is not UTF-8").
std::string forbidden_character(std::string_view text, bool allow_newline = true);

/// Text made safe to print on a terminal: control characters (tab kept),
/// bidirectional controls and bytes that are not UTF-8 are shown as escapes
/// (\n, \x1B, \u{202E}); text past max_bytes is cut with "...".
std::string terminal_safe(std::string_view text, size_t max_bytes = 1000);

}  // namespace plan
