// Each quirk of real published plans, alone in a small text, and what the
// importer makes of it.
#include <catch2/catch.hpp>

#include "import/assemble/parse_action_plan.h"

using namespace plan;

namespace {

ImportedPlan import_text(const std::string& text) {
  return parse_action_plan(text, "input");
}

const Recommendation& rec(const ImportedPlan& p, int id) {
  for (const Recommendation& r : p.plan.recommendations)
    if (r.id == id) return r;
  FAIL("no recommendation " << id);
  throw;
}

std::vector<int> ids(const ImportedPlan& p) {
  std::vector<int> out;
  for (const Recommendation& r : p.plan.recommendations) out.push_back(r.id);
  return out;
}

// "line:rule" for each diagnostic, to check where and what in one comparison.
std::vector<std::string> where(const ImportedPlan& p) {
  std::vector<std::string> out;
  for (const Diagnostic& d : p.diagnostics.items())
    out.push_back(std::to_string(d.line) + ":" + d.rule);
  return out;
}

}  // namespace

TEST_CASE("page furniture is skipped and its lines are recorded") {
  ImportedPlan p = import_text(
      "Quickly exit this site by pressing the Escape key Leave this site\n"
      "We use some essential cookies to make our website work.\n"
      "Your cookie preferences have been saved.\n"
      "Sorry, there was a technical problem. Please try again.\n"
      "This site is a beta, which means it's a work in progress.\n"
      "By 27 March 2025, do the thing.\n"
      "7.1 - Evidence requirements of progress/completion: Proof.\n"
      "Accept all cookies\n");
  REQUIRE(p.ok);
  CHECK(p.diagnostics.empty());
  CHECK(p.furniture_lines == std::vector<int>{1, 2, 3, 4, 5, 8});
  CHECK(p.plan.introduction.empty());
  CHECK(rec(p, 7).text == "do the thing.");
  CHECK(rec(p, 7).evidence.at(0).text == "Proof.");
}

TEST_CASE("with no heading, the number comes from the evidence ids that follow") {
  ImportedPlan p = import_text(
      "By 27 March 2025, first.\n"
      "7.1 - Evidence requirements of progress/completion: A.\n"
      "By 27 March 2025, second.\n"
      "10.1 - Evidence requirements of progress/completion: B.\n");
  REQUIRE(p.ok);
  CHECK(ids(p) == std::vector<int>{7, 10});
  CHECK(rec(p, 10).text == "second.");
}

TEST_CASE("a heading, where there is one, numbers the recommendation and gives its title") {
  ImportedPlan p = import_text(
      "Recommendation 4: Screening\n"
      "By 27 March 2025, screen.\n"
      "Recommendation 5\n"
      "By 27 March 2025, review.\n");
  REQUIRE(p.ok);
  CHECK(p.diagnostics.empty());
  CHECK(ids(p) == std::vector<int>{4, 5});
  CHECK(rec(p, 4).title == "Screening");
  CHECK(rec(p, 5).title.empty());
  CHECK(rec(p, 5).evidence.empty());
}

TEST_CASE("deadlines with and without 'By'") {
  ImportedPlan p = import_text(
      "By 27 March 2025, with by.\n"
      "1.1\n"
      "27 March 2025, without by.\n"
      "2.1\n"
      "By 3rd Sept 2025 – with a dash.\n"
      "3.1\n");
  REQUIRE(p.ok);
  CHECK(p.diagnostics.empty());
  CHECK(rec(p, 1).deadline.text == "2025-03-27");
  CHECK(rec(p, 1).text == "with by.");
  CHECK(rec(p, 2).deadline.text == "2025-03-27");
  CHECK(rec(p, 2).text == "without by.");
  CHECK(rec(p, 3).deadline.text == "2025-09-03");
  CHECK(rec(p, 3).text == "with a dash.");
}

