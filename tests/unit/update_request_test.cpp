// Checking what an analyst asked plan update for, before any file is read for writing.
#include "edit/update_request.h"

#include <catch2/catch.hpp>

#include "util/plural.h"

using namespace plan;

namespace {

Plan sample_plan() {
  Plan p;
  p.file = "plan/plan.yaml";
  return p;
}

Date day(const char* s) {
  return *parse_iso_date(s);
}

UpdateRequest request(std::string status, std::string percent = "", std::string date = "") {
  UpdateRequest r;
  r.id = "23";
  r.status = std::move(status);
  r.percent = std::move(percent);
  r.date = std::move(date);
  return r;
}

std::vector<Update> one_update(const char* date) {
  Update u;
  u.date.text = date;
  u.date.value = day(date);
  u.date.pos = {12, 11};
  u.status = "In Progress";
  return {u};
}

std::vector<std::string> problems(UpdateRequest req, const std::vector<Update>& existing = {},
                                  Update* out = nullptr) {
  Update u;
  auto found = check_update_request(req, sample_plan(), existing, TargetId{23, "", ""},
                                    day("2025-02-01"), u);
  if (out) *out = u;
  return found;
}

}  // namespace

TEST_CASE("ids name a recommendation or an evidence requirement") {
  CHECK(parse_target_id("23")->rec == 23);
  CHECK(parse_target_id("23")->evidence_id.empty());
  CHECK(parse_target_id("23.1")->evidence_id == "23.1");
  CHECK(parse_target_id("023.2")->evidence_id == "23.2");
  for (const char* bad : {"", "0", "-3", "23.", ".1", "23.x", "abc", "2 3", "23.1.2", "9999999999"})
    CHECK_FALSE(parse_target_id(bad));
}

TEST_CASE("the nearest ids are offered for an unknown one") {
  CHECK(nearest_ids(24, {7, 10, 22, 23, 25, 28}) == std::vector<int>{22, 23, 25});
  CHECK(nearest_ids(1, {7, 10}) == std::vector<int>{7, 10});
  CHECK(nearest_ids(1, {}).empty());
  CHECK(and_list({"22", "23", "25"}) == "22, 23 and 25");
}

TEST_CASE("a good request builds the update; the date defaults to today") {
  Update u;
  UpdateRequest full = request("In Progress", "40");
  full.by = "Analyst";
  CHECK(problems(full, {}, &u).empty());
  CHECK(u.percent == 40);
  CHECK(u.date.text == "2025-02-01");
  CHECK(u.by == "Analyst");
  CHECK(problems(request("In Progress", "40%", "2025-01-15"), {}, &u).empty());
  CHECK(u.percent == 40);
  CHECK(problems(request("Complete", "100", "2025-01-15")).empty());
  CHECK(problems(request("Complete", "", "2025-01-15")).empty());
  CHECK(problems(request("In Progress", "", "2024-11-11"), one_update("2024-11-11")).empty());
}

TEST_CASE("each problem with a request is named") {
  CHECK(problems(request("In Progres")) ==
        std::vector<std::string>{"unknown status 'In Progres'; did you mean 'In Progress'? The "
                                 "plan's statuses (plan/plan.yaml) are 'Not Started', 'In "
                                 "Progress' and 'Complete'"});
  CHECK(problems(request("")).at(0).rfind("--status must not be empty", 0) == 0);
  for (const char* bad : {"101", "-1", "40.5", "forty", "4 0", "1e2"})
    CHECK(
        problems(request("In Progress", bad)).at(0).rfind("--percent must be a whole number", 0) ==
        0);
  CHECK(
      problems(request("In Progress", "", "2025-02-29")).at(0).rfind("--date must be a real", 0) ==
      0);
  CHECK(
      problems(request("In Progress", "", "15/01/2025")).at(0).rfind("--date must be a real", 0) ==
      0);
  CHECK(problems(request("In Progress", "", "2025-02-02")) ==
        std::vector<std::string>{
            "--date 2025-02-02 is in the future; updates record what has already happened"});
  CHECK(problems(request("In Progress", "", "2024-11-10"), one_update("2024-11-11")) ==
        std::vector<std::string>{
            "--date 2024-11-10 is before the latest update of recommendation 23 (2024-11-11, line "
            "12); updates are kept oldest first, so date this one 2024-11-11 or later"});
  CHECK(problems(request("Complete", "99", "2025-01-15")) ==
        std::vector<std::string>{"status 'Complete' means complete in this plan's statuses, so "
                                 "--percent must be 100 (or left out); got 99"});
  CHECK(problems(request("Done", "140", "2099-01-01")).size() == 3);
}

TEST_CASE("the summary names the target, status, percent and date") {
  Update u;
  u.status = "In Progress";
  u.percent = 40;
  u.date.text = "2025-01-15";
  CHECK(update_summary({23, "", ""}, u) == "Recommendation 23: In Progress 40% (2025-01-15)");
  u.percent.reset();
  CHECK(update_summary({23, "23.1", ""}, u) ==
        "Evidence requirement 23.1: In Progress (2025-01-15)");
}
