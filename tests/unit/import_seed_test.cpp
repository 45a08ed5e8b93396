// Importing the seed (the published text of the bundled plan) gives plan
// files that load to the same model as the bundled plan/, field by field,
// and that plan validate accepts.
#include <catch2/catch.hpp>

#include "check/load_checked.h"
#include "check/rules.h"
#include "import/assemble/parse_action_plan.h"
#include "import/write/plan_header.h"
#include "import/write/write_imported_plan.h"
#include "temp_dir.h"
#include "util/files.h"

using namespace plan;

namespace {

const std::string source_dir = PLAN_SOURCE_DIR;

void same_updates(const std::vector<Update>& a, const std::vector<Update>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    INFO("update " << i + 1);
    CHECK(a[i].date.text == b[i].date.text);
    CHECK(a[i].date.value == b[i].date.value);
    CHECK(a[i].status == b[i].status);
    CHECK(a[i].percent == b[i].percent);
    CHECK(a[i].by == b[i].by);
    CHECK(a[i].note == b[i].note);
    CHECK(a[i].internal == b[i].internal);
  }
}

void same_recommendation(const Recommendation& a, const Recommendation& b) {
  INFO("recommendation " << b.id);
  CHECK(a.id == b.id);
  CHECK(a.title == b.title);
  CHECK(a.owner == b.owner);
  CHECK(a.deadline.text == b.deadline.text);
  CHECK(a.deadline.value == b.deadline.value);
  CHECK(a.deadline_note == b.deadline_note);
  CHECK(a.text == b.text);
  REQUIRE(a.milestones.size() == b.milestones.size());
  for (size_t i = 0; i < a.milestones.size(); ++i) {
    CHECK(a.milestones[i].deadline.text == b.milestones[i].deadline.text);
    CHECK(a.milestones[i].deadline_note == b.milestones[i].deadline_note);
    CHECK(a.milestones[i].text == b.milestones[i].text);
  }
  REQUIRE(a.evidence.size() == b.evidence.size());
  for (size_t i = 0; i < a.evidence.size(); ++i) {
    INFO("evidence " << b.evidence[i].id);
    CHECK(a.evidence[i].id == b.evidence[i].id);
    CHECK(a.evidence[i].text == b.evidence[i].text);
    CHECK(a.evidence[i].owner == b.evidence[i].owner);
    CHECK(a.evidence[i].documents.size() == b.evidence[i].documents.size());
    same_updates(a.evidence[i].updates, b.evidence[i].updates);
  }
  same_updates(a.updates, b.updates);
}

}  // namespace

TEST_CASE("importing the seed reproduces the bundled plan field by field") {
  ReadResult seed = read_file(source_dir + "/tests/import/seed.txt");
  REQUIRE(seed.ok);
  ImportedPlan imported = parse_action_plan(seed.data, "seed.txt");
  REQUIRE(imported.ok);
  CHECK(imported.diagnostics.empty());  // every line of the seed has its place
  CHECK(imported.furniture_lines == std::vector<int>{1, 2, 3, 4, 5, 6, 7});

  HeaderOptions options{"Stalking Action Plan", "Cambridgeshire Constabulary",
                        parse_iso_date("2024-09-27"), "Chief Constables"};
  CHECK(fill_plan_header(imported.plan, options).empty());  // nothing left to placeholders

  TempDir out;
  WriteOutcome written =
      write_plan_files(out.path, imported_plan_files(imported.plan), /*remove_others=*/false);
  REQUIRE(written.error.empty());

  LoadedPlan mine = load_plan(out.path + "/plan", 1);
  LoadedPlan bundled = load_plan(source_dir + "/plan", 1);
  REQUIRE(mine.diagnostics.empty());
  REQUIRE(bundled.diagnostics.empty());
  const Plan& a = mine.plan;
  const Plan& b = bundled.plan;
  CHECK(a.title == b.title);
  CHECK(a.organisation == b.organisation);
  CHECK(a.published.value == b.published.value);
  CHECK(a.introduction == b.introduction);
  REQUIRE(a.leads.size() == b.leads.size());
  for (size_t i = 0; i < a.leads.size(); ++i) {
    CHECK(a.leads[i].role == b.leads[i].role);
    CHECK(a.leads[i].name == b.leads[i].name);
  }
  CHECK(a.owner == b.owner);
  CHECK(a.statuses == b.statuses);
  REQUIRE(a.recommendations.size() == b.recommendations.size());
  for (size_t i = 0; i < a.recommendations.size(); ++i)
    same_recommendation(a.recommendations[i], b.recommendations[i]);

  SECTION("and plan validate accepts the files, with the bundled plan's warnings") {
    Diagnostics mine_checked, bundled_checked;
    Date as_of = *parse_iso_date("2025-01-15");
    check_plan(a, as_of, mine_checked);
    Plan without_report = b;  // the import names no report, so is not checked against one
    without_report.report_data.reset();
    check_plan(without_report, as_of, bundled_checked);
    CHECK(mine_checked.errors() == 0);
    CHECK(mine_checked.warnings() == bundled_checked.warnings());
  }
}

TEST_CASE("without options the seed still gives a valid plan, with placeholders said out loud") {
  ReadResult seed = read_file(source_dir + "/tests/import/seed.txt");
  REQUIRE(seed.ok);
  ImportedPlan imported = parse_action_plan(seed.data, "seed.txt");
  REQUIRE(imported.ok);
  std::vector<std::string> notes = fill_plan_header(imported.plan, HeaderOptions{});
  REQUIRE(notes.size() == 4);
  CHECK(notes[0].rfind("title:", 0) == 0);
  CHECK(notes[1].rfind("organisation:", 0) == 0);
  CHECK(notes[2] ==
        "published: 2024-09-27, worked out from the deadline notes on lines 68 and 71 (the note "
        "on line 70 disagrees); check it, or give --published YYYY-MM-DD");
  CHECK(notes[3].rfind("owner: 13 of 15 recommendations", 0) == 0);
  CHECK(imported.plan.title == placeholder_title);
  CHECK(imported.plan.organisation == placeholder_organisation);

  TempDir out;
  REQUIRE(write_plan_files(out.path, imported_plan_files(imported.plan), false).error.empty());
  LoadedPlan loaded = load_plan(out.path + "/plan", 1);
  check_plan(loaded.plan, *parse_iso_date("2025-01-15"), loaded.diagnostics);
  CHECK(loaded.diagnostics.errors() == 0);
}
