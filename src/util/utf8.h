// Decoding UTF-8 one sequence at a time, strictly (no overlong forms, no
// surrogates), for the raw-byte checks and for printing text from files safely.
#pragma once

#include <cstddef>
#include <string_view>

namespace plan {

/// Length of the valid UTF-8 sequence at s[i] (i < s.size()), or 0 if the
/// bytes there are not valid UTF-8. Stores the code point in *cp when valid.
size_t utf8_sequence(std::string_view s, size_t i, char32_t* cp = nullptr);

}  // namespace plan
