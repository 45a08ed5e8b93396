// The plan-wide fields a scraped page does not state reliably (title,
// organisation, publication date, default owner): taken from plan import's
// options, worked out from the text where it can be, else clear placeholders.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/plan.h"

namespace plan {

struct HeaderOptions {
  std::string title;
  std::string organisation;
  std::optional<Date> published;
  std::string owner;
};

/// Placeholders plan validate accepts and a reader recognises as unfinished.
inline constexpr const char* placeholder_title = "Action plan title to be set";
inline constexpr const char* placeholder_organisation = "Organisation to be set";

/// Fills title, organisation, published and owner. Returns one sentence per
/// field that no option gave, saying what was written and how to change it.
std::vector<std::string> fill_plan_header(Plan& plan, const HeaderOptions& options);

}  // namespace plan
