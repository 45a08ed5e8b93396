// A plain three-way line merge (diff3), as git merges text it knows nothing
// about: changes made by one side are taken, the same change made by both is
// taken once, and different changes to the same lines become a conflict
// between the usual markers. Lines keep their own endings, so every byte
// neither side changed comes through as it was.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plan {

struct MergeLabels {
  std::string ours = "ours";
  std::string theirs = "theirs";
  std::string eol = "\n";  // the line ending of the marker lines
};

struct LineMergeResult {
  std::string text;
  int conflicts = 0;
  std::vector<int> conflict_lines;  // the 1-based line of each "<<<<<<<" in text
};

LineMergeResult merge_lines(std::string_view base, std::string_view ours, std::string_view theirs,
                            const MergeLabels& labels);

}  // namespace plan
