// Page furniture: lines a scraped web page carries around the plan (cookie
// banners, "Leave this site", beta banners, error notices) that the
// importer skips.
#pragma once

#include <string_view>

namespace plan {

/// True for a line (already trimmed) that belongs to the page, not the plan.
bool is_page_furniture(std::string_view line);

}  // namespace plan
