// A site's menu and breadcrumb trail in a reader's copy come one item a
// line ("Home", "About us", "Publications", "Stalking action plan"). The
// items the furniture vocabulary knows are skipped one by one; the short
// lines right beside a run of them (the site's name before the menu, the
// current page's crumb after it) are the same menu, not the plan's text.
#pragma once

#include <vector>

#include "import/read/block.h"

namespace plan {

/// Takes out the short lines beside a run of two menu items or more, before
/// the plan's first recommendation or table; returns their line numbers.
std::vector<int> take_out_menu_neighbours(std::vector<Block>& lines);

}  // namespace plan