TEST_CASE("a note after the date becomes the deadline note, with or without a comma") {
  ImportedPlan p = import_text(
      "By 22 November 2024 (56 days from publication), write.\n"
      "27.1\n"
      "By 27 March 2025 (six months from publication) provide.\n"
      "28.1\n");
  REQUIRE(p.ok);
  CHECK(rec(p, 27).deadline.text == "2024-11-22");
  CHECK(rec(p, 27).deadline_note == "56 days from publication");
  CHECK(rec(p, 27).text == "write.");
  CHECK(rec(p, 28).deadline_note == "six months from publication");
  CHECK(rec(p, 28).text == "provide.");
}

TEST_CASE("a second dated part in one recommendation becomes a milestone") {
  ImportedPlan p = import_text(
      "By 22 November 2025 (56 days from publication), publish a plan.\n"
      "By 27 March 2025 (six months from publication) provide an update.\n"
      "28.1\n");
  REQUIRE(p.ok);
  const Recommendation& r = rec(p, 28);
  CHECK(r.deadline.text == "2025-11-22");
  CHECK(r.text == "publish a plan.");
  REQUIRE(r.milestones.size() == 1);
  CHECK(r.milestones[0].deadline.text == "2025-03-27");
  CHECK(r.milestones[0].deadline_note == "six months from publication");
  CHECK(r.milestones[0].text == "provide an update.");
}

TEST_CASE("every way evidence lines are written, with the label stripped") {
  ImportedPlan p = import_text(
      "By 27 March 2025, do it.\n"
      "7.1 - Evidence requirements of progress/completion: Dash and label.\n"
      "7.2 Evidence requirements of progress/completion: No dash.\n"
      "7.3 - Evidence requirements of progress/completion:How, no space.\n"
      "7.4\n"
      "7.5 - Just a dash.\n"
      "7.6 Just a space.\n");
  REQUIRE(p.ok);
  CHECK(p.diagnostics.empty());
  const auto& ev = rec(p, 7).evidence;
  REQUIRE(ev.size() == 6);
  CHECK(ev[0].id == "7.1");
  CHECK(ev[0].text == "Dash and label.");
  CHECK(ev[1].text == "No dash.");
  CHECK(ev[2].text == "How, no space.");
  CHECK(ev[3].id == "7.4");
  CHECK(ev[3].text.empty());
  CHECK(ev[4].text == "Just a dash.");
  CHECK(ev[5].text == "Just a space.");
}

TEST_CASE("extra paragraphs join the part or evidence requirement above them") {
  ImportedPlan p = import_text(
      "By 27 March 2025, review training.\n"
      "Chief constables should also review policies.\n"
      "10.1 - Evidence requirements of progress/completion: First.\n"
      "More about the first.\n"
      "10.2\n"
      "Text that came apart from its id.\n");
  REQUIRE(p.ok);
  CHECK(p.diagnostics.empty());
  const Recommendation& r = rec(p, 10);
  CHECK(r.text == "review training.\n\nChief constables should also review policies.");
  CHECK(r.evidence[0].text == "First.\n\nMore about the first.");
  CHECK(r.evidence[1].text == "Text that came apart from its id.");
}

TEST_CASE("owner, a force update over several paragraphs, a UK date and a status") {
  ImportedPlan p = import_text(
      "By 27 March 2025, screen crimes.\n"
      "23.1 - Evidence requirements of progress/completion: Screening.\n"
      "Recommendation Owner: Chief Constables\n"
      "Force Update: We trained the team.\n"
      "We will build on this.\n"
      "\n"
      "And review it in March.\n"
      "Date: 03/04/2024\n"
      "Status: In Progress\n");
  REQUIRE(p.ok);
  CHECK(p.diagnostics.empty());
  const Recommendation& r = rec(p, 23);
  CHECK(r.owner == "Chief Constables");
  REQUIRE(r.updates.size() == 1);
  CHECK(r.updates[0].note ==
        "We trained the team.\n\nWe will build on this.\n\nAnd review it in March.");
  CHECK(r.updates[0].date.text == "2024-04-03");  // day/month/year: 3 April
  CHECK(r.updates[0].status == "In Progress");
  CHECK_FALSE(r.updates[0].percent);
}

