// plan aggregate's stage: reading exports back, keeping only what was
// published by the as-of date, the counts and rows, and the JSON against
// schemas/aggregate.schema.json.
#include "aggregate/aggregate.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "aggregate/inputs.h"
#include "aggregate/output.h"
#include "aggregate/read_export.h"
#include "aggregate/read_inputs.h"
#include "aggregate/same_force.h"
#include "fixtures.h"
#include "query/export.h"
#include "schema_check.h"
#include "util/files.h"

using namespace plan;
using nlohmann::json;
using plan::test::day;

namespace {

std::string schema_problems(const json& doc) {
  return test::schema_problems(doc, "aggregate.schema.json");
}

Plan force(const std::string& organisation, const std::string& statuses,
           const std::vector<std::string>& recs) {
  return plan::test::plan_from(
      "title: T\norganisation: " + organisation + "\nstatuses: " + statuses + "\n", recs);
}

// Two forces with their own status words; B lacks recommendation 2.
std::vector<InputPlan> two_forces() {
  std::vector<InputPlan> plans;
  plans.push_back({"b",
                   force("B Police", "[Planned, Active, Delivered]",
                         {"id: 1\ndeadline: 2025-01-01\ntext: x\nupdates:\n"
                          "  - date: 2024-12-01\n    status: Delivered\n"}),
                   std::nullopt});
  plans.push_back({"a",
                   force("A Constabulary", "[Not yet, Under way, Done]",
                         {"id: 1\ndeadline: 2025-01-01\ntext: x\nupdates:\n"
                          "  - date: 2024-10-01\n    status: Under way\n    percent: 30\n"
                          "  - date: 2024-11-01\n    status: Done\n    internal: true\n"
                          "  - date: 2025-03-01\n    status: Done\n",
                          "id: 2\ndeadline: 2025-06-01\ntext: y\n"}),
                   std::nullopt});
  return plans;
}

}  // namespace

TEST_CASE("aggregate: updates after the as-of date and internal ones are not counted") {
  std::vector<InputPlan> plans = two_forces();
  for (InputPlan& in : plans) keep_published_until(in.plan, day("2025-02-01"));
  Aggregate a = aggregate(plans, day("2025-02-01"), 183);
  REQUIRE(a.forces.size() == 2);
  CHECK(a.forces[0].organisation == "A Constabulary");  // sorted by organisation
  const AggregateCell& c = a.forces[0].cells[0];
  CHECK(c.status == "Under way");
  CHECK(c.percent == 30);
  CHECK(c.category == Category::in_progress);  // in progress, not the internal or later "Done"
  CHECK(c.overdue);
  CHECK(iso_text(*c.last_update) == "2024-10-01");
  CHECK(a.forces[1].cells[0].category == Category::complete);  // B's "Delivered" is its done status
}

TEST_CASE(
    "aggregate: counts per recommendation add up to the plans, a missing one is not answered") {
  std::vector<InputPlan> plans = two_forces();
  for (InputPlan& in : plans) keep_published_until(in.plan, day("2025-04-01"));
  Aggregate a = aggregate(plans, day("2025-04-01"), 183);
  REQUIRE(a.recommendations.size() == 2);
  CHECK(a.recommendations[0].counts == std::array<int, 7>{2, 0, 0, 0, 0, 0, 0});
  CHECK(a.recommendations[1].counts == std::array<int, 7>{0, 0, 0, 1, 0, 1, 0});
  CHECK(iso_text(*a.recommendations[0].latest_from) == "2024-12-01");
  CHECK(iso_text(*a.recommendations[0].latest_to) == "2025-03-01");
  CHECK(!a.forces[1].cells[1].answered);
  CHECK(a.forces[1].days_since == 121);
  CHECK(!a.forces[1].stale);
  CHECK(!aggregate(plans, day("2025-06-02"), 183).forces[1].stale);  // 183 days exactly
  Aggregate later = aggregate(plans, day("2025-06-03"), 183);
  CHECK(later.forces[1].stale);  // 184 days: more than 183
  CHECK(later.recommendations[1].overdue == 1);
}

