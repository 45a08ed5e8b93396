// A summary of progress beside the plan that counts its recommendations by
// status ("Status | Number of recommendations", "Complete | 5", "Total | 13")
// holds no recommendation's fields: its numbers are counts, never the
// numbers of recommendations 5 and 13.
#pragma once

#include <vector>

#include "import/read/block.h"

namespace plan {

/// Takes out such tables (saved or copied) and returns their lines.
std::vector<int> take_out_summary_counts(std::vector<Block>& blocks);

/// A key to the page's colours or status words ("Colour | Meaning", "Red |
/// Not started or at risk") is no recommendation's either: takes such tables
/// out and returns their lines.
std::vector<int> take_out_colour_keys(std::vector<Block>& blocks);

}  // namespace plan