TEST_CASE("a status with a percentage gives both") {
  for (const char* status :
       {"In Progress 25%", "In Progress (25%)", "In Progress - 25%", "in progress 25%"}) {
    INFO(status);
    ImportedPlan p = import_text(std::string("By 27 March 2025, x.\n28.1\nDate: 11/11/2024\n") +
                                 "Status: " + status + "\n");
    REQUIRE(p.ok);
    CHECK(p.diagnostics.empty());
    REQUIRE(rec(p, 28).updates.size() == 1);
    // The page's casing is kept ("in progress" stays so).
    CHECK(rec(p, 28).updates[0].status == std::string(status).substr(0, 11));
    CHECK(rec(p, 28).updates[0].percent == 25);
  }
}

TEST_CASE("several updates in one recommendation, each started by the field it repeats") {
  ImportedPlan p = import_text(
      "By 27 March 2025, x.\n"
      "5.1\n"
      "Force Update: First.\n"
      "Date: 11/11/2024\n"
      "Status: Not Started\n"
      "Force Update: Second.\n"
      "Date: 1 February 2025\n"
      "Status: Complete 100%\n");
  REQUIRE(p.ok);
  CHECK(p.diagnostics.empty());
  const auto& u = rec(p, 5).updates;
  REQUIRE(u.size() == 2);
  CHECK(u[0].note == "First.");
  CHECK(u[1].note == "Second.");
  CHECK(u[1].date.text == "2025-02-01");
  CHECK(u[1].status == "Complete");
  CHECK(u[1].percent == 100);
}

TEST_CASE("leads and the introduction are kept") {
  ImportedPlan p = import_text(
      "The following Stalking Action Plan is in response to the Super Complaint.\n"
      "It was written with partners.\n"
      "Executive Lead: Assistant Chief Constable Vaughn Lukey\n"
      "Operational Lead: Detective Superintendent Sherrie Nash\n"
      "By 27 March 2025, x.\n"
      "7.1\n");
  REQUIRE(p.ok);
  CHECK(p.plan.introduction ==
        "The following Stalking Action Plan is in response to the Super Complaint.\n\n"
        "It was written with partners.");
  REQUIRE(p.plan.leads.size() == 2);
  CHECK(p.plan.leads[0].role == "Executive Lead");
  CHECK(p.plan.leads[0].name == "Assistant Chief Constable Vaughn Lukey");
  CHECK(p.plan.leads[1].role == "Operational Lead");
}

TEST_CASE("texts are kept exactly: curly quotes, dashes, trailing words") {
  ImportedPlan p = import_text(
      "By 27 March 2025, under the victim’s code — “in full”.\n"
      "14.1 - Evidence requirements of progress/completion: Victims’ services…\n");
  REQUIRE(p.ok);
  CHECK(rec(p, 14).text == "under the victim’s code — “in full”.");
  CHECK(rec(p, 14).evidence[0].text == "Victims’ services…");
}

TEST_CASE("Windows line endings, a byte-order mark and indentation make no difference") {
  ImportedPlan p = import_text(
      "\xEF\xBB\xBF  By 27 March 2025, x.\r\n\t7.1 - Evidence requirements of "
      "progress/completion: Y.\r\n");
  REQUIRE(p.ok);
  CHECK(rec(p, 7).text == "x.");
  CHECK(rec(p, 7).evidence[0].text == "Y.");
}

