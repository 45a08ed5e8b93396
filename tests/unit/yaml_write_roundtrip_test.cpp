// Regression tests from fuzzing the YAML writer (fuzz/yaml_write.cpp): text
// written into a file must read back exactly, whatever its blank lines and
// leading spaces.
#include <catch2/catch.hpp>

#include "check/load_checked.h"
#include "text/yaml_write.h"
#include "util/files.h"

namespace {

std::string round_trip_owner(const std::string& owner) {
  plan::Recommendation rec;
  rec.id = 7;
  rec.deadline.text = "2025-03-27";
  rec.deadline.value = plan::parse_iso_date(rec.deadline.text);
  rec.text = "Forces should act.";
  rec.owner = owner;
  plan::Diagnostics ds;
  plan::Recommendation back;
  REQUIRE(plan::load_recommendation_text(plan::write_recommendation_file(rec), "7.yaml", back, ds));
  return back.owner;
}

}  // namespace

TEST_CASE("text starting with a blank line then spaces reads back (fuzz finding)") {
  CHECK(round_trip_owner("\n  ") == "\n  ");
  CHECK(round_trip_owner("\n  indented") == "\n  indented");
  CHECK(round_trip_owner("\n\n   x\ny") == "\n\n   x\ny");
}

TEST_CASE("text with leading spaces or blank-but-spaced lines reads back") {
  CHECK(round_trip_owner("  lead\nnext") == "  lead\nnext");
  CHECK(round_trip_owner("a\n  \nb") == "a\n  \nb");
  CHECK(round_trip_owner("a\n\n") == "a\n\n");
}

TEST_CASE("C1 control characters are written as escapes and read back (fuzz finding)") {
  // U+0093 and U+0094: "smart quotes" decoded through the wrong encoding.
  CHECK(round_trip_owner("Smart \u0093quotes\u0094") == "Smart \u0093quotes\u0094");
  CHECK(round_trip_owner("line one\n\u0085line two") == "line one\n\u0085line two");
  plan::Recommendation rec;
  rec.id = 7;
  rec.owner = "a\u0093b";
  rec.text = "x";
  std::string file = plan::write_recommendation_file(rec);
  CHECK(file.find("\xC2\x93") == std::string::npos);
  CHECK(file.find("\\u0093") != std::string::npos);
}

TEST_CASE("a line too long for plan validate is written folded and reads back (fuzz finding)") {
  std::string words;
  for (int i = 0; i < 3000; ++i) words += i % 7 ? "a " : "  \u00e9\u2014";
  std::string spaces(9000, ' ');
  std::string escaped_lines;  // short lines, but one line of 20,000+ bytes once quoted
  for (int i = 0; i < 600; ++i) escaped_lines += "line\x01 with a control character\n";
  for (const std::string& text : {std::string(25000, 'x'), words, words + "\n\nsecond " + words,
                                  "x" + spaces + "y", std::string(6000, '"'), escaped_lines}) {
    plan::Recommendation rec;
    rec.id = 7;
    rec.deadline.text = "2025-03-27";
    rec.deadline.value = plan::parse_iso_date(rec.deadline.text);
    rec.text = text;
    plan::Update u;
    u.date.text = "2024-11-11";
    u.date.value = plan::parse_iso_date(u.date.text);
    u.status = "In Progress";
    u.note = text;
    rec.updates.push_back(u);
    std::string file = plan::write_recommendation_file(rec);
    for (const std::string& line : plan::split_lines(file)) CHECK(line.size() <= 1100);
    plan::Diagnostics ds;
    plan::Recommendation back;
    REQUIRE(plan::load_recommendation_text(file, "7.yaml", back, ds));
    // The control character is kept (and refused by its rule, as in any value).
    for (const plan::Diagnostic& d : ds.items()) CHECK(d.rule == "control-character");
    CHECK(back.text == text);
    REQUIRE(back.updates.size() == 1);
    CHECK(back.updates[0].note == text);
  }
}

TEST_CASE("statuses with quotes, commas or great length read back (fuzz finding)") {
  plan::Plan p;
  p.title = "T";
  p.organisation = "O";
  p.statuses = {"Not Started", "Inent of \"his, could", "a [b] {c}", std::string(25000, 's'),
                "Complete"};
  plan::Plan back;
  plan::Diagnostics ds;
  REQUIRE(plan::load_plan_text(plan::write_plan_file(p), "plan.yaml", back, ds));
  CHECK(ds.errors() == 0);
  CHECK(back.statuses == p.statuses);
}
