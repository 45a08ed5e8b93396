// UTF-8 validity, byte by byte: shared by the checks that refuse files that
// are not UTF-8 text before anything tries to read them.
#pragma once

#include <cstddef>
#include <string_view>

namespace plan {

/// Length (1-4) of the valid UTF-8 sequence starting at s[i], or 0 when the
/// bytes there are not valid UTF-8 (overlong forms and surrogates included).
size_t utf8_sequence_length(std::string_view s, size_t i);

}  // namespace plan