TEST_CASE("aggregate: the JSON follows schemas/aggregate.schema.json") {
  std::vector<InputPlan> plans = two_forces();
  Aggregate a = aggregate(plans, day("2025-04-01"), 183);
  a.refused.push_back({"x.json", "is not JSON", "the file sent is not a plan export", ""});
  json doc = json::parse(aggregate_json(a, "plan test"));
  CHECK(schema_problems(doc) == "");
  CHECK(doc["recommendations"][1]["counts"]["not-answered"] == 1);
  CHECK(doc["inputs"]["refused"] == 1);
}

TEST_CASE("aggregate: an export reads back as the plan it came from") {
  Plan p = plan::test::bundled_plan();
  ExportOptions eo;
  eo.as_of = day("2025-01-01");
  eo.generator = "plan test";
  ReadExport r = read_export_text(export_json(p, eo), "bundled.json");
  REQUIRE(r.error == "");
  REQUIRE(r.ok);
  CHECK(r.plan.organisation == p.organisation);
  REQUIRE(r.plan.recommendations.size() == p.recommendations.size());
  for (size_t i = 0; i < p.recommendations.size(); ++i) {
    CHECK(r.plan.recommendations[i].id == p.recommendations[i].id);
    CHECK(r.plan.recommendations[i].updates.size() == p.recommendations[i].updates.size());
  }
}

TEST_CASE("aggregate: a newer format_version, a broken file and a bad shape are refused") {
  CHECK_THAT(read_export_text("{\"format_version\": 99}", "f.json").error,
             Catch::Contains("format_version 99, newer than this plan reads"));
  CHECK_THAT(read_export_text("{\"format_version\": 1,", "f.json").error,
             Catch::Contains("is not JSON"));
  CHECK_THAT(read_export_text("[1]", "f.json").error, Catch::Contains("no format_version"));
  CHECK_THAT(read_export_text("{\"format_version\": 1}", "f.json").error,
             Catch::Contains("format_version 1, which this plan does not read"));
  CHECK_THAT(read_export_text("{\"format_version\": 2}", "f.json").error,
             Catch::Contains("does not follow schemas/export-v2.schema.json"));
}

TEST_CASE("aggregate: a value out of its range or of the wrong type is named in plain words") {
  Plan p = plan::test::bundled_plan();
  ExportOptions eo;
  eo.as_of = day("2025-01-01");
  eo.generator = "plan test";
  json doc = json::parse(export_json(p, eo));
  doc["recommendations"][0]["id"] = 0;
  std::string error = read_export_text(doc.dump(), "f.json").error;
  CHECK_THAT(error, Catch::Contains("at recommendations.0.id: must be 1 or more, got 0"));
  CHECK_THAT(error, !Catch::Contains("Expected number"));
  CHECK_THAT(read_export_text("{\"format_version\": 2, \"plan\": \"x\"}", "f.json").error,
             Catch::EndsWith("at plan: is a text, which the schema does not allow here"));
}

TEST_CASE(
    "aggregate: with a report, a missing recommendation addressed to others is not applicable") {
  Report report;
  report.id = "r";
  report.title = "R";
  report.recommendations.push_back({1, {}, {"Chief constables"}, "One", {}, "", "", {}, {}});
  report.recommendations.push_back(
      {2, {}, {"Police and crime commissioners"}, "Two", {}, "", "", {}, {}});
  report.recommendations.push_back({3, {}, {"Chief constables"}, "Three", {}, "", "", {}, {}});
  std::vector<InputPlan> plans = two_forces();
  plans[0].plan.addressee = "chief constables";  // B: has 1 only
  Aggregate a = aggregate(plans, day("2025-04-01"), 183, &report);
  CHECK(a.matched_by == "report");
  REQUIRE(a.recommendations.size() == 3);
  CHECK(a.recommendations[1].title == "Two");
  const AggregateForce& b = a.forces[1];
  REQUIRE(b.organisation == "B Police");
  CHECK(b.cells[1].category == Category::not_applicable);
  CHECK(b.cells[2].category == Category::not_answered);
  // A names no addressee: every recommendation it lacks counts as not answered.
  CHECK(a.forces[0].cells[2].category == Category::not_answered);
}

