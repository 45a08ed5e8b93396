#include "query/text_width.h"

#include <catch2/catch.hpp>

using namespace plan;

TEST_CASE("display width counts characters, wide ones twice, combining marks not at all") {
  CHECK(display_width("abc") == 3);
  CHECK(display_width("caf\xC3\xA9") == 4);               // café, é as one code point
  CHECK(display_width("cafe\xCC\x81") == 4);              // café, e + combining acute
  CHECK(display_width("\xE8\xAD\xA6\xE5\xAF\x9F") == 4);  // 警察
  CHECK(display_width("\xE2\x80\xA6") == 1);              // …
}

TEST_CASE("shorten keeps text that fits and never splits a character") {
  CHECK(shorten("Chief Constables", 16) == "Chief Constables");
  CHECK(shorten("Chief Constables", 10) == "Chief Con\xE2\x80\xA6");
  // A trailing space before the ellipsis is dropped.
  CHECK(shorten("Chief Constables", 7) == "Chief\xE2\x80\xA6");
  // Every cut of a string of two-byte letters is still valid UTF-8 and fits.
  std::string accents = "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9";  // ééééé
  for (int w = 1; w < 5; ++w) {
    std::string s = shorten(accents, w);
    CHECK(display_width(s) == w);
    CHECK(s.size() == size_t(2 * (w - 1) + 3));  // whole letters plus the 3-byte ellipsis
  }
  CHECK(shorten(accents, 5) == accents);
  // A wide character that would overflow is left out whole.
  CHECK(shorten("\xE8\xAD\xA6\xE5\xAF\x9F", 3) == "\xE8\xAD\xA6\xE2\x80\xA6");
  // A combining mark stays with its letter.
  CHECK(shorten("cafe\xCC\x81 noir", 5) == "cafe\xCC\x81\xE2\x80\xA6");
  CHECK(shorten("abc", 0).empty());
}

TEST_CASE("one_line turns line breaks and tabs into spaces") {
  CHECK(one_line("a\nb\tc\r") == "a b c ");
}

TEST_CASE("wrap fits words to the width, keeps blank lines and list indents") {
  auto lines = wrap("one two three four five six", 10, 2);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "  one two");
  CHECK(lines[1] == "  three");
  CHECK(lines[2] == "  four");
  CHECK(lines[3] == "  five six");
  for (const auto& l : lines) CHECK(display_width(l) <= 10);

  auto para = wrap("first\n\n- a list item that goes on\nlast", 16);
  REQUIRE(para.size() == 5);
  CHECK(para[1].empty());
  CHECK(para[2] == "- a list item");
  CHECK(para[3] == "  that goes on");
  CHECK(para[4] == "last");

  // A word longer than the width stays whole on its own line.
  auto url = wrap("see https://example.org/a/very/long/path now", 12);
  CHECK(url[1] == "https://example.org/a/very/long/path");
}
