#include "check/rules.h"

#include <catch2/catch.hpp>

#include "check/load_checked.h"

using namespace plan;

namespace {

Plan plan_with(const std::vector<std::pair<std::string, std::string>>& files) {
  Plan p;
  Diagnostics ignored;
  load_plan_text("title: T\norganisation: O\npublished: 2024-09-27\n", "plan.yaml", p, ignored);
  for (const auto& [name, text] : files) {
    Recommendation r;
    load_recommendation_text(text, name, r, ignored);
    p.recommendations.push_back(r);
  }
  return p;
}

std::vector<std::string> check(const Plan& p, const char* as_of = "2025-01-01") {
  Diagnostics ds;
  check_plan(p, *parse_iso_date(as_of), ds);
  ds.sort();
  std::vector<std::string> out;
  for (const auto& d : ds.items())
    out.push_back(d.rule + "@" + std::to_string(d.line) + ":" + std::to_string(d.col));
  return out;
}

const std::string head = "id: 23\ndeadline: 2025-03-27\ntext: x\n";

}  // namespace

TEST_CASE("id must equal the file name and be unique") {
  CHECK(check(plan_with({{"r/23.yaml", head}})).empty());
  CHECK(check(plan_with({{"r/24.yaml", head}})) == std::vector<std::string>{"id-matches-file@1:5"});
  CHECK(check(plan_with({{"r/notes.yaml", head}})) == std::vector<std::string>{"file-name@0:0"});
  CHECK(check(plan_with({{"r/23.yaml", head}, {"r/023.yaml", head}})) ==
        std::vector<std::string>{"file-name@0:0", "id-unique@1:5"});
}

TEST_CASE("evidence ids: format, owner, uniqueness, order") {
  auto ev = [](std::vector<std::string> ids) {
    std::string t = head + "evidence:\n";
    for (auto& id : ids) t += "  - id: \"" + id + "\"\n    text: t\n";
    return check(plan_with({{"23.yaml", t}}));
  };
  CHECK(ev({"23.1", "23.2"}).empty());
  CHECK(ev({"23-1"}) == std::vector<std::string>{"evidence-id-format@5:9"});
  CHECK(ev({"7.1"}) == std::vector<std::string>{"evidence-id-format@5:9"});
  CHECK(ev({"23.1", "23.1"}) == std::vector<std::string>{"evidence-id-unique@7:9"});
  CHECK(ev({"23.2", "23.1"}) == std::vector<std::string>{"evidence-id-order@7:9"});
}

TEST_CASE("dates must be real and well formed") {
  CHECK(check(plan_with({{"23.yaml", "id: 23\ndeadline: 2025-02-30\ntext: x\n"}})) ==
        std::vector<std::string>{"date-invalid@2:11"});
  CHECK(check(plan_with({{"23.yaml", "id: 23\ndeadline: 27/03/2025\ntext: x\n"}})) ==
        std::vector<std::string>{"date-format@2:11"});
}

TEST_CASE("updates: order, future, status, percent") {
  auto upd = [](const std::string& updates, const char* as_of = "2025-01-01") {
    return check(plan_with({{"23.yaml", head + "updates:\n" + updates}}), as_of);
  };
  const std::string a = "  - date: 2024-11-11\n    status: In Progress\n    percent: 50\n";
  const std::string b = "  - date: 2024-10-01\n    status: In Progress\n    percent: 40\n";
  CHECK(upd(a).empty());
  CHECK(upd(a + b) == std::vector<std::string>{"update-order@8:11", "percent-decrease@10:14"});
  CHECK(upd(a, "2024-11-10") == std::vector<std::string>{"update-future@5:11"});
  CHECK(upd("  - date: 2024-11-11\n    status: In progres\n") ==
        std::vector<std::string>{"status-unknown@6:13"});
  CHECK(upd("  - date: 2024-11-11\n    status: Complete\n    percent: 80\n") ==
        std::vector<std::string>{"done-percent@7:14"});
}

TEST_CASE("deadline notes agree with the publication date") {
  auto note = [](const std::string& deadline, const std::string& text) {
    return check(plan_with({{"23.yaml", "id: 23\ndeadline: " + deadline +
                                            "\ndeadline_note: " + text + "\ntext: x\n"}}));
  };
  CHECK(note("2024-11-22", "56 days from publication").empty());
  CHECK(note("2025-11-22", "56 days from publication") ==
        std::vector<std::string>{"deadline-note@2:11"});
  CHECK(note("2025-03-27", "six months from publication").empty());
  CHECK(note("2025-04-27", "six months from publication") ==
        std::vector<std::string>{"deadline-note@2:11"});
  CHECK(note("2025-04-27", "agreed with the inspectorate").empty());
}

TEST_CASE("a recommendation marked done needs its evidence done") {
  std::string t = head +
                  "evidence:\n  - id: \"23.1\"\n    text: t\n    updates:\n"
                  "      - date: 2024-11-01\n        status: In Progress\n"
                  "updates:\n  - date: 2024-12-01\n    status: Complete\n";
  CHECK(check(plan_with({{"23.yaml", t}})) == std::vector<std::string>{"done-evidence-open@12:13"});
}

TEST_CASE("empty evidence text is a warning") {
  Diagnostics ds;
  Plan p = plan_with({{"23.yaml", head + "evidence:\n  - id: \"23.1\"\n    text: \"\"\n"}});
  check_plan(p, *parse_iso_date("2025-01-01"), ds);
  REQUIRE(ds.items().size() == 1);
  CHECK(ds.items()[0].severity == Severity::warning);
  CHECK(ds.items()[0].rule == "evidence-empty");
}
