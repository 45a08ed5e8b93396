// Dates as forces write them, read by the importer: day precision where the
// page gives a day, month precision (never an invented day) where it does not.
#include <catch2/catch.hpp>

#include "import/fields/uk_date.h"
#include "model/plan.h"

using namespace plan;

namespace {

std::string iso_of(std::string_view text) {
  auto d = parse_uk_date(text);
  if (!d) return "none";
  if (d->value) return format_iso(*d->value);
  if (d->month) return "month " + format_iso(*d->month);
  return "unreal";
}

}  // namespace

TEST_CASE("day-precise dates in the forms forces write") {
  CHECK(iso_of("27/03/25") == "2025-03-27");
  CHECK(iso_of("27/03/2025") == "2025-03-27");
  CHECK(iso_of("27 March 2025") == "2025-03-27");
  CHECK(iso_of("27th March 2025") == "2025-03-27");
  CHECK(iso_of("21st Nov 2024") == "2024-11-21");
  CHECK(iso_of("27.03.25") == "2025-03-27");
  CHECK(iso_of("27-03-2025") == "2025-03-27");
  CHECK(iso_of("2024-11-11") == "2024-11-11");
  CHECK(iso_of("31/02/2025") == "unreal");
  CHECK(iso_of("27/03-2025") == "none");
}

TEST_CASE("a spreadsheet's, a weekday's and a month-first date are days too") {
  CHECK(iso_of("31-Jan-25") == "2025-01-31");  // Excel's default display
  CHECK(iso_of("14-Mar-2025") == "2025-03-14");
  CHECK(iso_of("Tuesday 4 February 2025") == "2025-02-04");
  CHECK(iso_of("Mon, 31 March 2025") == "2025-03-31");
  CHECK(iso_of("January 31, 2025") == "2025-01-31");
  CHECK(iso_of("March 4th 2025") == "2025-03-04");
  CHECK(iso_of("w/c 10 March 2025") == "2025-03-10");
  CHECK(iso_of("Week commencing 10/03/2025") == "2025-03-10");
  CHECK(iso_of("31 Jan 25") == "none");  // a two-digit year only between dashes
  CHECK(iso_of("31-Jan 2025") == "none");
  CHECK(iso_of("Tuesday") == "none");
  // In a label, the day is kept: "Update (31-Jan-25)" is not January 2025.
  auto d = find_uk_date("Update (31-Jan-25): the policy was signed off");
  REQUIRE(d);
  REQUIRE(d->value);
  CHECK(format_iso(*d->value) == "2025-01-31");
}

TEST_CASE("month-precise dates keep month precision") {
  CHECK(iso_of("Nov-24") == "month 2024-11");
  CHECK(iso_of("November 2024") == "month 2024-11");
  CHECK(iso_of("Sept 2025") == "month 2025-09");
  CHECK(iso_of("March 26") == "none");  // in a sentence, not a date
  CHECK(iso_of("Marching 2024") == "none");
}

TEST_CASE("a date inside a column heading") {
  auto d = find_uk_date("Initial response 21st November 2024");
  REQUIRE(d);
  CHECK(format_iso(*d->value) == "2024-11-21");
  d = find_uk_date("March 2026 update");
  REQUIRE(d);
  CHECK(!d->value);
  CHECK(format_iso(*d->month) == "2026-03");
  CHECK(!find_uk_date("Update due March 26"));
  CHECK(!find_uk_date("Status"));
}

TEST_CASE("month-precision date fields show as a month") {
  DateField d;
  d.text = "2024-11";
  d.month = parse_iso_month(d.text);
  CHECK(long_date_text(d) == "November 2024");
  CHECK(!parse_iso_month("2024-13"));
  CHECK(!parse_iso_month("2024-1"));
}

TEST_CASE("month-only dates as a whole value: 'Nov 24' and '11/2024' keep month precision") {
  for (const char* text : {"Nov 24", "Nov. 24", "11/2024"}) {
    INFO(text);
    auto d = parse_uk_date(text);
    REQUIRE(d);
    CHECK_FALSE(d->value);
    REQUIRE(d->month);
    CHECK(format_iso(*d->month) == "2024-11");
  }
  CHECK_FALSE(parse_uk_date("13/2024"));
  CHECK_FALSE(parse_uk_date("November 24"));  // 24 November, or November 2024: not said
  CHECK_FALSE(parse_uk_date("Nov 2"));
  CHECK_FALSE(find_uk_date("we expect this by March 26"));
}
