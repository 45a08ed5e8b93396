// Limits on input, so that hostile or broken files are refused quickly with a
// clear message instead of exhausting memory or the stack.
#pragma once

#include <cstddef>

namespace plan::limits {

inline constexpr size_t max_file_bytes = 10 * 1024 * 1024;  // one plan file
inline constexpr size_t max_line_bytes = 20000;
inline constexpr int max_depth = 32;  // our format needs 5 levels
inline constexpr size_t max_recommendations = 50000;  // national corpus 1,300; stress 20,000
// A published page answers one inspection: thousands of recommendations in
// one text means it is not an action plan's text.
inline constexpr size_t max_imported_recommendations = 5000;
inline constexpr size_t max_list_items = 10000;  // evidence items or updates in one list

}  // namespace plan::limits