TEST_CASE("aggregate: the committed fixtures read as plans, and their JSON follows the schema") {
  // The forces made by 'plan init' (tests/aggregate/make_forces.sh) are
  // aggregated by tests/scripts/aggregate_national.sh; here the committed ones.
  std::string src = PLAN_SOURCE_DIR;
  InputList list =
      find_inputs({src + "/tests/aggregate", src + "/plan", src + "/tests/render/hostile"});
  CHECK(list.refused.empty());
  REQUIRE(list.inputs.size() == 4);  // broken, future.json; the bundled plan, the hostile one
  ReadInputs read = read_inputs(list.inputs, day("2030-01-01"), 2);
  REQUIRE(read.plans.size() == 2);
  REQUIRE(read.refused.size() == 2);
  CHECK_THAT(read.refused[0].reason, Catch::Contains("percent-range"));
  CHECK_THAT(read.refused[1].reason, Catch::Contains("format_version 99"));
  for (InputPlan& in : read.plans) keep_published_until(in.plan, day("2025-05-01"));
  Aggregate a = aggregate(read.plans, day("2025-05-01"), 183);
  a.refused = read.refused;
  std::string text = aggregate_json(a, "plan test");
  CHECK(schema_problems(json::parse(text)) == "");
  CHECK(aggregate_json(a, "plan test") == text);  // same facts, same bytes
  CHECK(aggregate_html(a, "plan test") == aggregate_html(a, "plan test"));
}

TEST_CASE("aggregate: a recommendation with only updates that give no status counts as no-status") {
  std::vector<InputPlan> plans;
  plans.push_back({"c",
                   force("C Police", "[Planned, Active, Delivered]",
                         {"id: 1\ndeadline: 2025-06-01\ntext: x\nupdates:\n"
                          "  - date: 2024-11-21\n    note: We accept this.\n",
                          "id: 2\ndeadline: 2025-06-01\ntext: y\nupdates:\n"
                          "  - date: 2024-11-21\n    status: Active\n"
                          "  - date: 2024-12-01\n    note: Still active.\n"}),
                   std::nullopt});
  Aggregate a = aggregate(plans, day("2025-04-01"), 183);
  REQUIRE(a.recommendations.size() == 2);
  CHECK(a.recommendations[0].counts[category_column(Category::no_status)] == 1);
  CHECK(a.recommendations[0].counts[category_column(Category::no_update)] == 0);
  CHECK(a.forces[0].cells[0].status.empty());
  CHECK(a.forces[0].cells[1].category == Category::in_progress);  // a note does not move it
  CHECK(iso_text(*a.forces[0].last_update) == "2024-12-01");      // but it was published
  json doc = json::parse(aggregate_json(a, "plan test"));
  CHECK(schema_problems(doc) == "");
  CHECK(doc["recommendations"][0]["counts"]["no-status"] == 1);
}

TEST_CASE("aggregate: a month-dated update is an update, written as the month") {
  std::vector<InputPlan> plans;
  plans.push_back({"m",
                   force("M Police", "[Not Started, In Progress, Complete]",
                         {"id: 1\ndeadline: 2026-01-01\ntext: x\nupdates:\n"
                          "  - date: 2024-11\n    status: In Progress\n"}),
                   std::nullopt});
  for (InputPlan& in : plans) keep_published_until(in.plan, day("2025-05-01"));
  Aggregate a = aggregate(plans, day("2025-05-01"), 183);
  const AggregateCell& c = a.forces[0].cells[0];
  CHECK(c.category == Category::in_progress);
  REQUIRE(c.last_update);
  CHECK(iso_text(*c.last_update) == "2024-11");
  CHECK(long_text(*c.last_update) == "November 2024");
  CHECK(a.forces[0].days_since == 152);  // from 30 November 2024, the month's last day
  // A month that has begun counts, but never from a day after the as-of date.
  std::vector<InputPlan> now = plans;
  now[0].plan.recommendations[0].updates[0].date = {
      "2025-05", {}, {}, Month{std::chrono::year{2025}, std::chrono::May}};
  Aggregate b = aggregate(now, day("2025-05-10"), 183);
  CHECK(b.forces[0].days_since == 0);
  CHECK(aggregate_json(b, "t").find("\"last_update\": \"2025-05\"") != std::string::npos);
}

