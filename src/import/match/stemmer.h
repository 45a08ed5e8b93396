// Word stems for matching a force's paraphrase to the report's wording:
// "recording", "recorded" and "records" all become "record". The Porter
// (1980) suffix-stripping algorithm, written out here because Debian 12
// packages no C++ stemmer.
#pragma once

#include <string>

namespace plan {

/// The Porter stem of a lower-case ASCII word; other words come back as given.
std::string porter_stem(std::string word);

}  // namespace plan
