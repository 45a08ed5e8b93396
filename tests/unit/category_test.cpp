// The shared status scale: both forms of `statuses`, and no-update.
#include "model/category.h"

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace plan;
using plan::test::plan_from;

TEST_CASE("category names are the fixed set") {
  CHECK(std::string(category_name(Category::not_started)) == "not-started");
  CHECK(std::string(category_name(Category::in_progress)) == "in-progress");
  CHECK(std::string(category_name(Category::complete)) == "complete");
  CHECK(std::string(category_name(Category::not_applicable)) == "not-applicable");
  CHECK(std::string(category_name(Category::no_update)) == "no-update");
  CHECK(std::string(category_name(Category::not_answered)) == "not-answered");
  CHECK(std::string(category_label(Category::no_update)) == "no update published");
  CHECK(category_from_name("complete") == Category::complete);
  CHECK_FALSE(category_from_name("no-update"));  // never a status a plan chooses
  CHECK(category_from_name("no-update", false) == Category::no_update);
  CHECK_FALSE(category_from_name("Complete"));
}

TEST_CASE("the simple list: first not started, last complete, the rest in progress") {
  Plan p = plan_from(
      "title: T\norganisation: O\nstatuses: [Not yet started, Ongoing, On track, "
      "Action complete]\n",
      {});
  CHECK(category_of_status(p, "Not yet started") == Category::not_started);
  CHECK(category_of_status(p, "Ongoing") == Category::in_progress);
  CHECK(category_of_status(p, "On track") == Category::in_progress);
  CHECK(category_of_status(p, "Action complete") == Category::complete);
  CHECK(category_of_status(p, "Done") == Category::not_answered);
  CHECK(done_status(p) == "Action complete");
}

TEST_CASE("the explicit form says what a status means, wherever it stands") {
  Plan p = plan_from(
      "title: T\norganisation: O\nstatuses:\n  - Not Started\n  - In Progress\n"
      "  - {name: Action complete, means: complete}\n"
      "  - {name: Not applicable to this force, means: not-applicable}\n",
      {});
  REQUIRE(p.statuses.size() == 4);
  CHECK(p.statuses[2] == "Action complete");
  CHECK(category_of_status(p, "Not Started") == Category::not_started);
  CHECK(category_of_status(p, "In Progress") == Category::in_progress);
  CHECK(category_of_status(p, "Action complete") == Category::complete);
  CHECK(category_of_status(p, "Not applicable to this force") == Category::not_applicable);
  CHECK(done_status(p) == "Action complete");  // not the last in the list
}

TEST_CASE("a bad meaning is a schema error naming the allowed ones") {
  Plan p;
  Diagnostics ds;
  load_plan_text("title: T\norganisation: O\nstatuses:\n  - {name: Done, means: finished}\n",
                 "plan.yaml", p, ds);
  REQUIRE_FALSE(ds.empty());
  CHECK(ds.items()[0].line == 4);
}

TEST_CASE("nothing recorded is no update, not the first status") {
  Plan p = plan_from("title: T\norganisation: O\n",
                     {"id: 7\ndeadline: 2025-03-27\ntext: x\n",
                      "id: 8\ndeadline: 2025-03-27\ntext: x\nupdates:\n  - date: 2024-11-11\n"
                      "    status: Not Started\n"});
  CHECK(category_of(p, progress_of(p, p.recommendations[0], true)) == Category::no_update);
  CHECK(category_of(p, progress_of(p, p.recommendations[1], true)) == Category::not_started);
}

TEST_CASE("plan.yaml names its report, the body it answers for and where it is published") {
  Plan p = plan_from(
      "title: T\norganisation: O\n"
      "report: {path: reports/police-response-to-stalking.yaml, id: "
      "police-response-to-stalking-2024}\n"
      "addressee: Chief constables\nurl: https://example.org/plan\n",
      {});
  CHECK(p.report.path == "reports/police-response-to-stalking.yaml");
  CHECK(p.report.id == "police-response-to-stalking-2024");
  CHECK(p.report.pos.line == 3);
  CHECK(p.addressee == "Chief constables");
  CHECK(p.url == "https://example.org/plan");
  Plan none = plan_from("title: T\norganisation: O\n", {});
  CHECK_FALSE(none.report.present());
}
