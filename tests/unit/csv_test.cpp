#include "util/csv.h"

#include <catch2/catch.hpp>

using namespace plan;

namespace {
// A strict RFC 4180 reader: rows end in CRLF, quoted fields may hold
// anything with quotes doubled. Fails the test on anything else.
std::vector<std::vector<std::string>> read_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  size_t i = 0;
  bool quoted = false, was_quoted = false;
  while (i < text.size()) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        i += 2;
      } else if (c == '"') {
        quoted = false;
        ++i;
      } else {
        field += c;
        ++i;
      }
      continue;
    }
    if (c == '"') {
      REQUIRE(field.empty());
      quoted = was_quoted = true;
      ++i;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
      was_quoted = false;
      ++i;
    } else if (c == '\r') {
      REQUIRE(i + 1 < text.size());
      REQUIRE(text[i + 1] == '\n');
      rows.back().push_back(field);
      field.clear();
      was_quoted = false;
      rows.emplace_back();
      i += 2;
    } else {
      REQUIRE(c != '\n');  // a bare LF outside quotes is not a row end
      REQUIRE_FALSE(was_quoted);
      field += c;
      ++i;
    }
  }
  REQUIRE_FALSE(quoted);
  REQUIRE(rows.back().empty());  // the text ended with CRLF
  rows.pop_back();
  return rows;
}
}  // namespace

TEST_CASE("csv fields are quoted only when they must be") {
  CHECK(csv_field("Chief Constables") == "Chief Constables");
  CHECK(csv_field("a, b") == "\"a, b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field(" padded") == "\" padded\"");
  CHECK(csv_field("").empty());
}

TEST_CASE("cells a spreadsheet would run as a formula are kept as text") {
  CHECK(csv_field("=1+1") == "'=1+1");
  CHECK(csv_field("-5") == "'-5");
  CHECK(csv_field("+44 1234") == "'+44 1234");
  CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_field("- item, two") == "\"'- item, two\"");
  CHECK(csv_field("2025-03-27") == "2025-03-27");
}

TEST_CASE("rows end in CRLF and read back field for field") {
  std::vector<std::string> fields = {"23", "In Progress", "line one\nline two, with \"quotes\"", "",
                                     "caf\xC3\xA9 \xE2\x80\xA6"};
  std::string text = csv_row({"ID", "Status", "Note", "Empty", "Unicode"}) + csv_row(fields);
  CHECK(text.substr(text.size() - 2) == "\r\n");
  auto rows = read_csv(text);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].size() == 5);
  CHECK(rows[1] == fields);
}
