// One line at a time: which shape the importer sees in each way a line of a
// published plan is written, and the dates and statuses it reads.
#include <catch2/catch.hpp>

#include "import/fields/furniture.h"
#include "import/fields/line_patterns.h"

using namespace plan;

TEST_CASE("dated parts: the date, the note and the text after them") {
  LineShape s = classify_line("By 22 November 2024 (56 days from publication), write to HMICFRS");
  REQUIRE(s.kind == LineKind::dated_part);
  CHECK(s.date->text == "22 November 2024");
  CHECK(format_iso(*s.date->value) == "2024-11-22");
  CHECK(s.note == "56 days from publication");
  CHECK(s.text == "write to HMICFRS");

  s = classify_line("27 March 2025, make sure");
  REQUIRE(s.kind == LineKind::dated_part);
  CHECK(s.text == "make sure");

  s = classify_line("by 27/03/2025: review");
  REQUIRE(s.kind == LineKind::dated_part);
  CHECK(format_iso(*s.date->value) == "2025-03-27");
  CHECK(s.text == "review");

  s = classify_line("By 1st Jan. 2026, start");
  REQUIRE(s.kind == LineKind::dated_part);
  CHECK(format_iso(*s.date->value) == "2026-01-01");
}

TEST_CASE("a sentence that merely starts with a date is a paragraph") {
  CHECK(classify_line("11 November 2024 saw the first meeting.").kind == LineKind::paragraph);
  CHECK(classify_line("By March 2025 we will review it.").kind == LineKind::paragraph);
  CHECK(classify_line("By 27 Marchh 2025, x").kind == LineKind::paragraph);
}

TEST_CASE("evidence ids after their name") {
  LineShape s = classify_line("ER 13.1 Local training and guidance on SPOs.");
  REQUIRE(s.kind == LineKind::evidence);
  CHECK(s.evidence_id == "13.1");
  CHECK(s.text == "Local training and guidance on SPOs.");
  s = classify_line("Evidence requirement 13.2: Mechanisms for support.");
  REQUIRE(s.kind == LineKind::evidence);
  CHECK(s.evidence_id == "13.2");
  CHECK(s.text == "Mechanisms for support.");
  CHECK(classify_line("ERs 13 were filed.").kind == LineKind::paragraph);
}

TEST_CASE("evidence lines and what is not one") {
  LineShape s = classify_line("25.1 - Evidence requirements of progress/completion:How the force");
  REQUIRE(s.kind == LineKind::evidence);
  CHECK(s.number == 25);
  CHECK(s.evidence_id == "25.1");
  CHECK(s.text == "How the force");

  s = classify_line("12.1 Evidence requirements of progress/completion: Considering");
  REQUIRE(s.kind == LineKind::evidence);
  CHECK(s.text == "Considering");

  s = classify_line("16.1");
  REQUIRE(s.kind == LineKind::evidence);
  CHECK(s.evidence_id == "16.1");
  CHECK(s.text.empty());

  s = classify_line("7.2 – Evidence requirement of progress / completion – While");
  REQUIRE(s.kind == LineKind::evidence);
  CHECK(s.text == "While");

  CHECK(classify_line("3.5 million people were stalked.").kind == LineKind::paragraph);
  CHECK(classify_line("7.1.2 Something").kind == LineKind::paragraph);
  CHECK(classify_line("7.1% of cases").kind == LineKind::paragraph);
  CHECK(classify_line("Evidence requirements of progress/completion: X").kind ==
        LineKind::evidence_without_id);
}

TEST_CASE("headings, keys and leads") {
  LineShape s = classify_line("Recommendation 23 – Early screening");
  REQUIRE(s.kind == LineKind::heading);
  CHECK(s.number == 23);
  CHECK(s.text == "Early screening");
  CHECK(classify_line("Recommendation 21 is for the NPCC.").kind == LineKind::paragraph);

  s = classify_line("Recommendation Owner: Chief Constables");
  REQUIRE(s.kind == LineKind::owner);
  CHECK(s.text == "Chief Constables");
  CHECK(classify_line("Force Update:").kind == LineKind::update_note);
  CHECK(classify_line("Force update : In response").text == "In response");
  CHECK(classify_line("Date: 11/11/2024").kind == LineKind::update_date);
  CHECK(classify_line("Status: In Progress 25%").text == "In Progress 25%");

  s = classify_line("Executive Lead: Assistant Chief Constable Vaughn Lukey");
  REQUIRE(s.kind == LineKind::lead);
  CHECK(s.role == "Executive Lead");
  CHECK(s.text == "Assistant Chief Constable Vaughn Lukey");
  CHECK(classify_line("Mislead: nobody").kind == LineKind::paragraph);
  CHECK(classify_line("We will take the lead: with partners").kind == LineKind::paragraph);
  CHECK(classify_line("Lead: DCI Lee").kind == LineKind::owner);
}