TEST_CASE("lines that cannot be placed are reported with their line numbers") {
  ImportedPlan p = import_text(
      /* 1 */
      "By 27 March 2025, first.\n"
      /* 2 */
      "7.1 - Evidence requirements of progress/completion: A.\n"
      /* 3 */
      "8.1 - Evidence requirements of progress/completion: Belongs elsewhere.\n"
      /* 4 */
      "More about 8.1.\n"
      /* 5 */
      "By 27 March 2025, second, never numbered.\n"
      /* 6 */
      "Recommendation Owner: Chief Constables\n"
      /* 7 */
      "A stray paragraph after the owner.\n"
      /* 8 */
      "By 27 March 2025, third.\n"
      /* 9 */
      "9.1\n"
      /* 10 */
      "Force Update: No date on this one.\n"
      /* 11 */
      "Status: In Progress\n"
      /* 12 */
      "Evidence requirements of progress/completion: No id.\n"
      /* 13 */
      "By 27 March 2025, the first again.\n"
      /* 14 */ "7.1\n");
  REQUIRE(p.ok);
  CHECK(ids(p) == std::vector<int>{7, 9});
  CHECK(where(p) == std::vector<std::string>{"3:import-unplaced", "4:import-unplaced",
                                             "5:import-unplaced", "7:import-unplaced",
                                             "10:import-unplaced", "12:import-unplaced",
                                             "13:import-unplaced"});
  const auto& d = p.diagnostics.items();
  CHECK(d[0].message ==
        "not imported: evidence requirement 8.1 does not belong to recommendation 7 (numbered "
        "on line 2); the text of recommendation 8 is missing before it");
  CHECK(d[1].message == "not imported: it follows line 3, which was not imported");
  CHECK(d[2].message ==
        "not imported: cannot tell which recommendation the text on lines 5-7 is: no "
        "'Recommendation N' heading and no evidence id (such as 7.1) says; give the report "
        "file with --report to number it by its words, or add a line 'Recommendation N' above "
        "line 5 and import again");
  CHECK(d[4].message ==
        "not imported: the update on lines 10-11: it has no 'Date:' line; every update needs a "
        "date, and a status or a note; if the page gives its updates as of one date, give it with "
        "--undated-updates-as-of YYYY-MM-DD");
  CHECK(d[6].message ==
        "not imported: recommendation 7 appears twice (first on line 1); the second, on "
        "lines 13-14, was left out");
  for (const Diagnostic& x : d) {
    CHECK(x.severity == Severity::warning);
    CHECK(x.file == "input");
    CHECK(x.col == 1);
  }
  CHECK(rec(p, 7).evidence.size() == 1);
  CHECK(rec(p, 9).updates.empty());
}

TEST_CASE(
    "evidence before any recommendation text, and what follows it, are not the introduction") {
  ImportedPlan p = import_text(
      "An introduction.\n"
      "6.1 - Evidence requirements of progress/completion: Orphaned.\n"
      "More about 6.1.\n"
      "By 27 March 2025, x.\n"
      "7.1\n");
  REQUIRE(p.ok);
  CHECK(p.plan.introduction == "An introduction.");
  CHECK(where(p) == std::vector<std::string>{"2:import-unplaced", "3:import-unplaced"});
  CHECK(p.diagnostics.items()[0].message ==
        "not imported: evidence requirement 6.1 comes before any recommendation's text");
}

TEST_CASE("a flood of unplaced lines is reported up to a limit, then counted") {
  std::string text = "By 27 March 2025, x.\n7.1\nRecommendation Owner: A\n";
  for (int i = 0; i < 150; ++i) text += "stray\n";
  ImportedPlan p = import_text(text);
  REQUIRE(p.ok);
  REQUIRE(p.diagnostics.items().size() == 101);
  CHECK(p.diagnostics.items().back().line == 104);
  CHECK(p.diagnostics.items().back().message ==
        "50 more lines could not be placed from here on; only the first 100 are shown");
}

TEST_CASE("dates and statuses that need a person's eye are kept and reported") {
  ImportedPlan p = import_text(
      "By 31 February 2025, an impossible deadline.\n"
      "7.1\n"
      "Date: 11/11/2024\n"
      "Status: Ongoing 150%\n");
  REQUIRE(p.ok);
  CHECK(where(p) ==
        std::vector<std::string>{"1:import-date", "4:import-status", "4:import-status"});
  CHECK(rec(p, 7).deadline.text == "31 February 2025");
  CHECK_FALSE(rec(p, 7).deadline.value);
  REQUIRE(rec(p, 7).updates.size() == 1);
  CHECK(rec(p, 7).updates[0].status == "Ongoing");
  CHECK_FALSE(rec(p, 7).updates[0].percent);
  CHECK(p.plan.statuses ==
        std::vector<std::string>{"Not Started", "In Progress", "Ongoing", "Complete"});
  CHECK(p.diagnostics.items()[1].message ==
        "status 'Ongoing' is not one of 'Not Started', 'In Progress' or 'Complete'; it was added "
        "to the statuses in plan.yaml, meaning in progress as its word says");
  // Its meaning is its word's, declared so (written with means: in plan.yaml).
  REQUIRE(p.plan.status_declared.size() == 4);
  CHECK(p.plan.status_declared[2]);
  CHECK(p.plan.status_categories[2] == Category::in_progress);
}

