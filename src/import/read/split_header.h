// A table whose header cells come one a line before rows of tab-separated
// cells: what a browser's copy gives for a table whose header cells hold
// paragraphs ("Rec No." / "Recomendation" / "Sub recommendation/" /
// "evidence" / …, then "7<tab>By 27 March 2025, …"). The header lines are
// joined into one tab-separated header row, so the table is read as any
// other; a heading cell split over two lines ("Sub recommendation/",
// "evidence") is one cell.
#pragma once

#include <vector>

#include "import/read/block.h"

namespace plan {

/// Joins each such header into one line in place of its first line; returns
/// the numbers of the other lines it took (table header, for the account).
std::vector<int> join_split_headers(std::vector<Block>& lines);

}  // namespace plan
