#include "check/schema.h"

#include <catch2/catch.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>

#include "check/load_checked.h"
#include "load/yaml_tree.h"

using namespace plan;

namespace {
Diagnostics load_rec(const std::string& text) {
  Recommendation rec;
  Diagnostics ds;
  load_recommendation_text(text, "23.yaml", rec, ds);
  ds.sort();
  return ds;
}
const std::string base = "id: 23\ndeadline: 2025-03-27\ntext: do it\n";
}  // namespace

TEST_CASE("a minimal recommendation passes the schema") {
  CHECK(load_rec(base).empty());
}

TEST_CASE("unknown keys are reported by name with a suggestion, all of them") {
  Diagnostics ds = load_rec(base + "ownr: A\nfoo: 1\n");
  REQUIRE(ds.items().size() == 2);
  CHECK(ds.items()[0].rule == "unknown-key");
  CHECK(ds.items()[0].line == 4);
  CHECK(full_message(ds.items()[0]) == "unknown key 'ownr'; did you mean 'owner'?");
  CHECK(ds.items()[1].line == 5);
  CHECK(full_message(ds.items()[1]).find("the keys allowed here are") != std::string::npos);
}

TEST_CASE("an unquoted evidence id is explained") {
  Diagnostics ds = load_rec(base + "evidence:\n  - id: 23.1\n    text: x\n");
  REQUIRE(ds.items().size() == 1);
  CHECK(ds.items()[0].rule == "type");
  CHECK(ds.items()[0].line == 5);
  CHECK(ds.items()[0].col == 9);
  CHECK(full_message(ds.items()[0]) ==
        "evidence id 23.1 is read as a number; quote it so it stays text: id: \"23.1\"");
}

TEST_CASE("percent out of range names the range") {
  Diagnostics ds = load_rec(base +
                            "updates:\n  - date: 2025-01-01\n    status: In Progress\n"
                            "    percent: 125\n");
  REQUIRE(ds.items().size() == 1);
  CHECK(ds.items()[0].rule == "percent-range");
  CHECK(ds.items()[0].message == "percent must be between 0 and 100, got 125");
  CHECK(ds.items()[0].line == 7);
  CHECK(ds.items()[0].col == 14);
}

TEST_CASE("missing required keys and wrong types") {
  Diagnostics ds = load_rec("id: seven\ntext: x\n");
  REQUIRE(ds.items().size() == 2);
  CHECK(ds.items()[0].rule == "missing-key");
  CHECK(ds.items()[0].message.rfind("missing required key 'deadline'", 0) == 0);
  CHECK(ds.items()[1].rule == "type");
  CHECK(ds.items()[1].message == "'id' must be a whole number, but it is the text \"seven\"");
  Diagnostics pct = load_rec(base +
                             "updates:\n  - date: 2025-01-01\n    status: Complete\n"
                             "    percent: 25%\n");
  REQUIRE(pct.items().size() == 1);
  CHECK(full_message(pct.items()[0]).find("without the % sign") != std::string::npos);
}

// The example of rule "schema": the embedded schemas use only keywords that
// have a message of their own, so this needs a schema with one that has not
// (here "pattern"). The test below keeps it so.
TEST_CASE("rule-schema: a keyword with no message of its own is still reported, located") {
  Diagnostics parse;
  auto root = parse_yaml("colour: mauve\n", "f.yaml", parse);
  REQUIRE(root);
  Diagnostics ds;
  check_against_schema(
      *root, R"({"type": "object", "properties": {"colour": {"pattern": "^(red|blue)$"}}})",
      "f.yaml", ds);
  REQUIRE(ds.items().size() == 1);
  CHECK(ds.items()[0].rule == "schema");
  CHECK(ds.items()[0].line == 1);
  CHECK(ds.items()[0].col == 9);
  CHECK(ds.items()[0].message.rfind("'colour': ", 0) == 0);
}

TEST_CASE("the embedded schemas use only keywords that have a rule and a message") {
  // Adding another keyword to schemas/*.json: give it a check_… function in
  // check/schema.cpp and a rule in diag/rule_table.h, then add it here.
  const std::set<std::string> explained = {
      "$schema", "$id",        "title",       "description",
      "type",    "properties", "required",    "additionalProperties",
      "items",   "$ref",       "definitions", "minimum",
      "maximum", "minLength",  "minItems",    "uniqueItems",
      "anyOf",   "enum"};
  std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& schema) {
    if (!schema.is_object()) return;
    for (auto& [keyword, value] : schema.items()) {
      INFO("keyword " << keyword);
      CHECK(explained.count(keyword) == 1);
      if (keyword == "properties" || keyword == "definitions")  // keys are names there
        for (auto& [name, sub] : value.items()) walk(sub);
      if (keyword == "items" || keyword == "additionalProperties") walk(value);
      if (keyword == "anyOf")
        for (const nlohmann::json& form : value) walk(form);
    }
  };
  walk(nlohmann::json::parse(schema_text(SchemaKind::plan)));
  walk(nlohmann::json::parse(schema_text(SchemaKind::recommendation)));
  walk(nlohmann::json::parse(schema_text(SchemaKind::report)));
  walk(nlohmann::json::parse(schema_text(SchemaKind::manifest)));
}