TEST_CASE("an update written Date, Status, then Force Update is still one update") {
  ImportedPlan p = import_text(
      "By 27 March 2025, x.\n"
      "7.1\n"
      "Date: 11/11/2024\n"
      "Status: In Progress\n"
      "Force Update: Written last.\n"
      "Date: 12/12/2024\n"
      "Status: Complete\n"
      "Force Update: The second.\n");
  REQUIRE(p.ok);
  CHECK(p.diagnostics.empty());
  const auto& u = rec(p, 7).updates;
  REQUIRE(u.size() == 2);
  CHECK(u[0].date.text == "2024-11-11");
  CHECK(u[0].note == "Written last.");
  CHECK(u[1].status == "Complete");
  CHECK(u[1].note == "The second.");
}

TEST_CASE("an update whose date cannot be read is reported, not guessed") {
  ImportedPlan p = import_text(
      "By 27 March 2025, x.\n"
      "7.1\n"
      "Force Update: Done some.\n"
      "Date: 13/13/2024\n"
      "Status: In Progress\n");
  REQUIRE(p.ok);
  CHECK(where(p) == std::vector<std::string>{"3:import-unplaced", "4:import-date"});
  CHECK(rec(p, 7).updates.empty());
}

TEST_CASE("a recommendation heading with no deadline is kept and reported") {
  ImportedPlan p = import_text("Recommendation 3\nDo something soon.\n3.1\n");
  REQUIRE(p.ok);
  CHECK(where(p) == std::vector<std::string>{"1:import-incomplete"});
  CHECK(rec(p, 3).text == "Do something soon.");
  CHECK_FALSE(rec(p, 3).deadline.present());
}

TEST_CASE("input that is not a plan's text gets a clear error and nothing to write") {
  struct Bad {
    std::string bytes;
    std::string rule;
    int line;
  };
  std::vector<Bad> cases = {
      {"", "import-empty", 0},
      {" \n\r\n\t\n", "import-empty", 0},
      {std::string("%PDF-1.7\n\xE2\xE3\n\x01\x00\x02", 15), "import-binary", 0},
      {"By 27 March 2025, caf\xE9.\n", "import-utf8", 1},
      {"By 27 March 2025, x.\n7.1\n\xC0\xAF", "import-utf8", 3},
      {std::string(10 * 1024 * 1024, 'a'), "import-too-large", 0},
      {"Just some prose.\nAnd more prose.\n", "import-no-recommendations", 0},
  };
  for (const Bad& bad : cases) {
    INFO(bad.rule << " (" << bad.bytes.size() << " bytes)");
    ImportedPlan p = import_text(bad.bytes);
    CHECK_FALSE(p.ok);
    REQUIRE(p.diagnostics.errors() == 1);
    CHECK(p.diagnostics.items()[0].rule == bad.rule);
    CHECK(p.diagnostics.items()[0].line == bad.line);
  }
}

TEST_CASE("more recommendations than a plan can hold are refused, not written") {
  std::string text;
  for (int id = 1; id <= 5001; ++id) text += "By 1 May 2025, x.\n" + std::to_string(id) + ".1\n";
  ImportedPlan p = import_text(text);
  CHECK_FALSE(p.ok);
  REQUIRE(p.diagnostics.errors() == 1);
  CHECK(p.diagnostics.items()[0].message ==
        "found 5001 recommendations, more than the 5000 a plan can hold; check this is an "
        "action plan's text");
}

TEST_CASE("a long line of near-misses is read in linear time") {
  // 1.5 MB on one line, full of almost-dates and almost-ids.
  std::string line;
  while (line.size() < 1500000) line += "By 27 Marchh 2025 7.1.2 (56 days";
  ImportedPlan p = import_text("By 27 March 2025, x.\n7.1 - " + line + "\n");
  REQUIRE(p.ok);
  CHECK(rec(p, 7).evidence[0].text.size() == line.size());
}
