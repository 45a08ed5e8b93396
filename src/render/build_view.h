// Builds the page's view from a loaded plan: public facts only (updates
// marked internal are left out), statuses as of a given date.
#pragma once

#include "model/date.h"
#include "model/plan.h"
#include "render/page_view.h"

namespace plan {

/// as_of decides what is overdue and is the "progress as of" date on the page.
PageView build_page_view(const Plan& plan, Date as_of);

/// "By 27 March 2025 (56 days from publication), ": the opening the source
/// gave the text before the deadline was split off.
std::string deadline_lead(const DateView& deadline, const std::string& note);

}  // namespace plan
