#include "query/list_filter.h"

#include <catch2/catch.hpp>

#include "fixtures.h"
#include "model/category.h"
#include "model/report.h"
#include "query/list_output.h"

using namespace plan;
using plan::test::day;
using plan::test::plan_from;

namespace {
const char* plan_yaml = "title: T\norganisation: O\nowner: Chief Constables\n";

std::string rec(int id, const char* deadline, const char* status = nullptr,
                const char* owner = nullptr) {
  std::string s = "id: " + std::to_string(id) + "\ndeadline: " + deadline + "\ntext: x\n";
  if (owner) s += std::string("owner: ") + owner + "\n";
  if (status) s += std::string("updates:\n  - date: 2025-01-01\n    status: ") + status + "\n";
  return s;
}

Plan sample() {
  return plan_from(plan_yaml, {rec(1, "2025-03-01"),                 // overdue
                               rec(2, "2025-03-01", "Complete"),     // done: not overdue
                               rec(3, "2025-04-01", "In Progress"),  // due on as_of: not yet
                               rec(4, "2025-03-31", "In Progress", "Head of Crime"),  // overdue
                               rec(5, "2025-05-15"), rec(6, "2025-12-01")});
}

std::vector<int> ids(const std::vector<RecSummary>& rows) {
  std::vector<int> out;
  for (const auto& r : rows) out.push_back(r.rec->id);
  return out;
}
}  // namespace

TEST_CASE("the overdue filter keeps exactly those past their deadline and not done") {
  Plan p = sample();
  ListFilter f;
  f.as_of = day("2025-04-01");
  f.overdue_only = true;
  CHECK(ids(filter_rows(p, summarise(p, f.as_of, true), f)) == std::vector<int>{1, 4});
}

TEST_CASE("status, owner and due-within filters combine") {
  Plan p = sample();
  ListFilter f;
  f.as_of = day("2025-04-01");
  std::vector<RecSummary> all = summarise(p, f.as_of, true);
  f.statuses = {"In Progress"};
  CHECK(ids(filter_rows(p, all, f)) == std::vector<int>{3, 4});
  f.owner = "crime";
  CHECK(ids(filter_rows(p, all, f)) == std::vector<int>{4});
  f = ListFilter{};
  f.as_of = day("2025-04-01");
  f.statuses = {"Not Started"};  // nothing recorded is "no update published", not the first status
  CHECK(ids(filter_rows(p, all, f)).empty());
  std::string error;
  f = ListFilter{};
  f.as_of = day("2025-04-01");
  f.due_by = parse_span_end("45d", f.as_of, error);
  CHECK(ids(filter_rows(p, all, f)) == std::vector<int>{3, 5});  // from as_of to 16 May
}

TEST_CASE("the category filter selects on the shared scale, no-update included") {
  Plan p = sample();
  ListFilter f;
  f.as_of = day("2025-04-01");
  std::vector<RecSummary> all = summarise(p, f.as_of, true);
  f.categories = {Category::no_update};
  CHECK(ids(filter_rows(p, all, f)) == std::vector<int>{1, 5, 6});
  f.categories = {Category::no_update, Category::complete};
  CHECK(ids(filter_rows(p, all, f)) == std::vector<int>{1, 2, 5, 6});
  f.owner = "crime";  // combines with the other filters
  CHECK(ids(filter_rows(p, all, f)).empty());
}

TEST_CASE("a title is the recommendation's own, else its report's") {
  Plan p = sample();
  p.recommendations[0].title = "Own title";
  CHECK(title_of(p, p.recommendations[0]) == "Own title");
  CHECK(title_of(p, p.recommendations[1]).empty());  // no report, no title
  auto report = std::make_shared<Report>();
  ReportRecommendation r1, r2;
  r1.id = 1;
  r1.title = "Report title 1";
  r2.id = 2;
  r2.title = "Report title 2";
  report->recommendations = {r1, r2};
  p.report_data = report;
  CHECK(title_of(p, p.recommendations[0]) == "Own title");
  CHECK(title_of(p, p.recommendations[1]) == "Report title 2");
  CHECK(title_of(p, p.recommendations[2]).empty());  // not in the report
  std::string table =
      list_table(p, summarise(p, day("2025-04-01"), true), day("2025-04-01"), 0, false);
  CHECK(table.rfind("ID  Title           Deadline", 0) == 0);
  CHECK(table.find("\n2   Report title 2  2025-03-01") != std::string::npos);
}

TEST_CASE("spans are days, weeks or calendar months") {
  std::string error;
  Date d = day("2025-01-31");
  CHECK(*parse_span_end("30d", d, error) == day("2025-03-02"));
  CHECK(*parse_span_end("30", d, error) == day("2025-03-02"));
  CHECK(*parse_span_end("2w", d, error) == day("2025-02-14"));
  CHECK(*parse_span_end("1m", d, error) == day("2025-02-28"));
  CHECK_FALSE(parse_span_end("3x", d, error));
  CHECK(error.find("30d, 6w or 3m") != std::string::npos);
  CHECK_FALSE(parse_span_end("", d, error));
  CHECK_FALSE(parse_span_end("d", d, error));
}

TEST_CASE("statuses resolve in any case and typos are named") {
  Plan p = sample();
  std::string error;
  CHECK(resolve_status(p, "in progress", error) == "In Progress");
  CHECK(resolve_status(p, "In Progres", error).empty());
  CHECK(error.find("did you mean 'In Progress'?") != std::string::npos);
}

TEST_CASE("sorting by deadline and by status") {
  Plan p = sample();
  std::vector<RecSummary> rows = summarise(p, day("2025-04-01"), true);
  sort_rows(p, rows, ListSort::deadline);
  CHECK(ids(rows) == std::vector<int>{1, 2, 4, 3, 5, 6});
  sort_rows(p, rows, ListSort::status);
  CHECK(ids(rows) == std::vector<int>{1, 5, 6, 3, 4, 2});
}

TEST_CASE("the list table and CSV say the same as the rows") {
  Plan p = sample();
  std::vector<RecSummary> rows = summarise(p, day("2025-04-01"), true);
  std::string table = list_table(p, rows, day("2025-04-01"), 80, false);
  CHECK(table.find("6 recommendations; 2 overdue as of 1 April 2025.") != std::string::npos);
  std::string csv = list_csv(p, rows);
  CHECK(csv.rfind("\xEF\xBB\xBFID,Title,Deadline,Owner,Status,Percent,Last update,Overdue\r\n",
                  0) == 0);
  CHECK(csv.find("\r\n4,,2025-03-31,Head of Crime,In Progress,,2025-01-01,yes\r\n") !=
        std::string::npos);
  CHECK(table.rfind("ID  Deadline", 0) == 0);  // no Title column when nothing has a title
  std::string json = list_json(p, {}, day("2025-04-01"));
  CHECK(json == "{\n  \"as_of\": \"2025-04-01\",\n  \"recommendations\": []\n}\n");
}
