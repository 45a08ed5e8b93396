// The character set of the bytes given to plan import. Pages are UTF-8,
// but Word ("Save as Web Page", "Plain text") and older editors write
// windows-1252: curly quotes and dashes as single bytes 0x80-0x9F, accented
// letters as Latin-1. Such a file (invalid UTF-8, every byte a windows-1252
// character, no UTF-8 sequence anywhere), or a saved page whose
// <meta charset> names windows-1252 or ISO-8859-1, is decoded to UTF-8 and
// the import says so; anything else that is not UTF-8 stays refused.
#pragma once

#include <string>
#include <string_view>

namespace plan {

struct DecodedInput {
  std::string text;  // UTF-8
  std::string note;  // one line saying the bytes were decoded; empty when they were UTF-8
};

/// The bytes as UTF-8: unchanged when they are valid UTF-8 (or not
/// plausibly windows-1252: check_import_bytes then refuses them with the
/// line and column), decoded when they are windows-1252.
DecodedInput decode_import_bytes(std::string_view bytes, bool html);

/// The charset a saved page's <meta charset> or http-equiv Content-Type
/// names in its first 2 KB, lower-cased; empty when none.
std::string declared_charset(std::string_view html);

}  // namespace plan
