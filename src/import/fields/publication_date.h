// Working out when the recommendations were published from deadline notes
// such as "By 22 November 2024 (56 days from publication)": each note points
// back to a date, and the date most notes point to is the estimate.
#pragma once

#include <optional>
#include <vector>

#include "model/plan.h"

namespace plan {

struct PublishedEstimate {
  std::optional<Date> date;            // nullopt: no note, or a tie between dates
  std::vector<int> agreeing_lines;     // lines of the notes pointing to date
  std::vector<int> disagreeing_lines;  // lines of notes pointing elsewhere
};

/// Uses each deadline and milestone with a note that check_dates understands;
/// line numbers come from the deadlines' positions.
PublishedEstimate estimate_published(const Plan& plan);

}  // namespace plan