// Labels are read with the same vocabulary as a table's column headings
// (column_roles.h): a synonym a table knows is known as a label too.
TEST_CASE("labelled lines use the column vocabulary") {
  CHECK(classify_line("Senior responsible officer: D/Supt Smith").kind == LineKind::owner);
  CHECK(classify_line("Responsible officer: DCI Lee").kind == LineKind::owner);
  CHECK(classify_line("Progress to date: SPO training given").kind == LineKind::update_note);
  CHECK(classify_line("Comments: reviewed monthly").kind == LineKind::update_note);
  CHECK(classify_line("Date of update: 14/01/2025").kind == LineKind::update_date);
  CHECK(classify_line("Current status: In progress").kind == LineKind::update_status);
  CHECK(classify_line("RAG rating: Amber").text == "Amber");
  LineShape dated = classify_line("Latest update 21 November 2024: the board met");
  REQUIRE(dated.kind == LineKind::dated_update);
  CHECK(dated.text == "the board met");
  // The force's answer keeps its own kind; a sentence or a status value
  // before a colon is no label.
  CHECK(classify_line("Response: We accept this").kind == LineKind::response);
  CHECK(classify_line("The lead said: go ahead").kind == LineKind::paragraph);
  CHECK(classify_line("In progress: two of three done").kind == LineKind::paragraph);
  CHECK(classify_line("Our progress has been good: see below").kind == LineKind::paragraph);
}

TEST_CASE("page furniture, and plan text that only mentions the same words") {
  CHECK(is_page_furniture("Hide this message"));
  CHECK(is_page_furniture("Skip to main content"));
  CHECK(classify_line("Sorry, there was a technical problem. Please try again.").kind ==
        LineKind::furniture);
  CHECK_FALSE(is_page_furniture("Officers will search devices and cookies where relevant."));
  std::string long_update(700, 'x');
  CHECK_FALSE(is_page_furniture(long_update + " cookie settings"));
  // Furniture of other forces' pages, named by what it is.
  CHECK(furniture_kind("Home > About us > Publications > Stalking action plan") == "breadcrumbs");
  CHECK(furniture_kind("Home \xC2\xBB Publications \xC2\xBB Stalking action plan") ==
        "breadcrumbs");
  CHECK(furniture_kind("Was this page helpful? Yes / No") == "feedback question");
  CHECK(furniture_kind("Yes No") == "feedback answer");
  CHECK(furniture_kind("\xC2\xA9 2026 Midshire Police") == "copyright line");
  CHECK(furniture_kind("OFFICIAL") == "protective marking");
  CHECK(furniture_kind("OFFICIAL-SENSITIVE") == "protective marking");
  CHECK(furniture_kind("Page 3 of 4") == "page number");
  CHECK(furniture_kind("Key: Green - complete or on track; Amber - some risk; Red - off track.") ==
        "colour key");
  CHECK(furniture_kind("Page updated: 3 March 2025") == "page date");
  CHECK(furniture_kind("Accept recommended cookies") == "cookie banner");
  // Plan text that only looks like it.
  CHECK_FALSE(is_page_furniture("RAG: Green"));
  CHECK_FALSE(is_page_furniture("Officialdom is not the point; victims are."));
  CHECK_FALSE(is_page_furniture("Home visits are offered to every victim."));
  CHECK_FALSE(is_page_furniture("Page 3 of the guidance covers breaches."));
  CHECK_FALSE(is_page_furniture("Red flags in the risk assessment are reviewed daily."));
  CHECK(closing_furniture_kind("If you have been affected by stalking, contact the National "
                               "Stalking Helpline on 0808 802 0300.") == "helpline paragraph");
  CHECK(closing_furniture_kind("Victims are told about the National Stalking Helpline.").empty());
}

TEST_CASE("status values with and without a percentage") {
  StatusValue v = parse_status_value("In Progress 25%");
  CHECK(v.status == "In Progress");
  CHECK(v.percent == 25);
  v = parse_status_value("Complete (100%)");
  CHECK(v.status == "Complete");
  CHECK(v.percent == 100);
  v = parse_status_value("In Progress – 0%");
  CHECK(v.status == "In Progress");
  CHECK(v.percent == 0);
  v = parse_status_value("Not Started");
  CHECK(v.status == "Not Started");
  CHECK_FALSE(v.percent);
  v = parse_status_value("In Progress 250%");
  CHECK(v.status == "In Progress");
  CHECK(v.percent_out_of_range);
  CHECK_FALSE(v.percent);
}

TEST_CASE("update dates are day/month/year") {
  CHECK(format_iso(*parse_uk_date("11/11/2024")->value) == "2024-11-11");
  CHECK(format_iso(*parse_uk_date("03/04/2025")->value) == "2025-04-03");
  CHECK(format_iso(*parse_uk_date(" 3 April 2025 ")->value) == "2025-04-03");
  CHECK(format_iso(*parse_uk_date("2025-04-03")->value) == "2025-04-03");
  REQUIRE(parse_uk_date("04/13/2025"));
  CHECK_FALSE(parse_uk_date("04/13/2025")->value);  // month 13: well-shaped, not a date
  CHECK(format_iso(*parse_uk_date("11/11/24")->value) ==
        "2024-11-11");  // forces write 2-digit years
  CHECK_FALSE(parse_uk_date("11/11/245"));
  CHECK_FALSE(parse_uk_date("soon"));
  CHECK_FALSE(parse_uk_date("11/11/2024 or so"));
}
