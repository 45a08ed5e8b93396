// Dates as British web pages write them: "27 March 2025", "27th Mar 2025",
// "11/11/2024", "27/03/25", "27.03.25" (day/month/year), and dates known only
// to the month ("November 2024", "Nov-24"), which keep month precision.
// Used for deadlines, "Date:" lines, table cells and dated column headings.
#pragma once

#include <optional>
#include <string_view>

#include "import/fields/text_cursor.h"
#include "model/date.h"

namespace plan {

struct WrittenDate {
  std::string_view text;       // as written
  std::optional<Date> value;   // nullopt when well-shaped but not a real date (31 February)
  std::optional<Month> month;  // set instead of value for "November 2024", "Nov-24"
};

/// Reads a date at the cursor ("27 March 2025", "27th March 2025",
/// "27 Mar 2025", "27/03/2025") and moves past it; nullopt (cursor
/// unmoved) when no date starts there.
std::optional<WrittenDate> read_uk_date(TextCursor& cursor);

/// Reads a month and year at the cursor: "November 2024", "Nov 2024",
/// "Nov-24" (a two-digit year only after a dash: "March 26" in a sentence is
/// not a date).
std::optional<WrittenDate> read_month_year(TextCursor& cursor);

/// A whole value that is one date: the forms above, 2024-11-11, or a month.
std::optional<WrittenDate> parse_uk_date(std::string_view text);

/// The first date anywhere in a short text such as a column heading
/// ("Initial response 21st November 2024", "March 2026 update").
std::optional<WrittenDate> find_uk_date(std::string_view text);

}  // namespace plan
