// A table row broken over lines, as a browser's copy gives a row whose cells
// hold paragraphs or lists: the block cell starts on a new line after its
// tab, its paragraphs come with blank lines between, and the cell after it
// loses its tab and starts the line after the block's last paragraph:
//
//   7<TAB>
//   By 27 March 2025, …
//
//   Second paragraph of the text.
//
//   DCI Lee<TAB>
//   Update one.
//
//   Complete
//
// Under a tab-separated header of N columns, each such row is joined back
// into one table row of N cells (a cell's paragraphs kept as paragraphs),
// only where that gives exactly N cells and the last is as short as its
// column's value would be; any other row is left as it was.
#pragma once

#include <vector>

#include "import/read/block.h"

namespace plan {

/// Joins each broken row into one table-row block in place of its first
/// line; returns the numbers of the other lines it took.
std::vector<int> join_broken_rows(std::vector<Block>& lines);

}  // namespace plan
