// The table layouts' pieces: cells of a row, the roles of header words in
// the variants forces use, CSV records, and whole pages read through them.
#include <catch2/catch.hpp>

#include "import/assemble/parse_action_plan.h"
#include "import/fields/column_roles.h"
#include "import/read/csv_input.h"
#include "import/read/html_text.h"
#include "import/read/table_cells.h"

using namespace plan;

TEST_CASE("table rows split on ' | ' and tabs; a rule row is no content") {
  auto row = split_table_row("7 | By 22 November 2024, do this. | 7.1 - That");
  REQUIRE(row);
  CHECK(row->cells.size() == 3);
  CHECK(row->cells[1] == "By 22 November 2024, do this.");
  CHECK(split_table_row("---|---|---")->rule);
  CHECK(split_table_row("| a | b |")->cells.size() == 2);
  CHECK(split_table_row(" | | 7.2 text | owner")->cells.size() == 4);  // empty first cells kept
  CHECK(split_table_row("7\ttext\towner")->cells.size() == 3);
  CHECK_FALSE(split_table_row("A sentence with no separators."));
  CHECK_FALSE(split_table_row("either/or|not a table"));
}

TEST_CASE("header words in the variants forces use") {
  CHECK(column_role("No.").kind == Column::number);
  CHECK(column_role("Rec No.").kind == Column::number);
  CHECK(column_role("Recommendation number").kind == Column::number);
  CHECK(column_role("Recommendation(s)").kind == Column::text);
  CHECK(column_role("Recomendations").kind == Column::text);
  CHECK(column_role("Sub recommendation").kind == Column::evidence);
  CHECK(column_role("Evidence requirements of progress/completion").kind == Column::evidence);
  CHECK(column_role("Evidence requirements of progress:").kind == Column::evidence);
  CHECK(column_role("Rec. Owner").kind == Column::owner);
  CHECK(column_role("Recommendation owner").kind == Column::owner);
  CHECK(column_role("Status").kind == Column::status);
  CHECK(column_role("Supporting documents").kind == Column::documents);
  ColumnRole initial = column_role("Initial response 21st November 2024");
  CHECK(initial.kind ==
        Column::response);  // the response, or an update's note on a requirement's row
  REQUIRE(initial.date);
  CHECK(format_iso(*initial.date->value) == "2024-11-21");
  ColumnRole march = column_role("March 2026 update");
  REQUIRE(march.date);
  CHECK(format_iso(*march.date->month) == "2026-03");
  CHECK(column_role("The force has audited its crime recording of stalking").kind ==
        Column::unknown);
}

TEST_CASE("CSV records keep quoted commas and line breaks") {
  auto lines = csv_lines("\xEF\xBB\xBFNo.,Recommendation\r\n7,\"Do this, then\nthat\"\r\n");
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "No.\tRecommendation");
  CHECK(lines[1].line == 2);
  CHECK(lines[1].text == "7\tDo this, then" + std::string(cell_paragraph_mark) + "that");
}

TEST_CASE("a spreadsheet's rows become recommendations and evidence requirements") {
  std::string csv =
      "Rec No.,Recommendation,Sub recommendation,Owner,Update,Date,Status\n"
      "7,\"By 22 November 2024, record stalking correctly.\",7.1 Audit done.,DCI A,"
      "\"Audit finished.\nBriefed.\",Nov-24,Complete\n"
      ",,7.2 Training given.,Insp B,Under way.,03/02/25,In Progress 40%\n";
  ImportedPlan p = parse_action_plan_lines(csv_lines(csv), "t.csv");
  REQUIRE(p.ok);
  REQUIRE(p.plan.recommendations.size() == 1);
  const Recommendation& r = p.plan.recommendations[0];
  CHECK(r.id == 7);
  CHECK(r.text == "record stalking correctly.");
  CHECK(format_iso(*r.deadline.value) == "2024-11-22");
  REQUIRE(r.evidence.size() == 2);
  CHECK(r.evidence[0].updates.at(0).note == "Audit finished.\n\nBriefed.");
  CHECK(r.evidence[0].updates.at(0).date.text == "2024-11");
  CHECK(!r.evidence[0].updates.at(0).date.value);  // no invented day
  CHECK(r.evidence[1].owner == "Insp B");
  CHECK(r.evidence[1].updates.at(0).percent == 40);
  CHECK(p.account.count(LineFate::not_understood) == 0);
}

TEST_CASE("a saved web page: main content only, tables as rows") {
  std::string html =
      "<!DOCTYPE html><html><head><script>x()</script></head><body>"
      "<div class=\"cookie-banner\">We use cookies</div><nav>Home</nav><main>"
      "<p>Our plan.</p><table><tr><th>No.</th><th>Recommendation</th></tr>"
      "<tr><td>7</td><td><p>By 22 November 2024, do it.</p></td></tr></table></main>"
      "<footer>Footer</footer></body></html>";
  REQUIRE(looks_like_html(html));
  std::vector<int> skipped;
  auto lines = html_lines(html, skipped);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].text == "Our plan.");
  CHECK(lines[1].text == "| No. | Recommendation |");
  CHECK(lines[2].text == "| 7 | By 22 November 2024, do it. |");
  ImportedPlan p = parse_action_plan_lines(lines, "t.html");
  REQUIRE(p.ok);
  CHECK(p.plan.recommendations.at(0).id == 7);
}

TEST_CASE("an introduction's numbered paragraphs are not recommendation 1") {
  ImportedPlan p = parse_action_plan(
      "1. Introduction\n1.1 The report was published in 2024.\n1.2 This is our plan.\n"
      "Recommendation 7\nBy 22 November 2024, do it.\n7.1 - Evidence.\n",
      "t.txt");
  REQUIRE(p.ok);
  REQUIRE(p.plan.recommendations.size() == 1);
  CHECK(p.plan.recommendations[0].id == 7);
  CHECK(p.plan.introduction.find("1.2 This is our plan.") != std::string::npos);
}
