// Headings read by what is under them. A heading with no number ("Improving
// how we record stalking crimes", a web page's <h2> or a title line of
// copied text) followed by requirements 7.1, 7.2 is recommendation 7's: the
// page's own numbers win over matching its words. A heading that only names
// the list under it ("Evidence requirements", "Updates") is layout, not
// text, and so is one over the recommendations' own headings ("Open
// recommendations" over "Recommendation 22"): a section of the page.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "import/read/block.h"

namespace plan {

struct HeadingReading {
  std::vector<int> skipped;   // lines of headings naming the list under them
  std::vector<int> sections;  // lines of headings over recommendations' headings
  std::vector<int> contents;  // lines of the page's table of contents
  /// Lines of requirements listed under one heading ("Evidence
  /// requirements", then 7.1, 7.2): the fields after the list are the
  /// recommendation's, not the last requirement's.
  std::vector<int> listed_evidence;
  /// A status the section a recommendation's heading is in gives it
  /// ("Completed recommendations" over "Recommendation 7"): heading line -> "Completed".
  std::map<int, std::string> section_statuses;
  std::vector<std::string> notes;  // each heading numbered, for the analyst
};

/// Headings with no number over a recommendation's text and its fields
/// ("Reviewing our training", a paragraph, then "Owner:", "Update …:"), on a
/// page that numbers none of its headings: each opens a recommendation,
/// which --report numbers by its words. Marks them (opens_recommendation).
void mark_unnumbered_headings(std::vector<Block>& blocks);

/// Numbers such headings in place (as "Title (recommendation 7)", the form a
/// heading naming its number takes) and takes out those naming the list.
HeadingReading read_evidence_headings(std::vector<Block>& blocks);

}  // namespace plan
