// One notion of a month-precision date (docs/force-plan.md): a date known
// only to the month (2025-01) stands for the last day of its month when it
// is sorted among days or counted ("days since", staleness), so it never
// claims more than its source said.
#pragma once

#include <optional>

#include "model/plan.h"

namespace plan {

/// The last day of a month.
inline Date last_day(Month m) {
  return Date{std::chrono::year_month_day_last{m.year(), std::chrono::month_day_last{m.month()}}};
}

/// The day a date stands for: its own day, or its month's last day.
inline std::optional<Date> day_of(const DateField& d) {
  if (d.value) return d.value;
  if (d.month) return last_day(*d.month);
  return std::nullopt;
}

}  // namespace plan
