#include "query/export.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "fixtures.h"
#include "schema_check.h"
#include "util/files.h"

using namespace plan;
using nlohmann::json;
using plan::test::day;

namespace {

std::string schema_problems(const json& doc) {
  return test::schema_problems(doc, "export.schema.json");
}

// A plan that uses every field the export can carry.
Plan full_plan() {
  return plan::test::plan_from(
      "title: T\norganisation: \"Force \\\"A\\\"\"\npublished: 2024-09-27\nintroduction: hi\n"
      "leads:\n  - role: Lead\n    name: N\nowner: O\n",
      {"id: 3\ntitle: Short\nowner: Head of Crime\ndeadline: 2024-11-22\n"
       "deadline_note: 56 days from publication\ntext: x\n"
       "milestones:\n  - deadline: 2025-03-27\n    deadline_note: six months from publication\n"
       "    text: m\n"
       "evidence:\n  - id: \"3.1\"\n    text: e\n    owner: Analyst\n"
       "    documents:\n      - title: Policy\n        url: https://example.org/p.pdf\n"
       "    updates:\n      - date: 2024-12-01\n        status: Complete\n        percent: 100\n"
       "updates:\n  - date: 2024-11-01\n    status: In Progress\n    percent: 25\n"
       "    by: Registrar\n    note: public\n"
       "  - date: 2024-12-01\n    status: In Progress\n    percent: 60\n    note: secret\n"
       "    internal: true\n",
       "id: 4\ndeadline: 2025-03-27\ntext: y\nevidence:\n  - id: \"4.1\"\n    text: a\n"
       "    updates:\n      - date: 2025-01-01\n        status: Complete\n"});
}

}  // namespace

TEST_CASE("the export of the bundled plan follows schemas/export.schema.json") {
  Plan p = plan::test::bundled_plan();
  for (bool internal : {false, true}) {
    json doc = json::parse(export_json(p, {day("2025-04-01"), internal, "plan test"}));
    CHECK(schema_problems(doc).empty());
    CHECK(doc["format_version"] == 3);
    CHECK(doc["recommendations"].size() == p.recommendations.size());
    CHECK(doc["summary"]["recommendations"] == p.recommendations.size());
  }
}

TEST_CASE("an export using every field follows the schema, and the schema has teeth") {
  json doc = json::parse(export_json(full_plan(), {day("2025-04-01"), true, "plan test"}));
  CHECK(schema_problems(doc).empty());
  json wrong = doc;
  wrong["format_version"] = 4;
  CHECK_FALSE(schema_problems(wrong).empty());
  wrong = doc;
  wrong["recommendations"][0]["updates"][0].erase("internal");
  CHECK(schema_problems(wrong).find("internal") != std::string::npos);
  wrong = doc;
  wrong["recommendations"][0]["evidence"][0]["surprise"] = 1;
  CHECK(schema_problems(wrong).find("surprise") != std::string::npos);
}

TEST_CASE("internal updates stay out of exports unless asked for") {
  Plan p = full_plan();
  json shared = json::parse(export_json(p, {day("2025-04-01"), false, "plan test"}));
  const json& rec = shared["recommendations"][0];
  CHECK(shared["internal_included"] == false);
  CHECK(rec["updates"].size() == 1);
  CHECK(rec["percent"] == 25);  // the status comes from the public update
  CHECK(shared.dump().find("secret") == std::string::npos);
  std::string csv = export_csv(p, {day("2025-04-01"), false, "plan test"}, CsvRows::updates);
  CHECK(csv.find("secret") == std::string::npos);

  json all = json::parse(export_json(p, {day("2025-04-01"), true, "plan test"}));
  CHECK(all["recommendations"][0]["updates"].size() == 2);
  CHECK(all["recommendations"][0]["percent"] == 60);
  csv = export_csv(p, {day("2025-04-01"), true, "plan test"}, CsvRows::updates);
  CHECK(csv.find(",yes,secret\r\n") != std::string::npos);
}

TEST_CASE("the export carries status, overdue and the summary") {
  json doc = json::parse(export_json(full_plan(), {day("2025-04-01"), false, "plan test"}));
  const json& r3 = doc["recommendations"][0];
  CHECK(r3["overdue"] == true);
  CHECK(r3["owner"] == "Head of Crime");
  CHECK(r3["evidence"][0]["done"] == true);
  CHECK(r3["evidence"][0]["documents"][0]["url"] == "https://example.org/p.pdf");
  const json& r4 = doc["recommendations"][1];
  CHECK(r4["status_from_evidence"] == true);
  CHECK(r4["done"] == true);
  CHECK(r4["overdue"] == false);
  CHECK(r4["owner"] == "O");
  CHECK(doc["summary"]["done"] == 1);
  CHECK(doc["summary"]["overdue"] == 1);
  CHECK(doc["summary"]["by_status"]["In Progress"] == 1);
  CHECK(doc["summary"]["by_status"]["Complete"] == 1);
  CHECK(doc["plan"]["organisation"] == "Force \"A\"");
}

TEST_CASE("updates with no status export as notes: status null, category no-status, schema valid") {
  Plan p = plan::test::plan_from(
      "title: T\norganisation: F\n",
      {"id: 7\ndeadline: 2025-03-27\ntext: x\nevidence:\n  - id: \"7.1\"\n    text: e\n"
       "    updates:\n      - date: 2024-11\n        note: planned\n"
       "updates:\n  - date: 2024-11-21\n    note: We accept this recommendation.\n",
       "id: 8\ndeadline: 2025-03-27\ntext: y\nupdates:\n  - date: 2024-11-21\n"
       "    status: In Progress\n    percent: 50\n  - date: 2024-12-01\n    note: more\n"});
  json doc = json::parse(export_json(p, {day("2025-01-01"), false, "plan test"}));
  CHECK(schema_problems(doc).empty());
  const json& r7 = doc["recommendations"][0];
  CHECK(r7["status"].is_null());
  CHECK(r7["category"] == "no-status");
  CHECK(r7["percent"].is_null());
  CHECK(r7["last_update"] == "2024-11-21");
  CHECK(r7["updates"][0]["status"].is_null());
  CHECK(r7["updates"][0]["category"] == "no-status");
  CHECK(r7["evidence"][0]["category"] == "no-status");
  // A note after a status leaves the status standing, and dates the last update.
  const json& r8 = doc["recommendations"][1];
  CHECK(r8["status"] == "In Progress");
  CHECK(r8["percent"] == 50);
  CHECK(r8["last_update"] == "2024-12-01");
  CHECK(doc["summary"]["by_category"]["no-status"] == 1);
  CHECK(doc["summary"]["by_category"]["no-update"] == 0);
  std::string csv =
      export_csv(p, {day("2025-01-01"), false, "plan test"}, CsvRows::recommendations);
  CHECK(csv.find(",no-status,") != std::string::npos);
}

TEST_CASE("the same plan and date give the same bytes") {
  Plan p = plan::test::bundled_plan();
  ExportOptions o{day("2025-04-01"), false, "plan test"};
  CHECK(export_json(p, o) == export_json(p, o));
  CHECK(export_csv(p, o, CsvRows::recommendations) == export_csv(p, o, CsvRows::recommendations));
}
