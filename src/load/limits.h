// Limits on input, so that hostile or broken files are refused quickly with a
// clear message instead of exhausting memory or the stack.
#pragma once

#include <cstddef>

namespace plan::limits {

inline constexpr size_t max_file_bytes = 10 * 1024 * 1024;  // one plan file
inline constexpr size_t max_line_bytes = 20000;
inline constexpr int max_depth = 32;                  // our format needs 5 levels
inline constexpr size_t max_recommendations = 50000;  // national corpus 1,300; stress 20,000
// A published page answers one inspection: thousands of recommendations in
// one text means it is not an action plan's text.
inline constexpr size_t max_imported_recommendations = 5000;
inline constexpr size_t max_list_items = 10000;  // evidence items or updates in one list
// Values (scalars, lists, mappings) in one file. The largest bundled file has
// about 60; this bounds parse time and memory for a file under the size limit
// that is made of tiny values ("[a,a,a,…]" parses at about 0.4 million values/s).
inline constexpr size_t max_values_per_file = 100000;
// Problems reported for one file: reading stops at the next one (as compilers
// do) and one line sums up the rest, so a flood of aliases or duplicate keys
// costs neither time nor memory, nor the reader's patience.
inline constexpr size_t max_problems_per_file = 100;
// All recommendation files together (the stress corpus is about 300 MB), so
// thousands of files near the per-file limit are refused before any is read.
inline constexpr size_t max_plan_bytes = size_t(1024) * 1024 * 1024;

}  // namespace plan::limits
