#include <catch2/catch.hpp>

#include "edit/yaml_write.h"
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
  REQUIRE(ds.empty());
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
