// A field's label on a line of its own with its value on the next, as a
// browser's copy gives a definition list (<dt>Owner</dt><dd>DCI Lee</dd>):
// "Owner" / "DCI Lee", "Status" / "In progress", "Date" / "14/01/2025",
// "Update" / "…". Each pair is joined into the labelled line the text
// layouts read ("Owner: DCI Lee").
#pragma once

#include <vector>

#include "import/read/block.h"

namespace plan {

/// Joins each label line with its value line, in place of the label's line;
/// returns the numbers of the value lines it took.
std::vector<int> join_label_lines(std::vector<Block>& lines);

}  // namespace plan
