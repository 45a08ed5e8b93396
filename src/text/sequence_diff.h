// The one difference algorithm of plan (Myers' O(ND), as git uses): over
// lines for the --dry-run diffs and the merge driver, over words for the
// word diffs of plan diff and the report rules.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

namespace plan {

/// Index pairs (a, b) of the items a shortest edit script keeps, in order.
/// Past a cost of many thousand edits the middle counts as changed wholesale,
/// so a huge difference takes a moment, not minutes.
std::vector<std::pair<int, int>> common_items(const std::vector<std::string_view>& a,
                                              const std::vector<std::string_view>& b);

struct DiffStep {
  enum class Op { same, removed, added };
  Op op = Op::same;
  std::string_view item;
};

/// The edit script a -> b, item by item; in each changed run the removed
/// items come before the added ones, as git shows them.
std::vector<DiffStep> diff_steps(const std::vector<std::string_view>& a,
                                 const std::vector<std::string_view>& b);

}  // namespace plan
