// Dates as British web pages write them: "27 March 2025", "27th Mar 2025",
// "11/11/2024" (day/month/year). Used for deadlines and "Date:" lines.
#pragma once

#include <optional>
#include <string_view>

#include "import/text_cursor.h"
#include "model/date.h"

namespace plan {

struct WrittenDate {
  std::string_view text;      // as written
  std::optional<Date> value;  // nullopt when well-shaped but not a real date (31 February)
};

/// Reads a date at the cursor ("27 March 2025", "27th March 2025",
/// "27 Mar 2025", "27/03/2025") and moves past it; nullopt (cursor
/// unmoved) when no date starts there.
std::optional<WrittenDate> read_uk_date(TextCursor& cursor);

/// A whole value that is one date: the forms above, or 2024-11-11.
std::optional<WrittenDate> parse_uk_date(std::string_view text);

}  // namespace plan
