#include <catch2/catch.hpp>

#include "load/loader.h"

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

TEST_CASE("a minimal recommendation passes the schema") { CHECK(load_rec(base).empty()); }

TEST_CASE("unknown keys are reported by name with a suggestion, all of them") {
  Diagnostics ds = load_rec(base + "ownr: A\nfoo: 1\n");
  REQUIRE(ds.items().size() == 2);
  CHECK(ds.items()[0].rule == "unknown-key");
  CHECK(ds.items()[0].line == 4);
  CHECK(ds.items()[0].message == "unknown key 'ownr'; did you mean 'owner'?");
  CHECK(ds.items()[1].line == 5);
  CHECK(ds.items()[1].message.find("the keys allowed here are") != std::string::npos);
}

TEST_CASE("an unquoted evidence id is explained") {
  Diagnostics ds = load_rec(base + "evidence:\n  - id: 23.1\n    text: x\n");
  REQUIRE(ds.items().size() == 1);
  CHECK(ds.items()[0].rule == "type");
  CHECK(ds.items()[0].line == 5);
  CHECK(ds.items()[0].col == 9);
  CHECK(ds.items()[0].message ==
        "evidence id 23.1 is read as a number; quote it so it stays text: id: \"23.1\"");
}

TEST_CASE("percent out of range names the range") {
  Diagnostics ds = load_rec(base + "updates:\n  - date: 2025-01-01\n    status: In Progress\n"
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
  Diagnostics pct = load_rec(base + "updates:\n  - date: 2025-01-01\n    status: Complete\n"
                                    "    percent: 25%\n");
  REQUIRE(pct.items().size() == 1);
  CHECK(pct.items()[0].message.find("without the % sign") != std::string::npos);
}