TEST_CASE("aggregate: declared not applicable shows its reason; not answered is overdue") {
  Report report;
  report.id = "r";
  report.title = "R";
  ReportRecommendation r1{1, {}, {"Chief constables"}, "One", {}, "", "", {}, {}};
  r1.deadline = {"2024-11-22", {}, day("2024-11-22"), {}};
  report.recommendations.push_back(r1);
  ReportRecommendation r2 = r1;
  r2.id = 2;
  report.recommendations.push_back(r2);
  std::vector<InputPlan> plans;
  plans.push_back(
      {"n", force("N Police", "[Not Started, In Progress, Complete]", {}), std::nullopt});
  plans[0].plan.not_applicable.push_back({2, "We have no such unit.", {}});
  Aggregate a = aggregate(plans, day("2025-05-01"), 183, &report);
  const AggregateForce& f = a.forces[0];
  CHECK(f.cells[0].category == Category::not_answered);
  CHECK(f.cells[0].overdue);  // the report's deadline has passed
  CHECK(f.cells[1].category == Category::not_applicable);
  CHECK(f.cells[1].not_applicable_reason == "We have no such unit.");
  CHECK_FALSE(f.cells[1].overdue);
  CHECK(f.not_answered == 1);
  CHECK(f.not_applicable == 1);
  CHECK(f.overdue == 1);
  CHECK(aggregate(plans, day("2024-11-22"), 183, &report).forces[0].overdue == 0);  // not yet
}

TEST_CASE("aggregate: the same plans in any order give the same bytes") {
  std::vector<InputPlan> plans = two_forces();
  plans.push_back({"c",
                   force("C Police", "[Planned, Active, Delivered]",
                         {"id: 2\ndeadline: 2025-01-01\ntext: other words\n"}),
                   std::nullopt});
  plans[2].plan.recommendations[0].title = "C's title";
  std::vector<InputPlan> reversed(plans.rbegin(), plans.rend());
  Aggregate a = aggregate(plans, day("2025-04-01"), 183);
  Aggregate b = aggregate(reversed, day("2025-04-01"), 183);
  CHECK(aggregate_json(a, "t") == aggregate_json(b, "t"));
  CHECK(aggregate_html(a, "t") == aggregate_html(b, "t"));
  CHECK(aggregate_csv(a) == aggregate_csv(b));
}

TEST_CASE("aggregate: one force is one force, whichever input comes first") {
  auto inputs = [] {
    std::vector<InputPlan> plans = two_forces();
    InputPlan exported = plans[1];  // A Constabulary again, as an export
    exported.source = "a.json";
    exported.exported = day("2025-01-01");
    plans.push_back(exported);
    return plans;
  };
  std::vector<InputPlan> one = inputs(), two = inputs();
  std::reverse(two.begin(), two.end());
  for (auto* plans : {&one, &two}) {
    std::vector<RefusedInput> refused = keep_one_per_force(*plans);
    REQUIRE(plans->size() == 2);
    REQUIRE(refused.size() == 1);
    CHECK(refused[0].path == "a.json");  // the plan folder is kept
    CHECK(refused[0].duplicate);
    CHECK_THAT(refused[0].reason, Catch::Contains("the plan folder 'a'"));
  }
}

TEST_CASE("aggregate: export values are held to the plan value rules") {
  Plan p = plan::test::bundled_plan();
  ExportOptions eo;
  eo.as_of = day("2025-01-01");
  eo.generator = "plan test";
  json doc = json::parse(export_json(p, eo));
  auto refusal = [&](auto change) {
    json d = doc;
    change(d);
    return read_export_text(d.dump(), "f.json").error;
  };
  CHECK_THAT(
      refusal([](json& d) { d["recommendations"][0]["id"] = 4294967326ULL; }),
      Catch::Contains("the number 4294967326 is too large") && Catch::Contains("2147483647"));
  CHECK_THAT(refusal([](json& d) { d["recommendations"][0]["id"] = 18446744073709551615ULL; }),
             Catch::Contains("the number 18446744073709551615 is too large"));
  CHECK_THAT(refusal([](json& d) { d["plan"]["organisation"] = "A\x1b[2JB"; }),
             Catch::Contains("at plan.organisation") && Catch::Contains("U+001B"));
  CHECK_THAT(refusal([](json& d) { d["as_of"] = "0001-01-01"; }),
             Catch::Contains("outside the years 1900 to 2200"));
  CHECK_THAT(refusal([](json& d) { d["as_of"] = "2025-02-30"; }), Catch::Contains("no real date"));
  CHECK_THAT(read_export_text(std::string(100, '[') + std::string(100, ']'), "f.json").error,
             Catch::Contains("nested more than"));
}

