#include "text/yaml_write.h"

#include <catch2/catch.hpp>

#include "check/load_checked.h"
#include "load/yaml_tree.h"

using namespace plan;

namespace {
// Writes text as a field, parses it back, returns what was read.
std::string round_trip(const std::string& text, int indent = 0) {
  std::string doc = indent == 0 ? yaml_text_field("note", text, 0)
                                : "a:\n" + yaml_text_field("note", text, indent);
  Diagnostics ds;
  auto root = parse_yaml(doc, "input", ds);
  REQUIRE(root);
  // A control character is written faithfully (as an escape) and then refused
  // by control-character, as any value holding one is; nothing else may be reported.
  for (const Diagnostic& d : ds.items()) CHECK(d.rule == "control-character");
  const YNode* n = indent == 0 ? root->find("note") : root->find("a")->find("note");
  REQUIRE(n);
  if (!n->quoted && n->is_scalar()) {
    INFO(doc);
    CHECK(n->value == text);  // a plain scalar must still be the same text
  }
  return n->value;
}
}  // namespace

TEST_CASE("any text reads back exactly") {
  const std::vector<std::string> texts = {
      "plain words",
      "colon: inside",
      "# not a comment",
      "ends with #hash",
      "quote \" and ' marks",
      "- leading dash",
      "-",
      "25",
      "true",
      "null",
      "",
      " leading space",
      "trailing space ",
      "two\nlines",
      "para one\n\npara two",
      "ends with newline\n",
      "two newlines\n\n",
      "  indented first line\nsecond",
      "tab\there",
      "\tleading tab\nline",
      "café – naïve ’quotes’",
      "{{mustache}} <script>alert(1)</script>",
      "---",
      "...",
      "a: b\n- c\n# d",
      "back\\slash",
      "cr\r\nlf",
      "bell\a and escape\x1B[2J",
  };
  for (const std::string& t : texts) {
    INFO("text: " << t);
    CHECK(round_trip(t) == t);
    CHECK(round_trip(t, 4) == t);
  }
}

TEST_CASE("recommendation files written by our conventions load back") {
  Recommendation rec;
  rec.id = 7;
  rec.owner = "Chief Constables";
  rec.deadline.text = "2025-03-27";
  rec.deadline.value = parse_iso_date("2025-03-27");
  rec.text = "where required: do it\n\nsecond paragraph";
  Evidence ev;
  ev.id = "7.1";
  ev.text = "";
  ev.documents.push_back({"Policy: v2", "https://example.org/a?b=c#d"});
  rec.evidence.push_back(ev);
  Update u;
  u.date.value = parse_iso_date("2024-11-11");
  u.status = "In Progress";
  u.percent = 25;
  u.note = "line one\nline two: more";
  rec.updates.push_back(u);
  std::string text = write_recommendation_file(rec);
  Recommendation back;
  Diagnostics ds;
  REQUIRE(load_recommendation_text(text, "7.yaml", back, ds));
  INFO(text);
  CHECK(ds.empty());
  CHECK(back.id == 7);
  CHECK(back.text == rec.text);
  CHECK(back.evidence.at(0).id == "7.1");
  CHECK(back.evidence.at(0).documents.at(0).title == "Policy: v2");
  CHECK(back.updates.at(0).percent == 25);
  CHECK(back.updates.at(0).note == u.note);
}

TEST_CASE("statuses with commas and quotes stay whole in plan.yaml's flow list") {
  // Found by the import fuzzer: a status holding both ',' and '"' was wrapped
  // in quotes without escaping the inner quote.
  Plan p;
  p.title = "T";
  p.organisation = "O";
  p.statuses = {"Not Started", "Inent of stalking. \"his could include a, b", "[Done]"};
  std::string text = write_plan_file(p);
  Plan back;
  Diagnostics ds;
  REQUIRE(load_plan_text(text, "plan.yaml", back, ds));
  INFO(text);
  CHECK(ds.empty());
  CHECK(back.statuses == p.statuses);
}

TEST_CASE("a status with a '?' inside a word stays whole in the flow list") {
  // Found by the import fuzzer: yaml-cpp ends a flow value at "Progres?s".
  Plan p;
  p.title = "T";
  p.organisation = "O";
  p.statuses = {"Not Started", "In Progres?s", "Complete: all #1", "Terminé"};
  std::string text = write_plan_file(p);
  Plan back;
  Diagnostics ds;
  REQUIRE(load_plan_text(text, "plan.yaml", back, ds));
  INFO(text);
  CHECK(ds.empty());
  CHECK(back.statuses == p.statuses);
}

TEST_CASE("a value holding a control character through an escape is refused where it is") {
  for (const char* escape : {"\\e]0;pwned\\a", "\\x07", "\\0", "\\r", "\\u0085", "\\x7F"}) {
    std::string doc = std::string("owner: \"Chief ") + escape + "Constables\"\n";
    Diagnostics ds;
    REQUIRE(parse_yaml(doc, "input", ds));
    INFO(doc);
    REQUIRE(ds.errors() == 1);
    CHECK(ds.items()[0].rule == "control-character");
    CHECK(ds.items()[0].line == 1);
    CHECK(ds.items()[0].col == 8);
  }
  Diagnostics fine;
  REQUIRE(parse_yaml("note: \"tab\\there\\nand a line\"\n", "input", fine));
  CHECK(fine.empty());
}

TEST_CASE("a bidirectional control in a value is a warning") {
  Diagnostics ds;
  REQUIRE(parse_yaml("owner: \"\\u202EChief\"\n", "input", ds));
  REQUIRE(ds.items().size() == 1);
  CHECK(ds.items()[0].rule == "bidi-control");
  CHECK(ds.warnings() == 1);
}

TEST_CASE("columns count characters, not bytes") {
  Diagnostics ds;
  REQUIRE(parse_yaml("text: \"\u8B66\u5BDF \u00e9\" \nk: &a 1\n", "input", ds));
  ds.sort();
  REQUIRE(!ds.empty());
  CHECK(ds.items()[0].rule == "anchor");
  Diagnostics wide;
  REQUIRE(parse_yaml("t: [\u8B66\u5BDF, &a x]\n", "input", wide));
  REQUIRE(wide.items().size() == 1);
  CHECK(wide.items()[0].col == 9);  // the '&' is the 9th character (the 13th byte)
}
