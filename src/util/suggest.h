// "Did you mean …?" for keys, statuses, ids and subcommands.
#pragma once

#include <string>
#include <vector>

namespace plan {

/// Levenshtein distance, case-insensitive for ASCII letters.
int edit_distance(const std::string& a, const std::string& b);

/// The candidate nearest to word, or "" when none is close enough to be a
/// plausible typo (distance at most a third of the word's length, min 2; for
/// a word of one or two letters, only a difference of case).
std::string nearest(const std::string& word, const std::vector<std::string>& candidates);

/// ", did you mean 'x'?" or "" when nothing is near.
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

/// 'a', 'b' or 'c' (each item once, in its first place)
std::string quoted_list(const std::vector<std::string>& items, const char* last_sep = " or ");

}  // namespace plan