TEST_CASE("aggregate: an export's categories are the ones it states, never list positions") {
  Plan p = plan::test::plan_from(
      "title: T\norganisation: W Police\nstatuses:\n  - Not Started\n  - In Progress\n"
      "  - Complete\n  - {name: Withdrawn, means: not-applicable}\n",
      {"id: 1\ndeadline: 2025-01-01\ntext: x\nupdates:\n  - date: 2024-10-01\n"
       "    status: Withdrawn\n"});
  ExportOptions eo;
  eo.as_of = day("2025-01-01");
  eo.generator = "plan test";
  ReadExport r = read_export_text(export_json(p, eo), "w.json");
  REQUIRE(r.error == "");
  CHECK(r.exported == day("2025-01-01"));
  std::vector<InputPlan> plans = {{"w.json", r.plan, r.exported}};
  Aggregate a = aggregate(plans, day("2025-01-01"), 183);
  CHECK(a.forces[0].cells[0].category == Category::not_applicable);  // not "complete" as last
  // An export saying one word means two things is refused.
  json doc = json::parse(export_json(p, eo));
  doc["recommendations"][0]["updates"][0]["category"] = "complete";
  CHECK_THAT(read_export_text(doc.dump(), "w.json").error,
             Catch::Contains("the status 'Withdrawn' is said to mean both"));
}

TEST_CASE("aggregate: responses, RAG and overdue actions are counted, from a plan and its export") {
  Plan p = plan::test::plan_from(
      "title: T\norganisation: R Police\n",
      {"id: 1\ndeadline: 2025-06-01\ntext: x\n"
       "response:\n  position: accepted\n  text: We accept this.\n"
       "actions:\n"
       "  - id: 1a\n    text: Train staff.\n    target: 2025-01-31\n"  // past, not complete
       "  - id: 1b\n    text: Audit.\n    target: 2025-01\n"
       "    updates:\n      - date: 2025-01-20\n        status: Complete\n"  // done in time
       "updates:\n  - date: 2025-02-01\n    status: In Progress\n    rag: amber\n",
       "id: 2\ndeadline: 2025-06-01\ntext: y\n"
       "response:\n  position: not-accepted\n"
       "evidence:\n  - id: \"2.1\"\n    text: z\n    actions:\n"
       "      - id: 2.1a\n        text: Review.\n        target: 2025-02\n"  // overdue from March
       "updates:\n  - date: 2025-02-01\n    status: Not Started\n    rag: red\n",
       "id: 3\ndeadline: 2025-06-01\ntext: w\n"});
  ExportOptions eo;
  eo.as_of = day("2025-03-15");
  eo.generator = "plan test";
  ReadExport r = read_export_text(export_json(p, eo), "r.json");
  REQUIRE(r.error == "");
  for (const InputPlan& in :
       {InputPlan{"r", p, std::nullopt}, InputPlan{"r.json", r.plan, r.exported}}) {
    INFO(in.source);
    Aggregate a = aggregate({in}, day("2025-03-15"), 183);
    const AggregateForce& f = a.forces[0];
    CHECK(f.positions == std::array<int, 4>{1, 0, 1, 1});  // accepted, partly, not, none
    CHECK(f.rag == std::array<int, 4>{1, 1, 0, 0});        // red, amber, green, blue
    CHECK(f.actions == 3);
    CHECK(f.actions_overdue == 2);  // 1a and 2.1a
    CHECK(f.cells[0].response == Position::accepted);
    CHECK(f.cells[0].rag == "amber");
    CHECK(f.cells[1].actions_overdue == 1);
    CHECK(a.recommendations[1].positions == std::array<int, 4>{0, 0, 1, 0});
    CHECK(a.recommendations[0].actions_overdue == 1);
    json doc = json::parse(aggregate_json(a, "plan test"));
    CHECK(schema_problems(doc) == "");
    CHECK(doc["plans"][0]["responses"]["not-accepted"] == 1);
    CHECK(doc["recommendations"][0]["cells"][0]["rag"] == "amber");
    CHECK_THAT(aggregate_markdown(a), Catch::Contains("## The forces' own plans"));
    CHECK_THAT(aggregate_html(a, "plan test"), Catch::Contains("The forces' own plans"));
  }
  // A plan with none of these has no such tables.
  Aggregate plain = aggregate(two_forces(), day("2025-03-15"), 183);
  CHECK_THAT(aggregate_markdown(plain), !Catch::Contains("own plans"));
}
