#include "model/date.h"

#include <catch2/catch.hpp>

using namespace plan;

TEST_CASE("ISO dates parse only in the YYYY-MM-DD shape") {
  CHECK(parse_iso_date("2025-03-27").has_value());
  CHECK(parse_iso_date("2025-03-27")->ok());
  CHECK_FALSE(parse_iso_date("27/03/2025").has_value());
  CHECK_FALSE(parse_iso_date("2025-3-27").has_value());
  CHECK_FALSE(parse_iso_date("2025-03-27 ").has_value());
  REQUIRE(parse_iso_date("2025-02-30").has_value());
  CHECK_FALSE(parse_iso_date("2025-02-30")->ok());
  CHECK(parse_iso_date("2024-02-29")->ok());
  CHECK_FALSE(parse_iso_date("2025-13-01")->ok());
}

TEST_CASE("dates are written as the source writes them") {
  Date d = *parse_iso_date("2025-03-27");
  CHECK(format_long(d) == "27 March 2025");
  CHECK(format_iso(d) == "2025-03-27");
  CHECK(format_long(*parse_iso_date("2024-11-01")) == "1 November 2024");
}

TEST_CASE("date arithmetic matches the publication notes") {
  Date published = *parse_iso_date("2024-09-27");
  CHECK(format_iso(add_days(published, 56)) == "2024-11-22");
  CHECK(format_iso(add_months(published, 6)) == "2025-03-27");
  CHECK(format_iso(add_months(*parse_iso_date("2025-01-31"), 1)) == "2025-02-28");
  CHECK(days_between(published, add_days(published, 56)) == 56);
  CHECK(format_iso(date_from_epoch(1735689600)) == "2025-01-01");
}
