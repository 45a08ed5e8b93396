// One table or spreadsheet cell that lists several evidence requirements:
// "11.1 Problem profiles … 11.2 Regular audits …" on one line, one a
// paragraph (a CSV cell over several lines, <p> in a web page), or a bullet
// list (<ul><li>, "- …", "• …"). Split into the requirements it lists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plan {

struct CellEvidence {
  std::string id;  // "11.2"; empty when the cell gives none (numbered in page order later)
  int number = 0;  // the recommendation the id names (0 with no id)
  std::string text;
};

/// The requirements in a cell whose paragraphs are separated by blank lines
/// ("\n\n"). A cell that names one requirement (or none) gives one item
/// holding the whole text, ids taken off as classify_line reads them.
std::vector<CellEvidence> split_evidence_cell(std::string_view cell);

}  // namespace plan
