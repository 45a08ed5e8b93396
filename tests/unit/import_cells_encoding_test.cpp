// Unit tests for the pieces of finding 2, 5 and the windows-1252 input:
// an evidence cell listing several requirements, and decoding a page
// saved as windows-1252.
#include <catch2/catch.hpp>

#include "import/fields/evidence_cell.h"
#include "import/read/input_encoding.h"

using namespace plan;

TEST_CASE("an evidence cell with ids run together on one line is split at each id") {
  auto items = split_evidence_cell("11.1 Profiles are made. 11.2 Audits are done; 11.3 Surveys.");
  REQUIRE(items.size() == 3);
  CHECK(items[0].id == "11.1");
  CHECK(items[0].text == "Profiles are made.");
  CHECK(items[1].id == "11.2");
  CHECK(items[2].text == "Surveys.");
}

TEST_CASE("an id of another recommendation or a figure inside a sentence does not split") {
  CHECK(split_evidence_cell("11.1 See also 12.2 Mechanisms.").size() == 1);
  CHECK(split_evidence_cell("18.1 Officers. 3.5 Million devices were seized.").size() == 1);
  CHECK(split_evidence_cell("Officers use 11.2 Systems.").size() == 1);
}

TEST_CASE("one requirement a paragraph, and a bullet list, give one item each") {
  auto items = split_evidence_cell("13.1 Training.\n\n13.2 Support.\n\nFor all supervisors.");
  REQUIRE(items.size() == 2);
  CHECK(items[1].text == "Support.\n\nFor all supervisors.");
  auto bullets = split_evidence_cell("- Local training.\n\n- Support for officers.");
  REQUIRE(bullets.size() == 2);
  CHECK(bullets[0].id.empty());
  CHECK(bullets[1].text == "Support for officers.");
}

TEST_CASE("a bullet list under a plain paragraph is that requirement's own list") {
  auto items = split_evidence_cell("Training that covers:\n\n- stalking\n\n- harassment");
  REQUIRE(items.size() == 1);
  CHECK(items[0].text == "Training that covers:\n\n- stalking\n\n- harassment");
}

TEST_CASE("windows-1252 bytes are decoded, with a note") {
  DecodedInput d = decode_import_bytes(
      "We checked the victim\x92s \x93"
      "code\x94 \x96 caf\xe9 \xa3"
      "5",
      false);
  CHECK(d.text ==
        "We checked the victim\xE2\x80\x99s \xE2\x80\x9C"
        "code\xE2\x80\x9D \xE2\x80\x93 caf\xC3\xA9 \xC2\xA3"
        "5");
  CHECK(d.note.find("windows-1252") != std::string::npos);
}

TEST_CASE("UTF-8 is left alone, and bytes that are not windows-1252 text are not decoded") {
  CHECK(decode_import_bytes("caf\xC3\xA9", false).note.empty());
  // A UTF-8 sequence beside a stray byte: a mixed file, not windows-1252.
  CHECK(decode_import_bytes("caf\xC3\xA9 victim\x92s", false).note.empty());
  // 0x81 is no windows-1252 character.
  CHECK(decode_import_bytes("text \x81 more", false).note.empty());
  // Mostly high bytes: another encoding or binary, not an English page.
  CHECK(decode_import_bytes("\xe9\xe8\xe0\xf9\xe9\xe8", false).note.empty());
}

TEST_CASE("a saved page's meta charset is read and honoured") {
  std::string page =
      "<html><head><meta http-equiv=Content-Type content=\"text/html; "
      "charset=windows-1252\"></head><body>\xe9\xe8\xe0\xf9</body></html>";
  CHECK(declared_charset(page) == "windows-1252");
  CHECK(declared_charset("<meta charset=\"UTF-8\">") == "utf-8");
  DecodedInput d = decode_import_bytes(page, true);
  CHECK(d.note.find("declares charset=windows-1252") != std::string::npos);
  CHECK(d.text.find("\xC3\xA9\xC3\xA8") != std::string::npos);
}
