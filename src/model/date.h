// Calendar dates as the plan files write them (YYYY-MM-DD) and as the
// published page writes them ("27 March 2025").
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace plan {

using Date = std::chrono::year_month_day;
/// A date known only to the month ("November 2024", written 2024-11): forces
/// often give no day, and a day must never be invented for them.
using Month = std::chrono::year_month;

/// Parses exactly YYYY-MM-DD; nullopt if the shape is wrong.
/// A well-shaped but impossible date (2025-02-30) parses; check with .ok().
std::optional<Date> parse_iso_date(std::string_view text);

/// True when the text has the YYYY-MM-DD shape (digits and dashes).
bool looks_like_iso_date(std::string_view text);

/// Parses exactly YYYY-MM with a month from 01 to 12; nullopt otherwise.
std::optional<Month> parse_iso_month(std::string_view text);

std::string format_iso(Date d);          // 2025-03-27
std::string format_iso(Month m);         // 2024-11
std::string format_long(Month m);        // November 2024
std::string format_long(Date d);         // 27 March 2025
std::string month_name(unsigned month);  // 1 -> January

/// The last day of a month: the day a month-precision date stands for when
/// counting "days since" or staleness, or sorting among days
/// (docs/force-plan.md), so a month never claims more than its source said.
Date last_day(Month m);

Date add_days(Date d, int days);
/// Adds calendar months, clamping the day to the month's end.
Date add_months(Date d, int months);

/// Days from a to b (positive when b is later).
int days_between(Date a, Date b);

/// Today in the local time zone (where the analyst is).
Date today_local();

/// The years a date in a plan can have (docs/robustness.md): anything else is a typo.
inline constexpr int min_plan_year = 1900, max_plan_year = 2200;
inline bool in_plan_range(Date d) {
  return int(d.year()) >= min_plan_year && int(d.year()) <= max_plan_year;
}

/// A date from seconds since the epoch (UTC), as SOURCE_DATE_EPOCH gives.
Date date_from_epoch(long long seconds);

}  // namespace plan
