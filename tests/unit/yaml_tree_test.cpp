#include "load/yaml_tree.h"

#include <catch2/catch.hpp>

#include "load/raw_checks.h"

using namespace plan;

namespace {
std::vector<std::string> rules_of(const Diagnostics& ds) {
  std::vector<std::string> r;
  for (const auto& d : ds.items()) r.push_back(d.rule);
  return r;
}
}  // namespace

TEST_CASE("the tree keeps positions and quoting") {
  Diagnostics ds;
  auto root = parse_yaml("id: 7\nevidence:\n  - id: \"7.1\"\n    text: x\n", "input", ds);
  REQUIRE(root);
  CHECK(ds.empty());
  const YNode* id = root->find("id");
  REQUIRE(id);
  CHECK(id->value == "7");
  CHECK_FALSE(id->quoted);
  CHECK(id->pos.line == 1);
  CHECK(id->pos.col == 5);
  const YNode& ev = root->find("evidence")->children[0];
  CHECK(ev.find("id")->quoted);
  CHECK(ev.find("id")->pos.line == 3);
  CHECK(ev.find("id")->pos.col == 9);  // at the opening quote
}

TEST_CASE("duplicate keys are reported at the second key") {
  Diagnostics ds;
  auto root = parse_yaml("id: 7\nowner: A\nid: 8\n", "input", ds);
  REQUIRE(root);
  REQUIRE(ds.items().size() == 1);
  CHECK(ds.items()[0].rule == "duplicate-key");
  CHECK(ds.items()[0].line == 3);
  CHECK(ds.items()[0].col == 1);
}

TEST_CASE("anchors and aliases are refused without expanding them") {
  std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'i'; ++c)
    laughs += std::string(1, c) + ": &" + c + " [*" + char(c - 1) + ", *" + char(c - 1) + ", *" +
              char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) +
              ", *" + char(c - 1) + ", *" + char(c - 1) + ", *" + char(c - 1) + "]\n";
  Diagnostics ds;
  auto root = parse_yaml(laughs, "input", ds);
  REQUIRE(root);
  auto rules = rules_of(ds);
  CHECK(std::count(rules.begin(), rules.end(), "anchor") == 9);
  CHECK(std::count(rules.begin(), rules.end(), "alias") == 72);
}

TEST_CASE("deep nesting is refused with a located message") {
  Diagnostics ds;
  std::string deep;
  for (int i = 0; i < 100; ++i) deep += std::string(size_t(i) * 2, ' ') + "k:\n";
  CHECK_FALSE(parse_yaml(deep, "input", ds));
  REQUIRE(ds.items().size() == 1);
  CHECK(ds.items()[0].rule == "too-deep");
  Diagnostics ds2;
  CHECK_FALSE(parse_yaml(std::string(100000, '['), "input", ds2));
  REQUIRE(ds2.items().size() == 1);
  CHECK((ds2.items()[0].rule == "too-deep" || ds2.items()[0].rule == "yaml-syntax"));
}

TEST_CASE("syntax errors, empty files and non-mappings are reported") {
  Diagnostics ds;
  CHECK_FALSE(parse_yaml("id: [1, 2\n", "input", ds));
  CHECK(rules_of(ds) == std::vector<std::string>{"yaml-syntax"});
  Diagnostics empty;
  CHECK_FALSE(parse_yaml("# only a comment\n", "input", empty));
  CHECK(rules_of(empty) == std::vector<std::string>{"empty-file"});
  Diagnostics list;
  CHECK_FALSE(parse_yaml("- a\n- b\n", "input", list));
  CHECK(rules_of(list) == std::vector<std::string>{"not-a-mapping"});
  Diagnostics two;
  CHECK_FALSE(parse_yaml("a: 1\n---\nb: 2\n", "input", two));
  CHECK(rules_of(two) == std::vector<std::string>{"multiple-documents"});
  CHECK(two.items()[0].line == 2);
}

TEST_CASE("raw bytes: BOM, NUL, invalid UTF-8, tabs") {
  Diagnostics bom;
  CHECK(check_raw_bytes("\xEF\xBB\xBFid: 7\n", "input", bom));
  CHECK(rules_of(bom) == std::vector<std::string>{"bom"});
  Diagnostics nul;
  CHECK_FALSE(check_raw_bytes(std::string("id: 7\n\0", 7), "input", nul));
  CHECK(rules_of(nul) == std::vector<std::string>{"nul-byte"});
  Diagnostics utf;
  CHECK_FALSE(check_raw_bytes("id: 7\ntext: caf\xE9\n", "input", utf));
  REQUIRE(rules_of(utf) == std::vector<std::string>{"utf8"});
  CHECK(utf.items()[0].line == 2);
  CHECK(utf.items()[0].col == 10);
  Diagnostics tab;
  CHECK_FALSE(check_raw_bytes("evidence:\n\t- id: \"7.1\"\n", "input", tab));
  REQUIRE(rules_of(tab) == std::vector<std::string>{"tab"});
  CHECK(tab.items()[0].line == 2);
  Diagnostics fine;
  CHECK(check_raw_bytes("text: \"caf\xC3\xA9 \tx\"\n", "input", fine));
  CHECK(fine.empty());
}
