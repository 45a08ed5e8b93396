// The readers' block stream: a saved page keeps its structure (heading
// levels, list markers, a table row's own cells), a spreadsheet its cells,
// and what the page's structure says is read by it, not guessed from text.
#include <catch2/catch.hpp>

#include "import/assemble/parse_action_plan.h"
#include "import/assemble/row_record.h"
#include "import/fields/column_roles.h"
#include "import/fields/furniture.h"
#include "import/fields/line_patterns.h"
#include "import/read/bilingual.h"
#include "import/read/csv_input.h"
#include "import/read/headings.h"
#include "import/read/html_text.h"
#include "import/read/markdown_marks.h"
#include "import/read/table_cells.h"
#include "model/status_words.h"

using namespace plan;

namespace {

std::vector<Block> page_blocks(const std::string& body) {
  std::vector<int> skipped;
  return html_lines("<!DOCTYPE html><html><body><main>" + body + "</main></body></html>", skipped);
}

}  // namespace

TEST_CASE("a saved page's blocks keep heading levels, list markers and real cells") {
  auto blocks = page_blocks(
      "<h2>Recommendation 7</h2><p>Text.</p><ol start=\"3\"><li>Third</li><li>Fourth</li></ol>"
      "<ul><li>Bullet</li></ul>"
      "<table><tr><th>No.</th><th>Update</th></tr>"
      "<tr><td>7</td><td>CR-1042 | raised</td></tr></table>"
      "<dl><dt>Owner</dt><dd>DCI Lee</dd></dl>");
  REQUIRE(blocks.size() == 8);
  CHECK(blocks[0].kind == BlockKind::heading);
  CHECK(blocks[0].level == 2);
  CHECK(blocks[1].kind == BlockKind::paragraph);
  CHECK(blocks[2].kind == BlockKind::list_item);
  CHECK(blocks[2].marker == "3.");
  CHECK(blocks[3].marker == "4.");
  CHECK(blocks[4].marker == "\u2022");
  CHECK(blocks[5].kind == BlockKind::table_row);
  // A bar inside a cell is the cell's text: the row still has two cells.
  REQUIRE(blocks[6].cells.size() == 2);
  CHECK(blocks[6].cells[1] == "CR-1042 | raised");
  REQUIRE(cells_of(blocks[6]));
  CHECK(cells_of(blocks[6])->cells.size() == 2);
  CHECK(blocks[7].cells == std::vector<std::string>{"Owner:", "DCI Lee"});
}

TEST_CASE("a saved page's blocks are placed at their line and column in the file") {
  std::vector<int> skipped;
  // Two paragraphs on one line, a cell carried down by its rowspan, and a
  // character of two bytes: columns count characters.
  std::string page =
      "<html><body><main>\n"
      "<h2>Recommendation 7</h2>\n"
      "<p>\u00e9 One.</p><p>  Two.</p>\n"
      "<table><tr><th>No.</th><th>Update</th></tr>\n"
      "  <tr><td rowspan=\"2\">7</td><td>First</td></tr>\n"
      "  <tr><td>Second</td></tr></table>\n"
      "</main></body></html>";
  auto blocks = html_lines(page, skipped);
  REQUIRE(blocks.size() == 6);
  CHECK(blocks[0].place.line == 2);
  CHECK(blocks[0].place.column == 5);  // the heading's first word
  CHECK(blocks[1].place.line == 3);
  CHECK(blocks[1].place.column == 4);
  CHECK(blocks[2].place.line == 3);
  CHECK(blocks[2].place.column == 19);  // after "<p>é One.</p><p>  ": é is one character
  CHECK(blocks[4].place.line == 5);
  CHECK(blocks[4].place.column == 3);  // the row's <tr>
  REQUIRE(blocks[5].cell_places.size() == 2);
  CHECK(blocks[5].place.line == 6);
  CHECK(blocks[5].cell_places[0].line == 5);  // the rowspan cell, where it is written
  CHECK(blocks[5].cell_places[1].line == 6);
  CHECK(blocks[5].cell_places[1].column == 7);

  // Messages name the file's line; a line not placed is its own.
  LinePlaces places = LinePlaces::of(blocks);
  CHECK(places.from_markup());
  CHECK(places.file_line(3) == 3);
  CHECK(places.file_line(6) == 6);
  CHECK(places.cell_at(6, 0).line == 5);
  CHECK(LinePlaces{}.file_line(12) == 12);
}

TEST_CASE("a spreadsheet's records are rows of their own cells; a lone cell is a line") {
  auto blocks = csv_lines("Plan title,,\nNo.,Update\n7,\"a | b\tc\"\n");
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].kind == BlockKind::paragraph);
  CHECK(blocks[0].text == "Plan title");
  CHECK(blocks[2].kind == BlockKind::table_row);
  // (A tab inside a cell is a space in the plan's text.)
  CHECK(blocks[2].cells == std::vector<std::string>{"7", "a | b c"});
}

TEST_CASE("copied text's table rows are recognised once, into the same rows") {
  std::vector<Block> blocks{{1, "7\tText\tOwner"}, {2, "A sentence."}, {3, "| a | b |"}};
  recognise_table_rows(blocks);
  CHECK(blocks[0].kind == BlockKind::table_row);
  CHECK(blocks[0].cells.size() == 3);
  CHECK(blocks[1].kind == BlockKind::text_line);
  CHECK(blocks[2].bordered);
}

TEST_CASE("a bar in a saved page's cell is the page's text, not a misread table") {
  ImportedPlan p = parse_action_plan_lines(
      page_blocks("<table><tr><th>No.</th><th>Recommendation</th><th>Update</th>"
                  "<th>Date</th><th>Status</th></tr>"
                  "<tr><td>7</td><td>By 27 March 2025, do it.</td>"
                  "<td>Change request CR-1042 | raised</td><td>14/02/2025</td>"
                  "<td>In progress</td></tr></table>"),
      "t.html");
  REQUIRE(p.ok);
  REQUIRE(p.plan.recommendations.at(0).updates.size() == 1);
  CHECK(p.plan.recommendations[0].updates[0].note == "Change request CR-1042 | raised");
  CHECK(p.separator_text == std::vector<std::string>{"Change request CR-1042 | raised"});
}

TEST_CASE("a heading with no number is numbered by the evidence requirements under it") {
  std::vector<Block> blocks{{1, "Improving how we record crimes", BlockKind::heading},
                            {2, "7.1 Processes are in place.", BlockKind::paragraph},
                            {3, "7.2 Measures are in place.", BlockKind::paragraph},
                            {4, "Evidence requirements", BlockKind::heading},
                            {5, "8.1 Something else.", BlockKind::paragraph}};
  blocks[0].level = blocks[3].level = 2;
  HeadingReading read = read_evidence_headings(blocks);
  CHECK(blocks[0].text == "Improving how we record crimes (recommendation 7)");
  CHECK(read.notes.size() == 1);
  // A heading naming the list under it is layout, not a recommendation.
  CHECK(read.skipped == std::vector<int>{4});
  CHECK(blocks[3].text.empty());
}

TEST_CASE("a title line of copied text is numbered only right above the requirements") {
  std::vector<Block> blocks{{1, "Stalking action plan"},
                            {2, "By 27 March 2025, do it."},
                            {3, "7.1 - Processes are in place."}};
  read_evidence_headings(blocks);
  CHECK(blocks[0].text == "Stalking action plan");
  // Nor once the recommendation's requirements have begun (a cell of a table, one a line).
  std::vector<Block> cells{{1, "7.1 - Processes."}, {2, "DCI Ann Lee"}, {3, "7.2 - Measures."}};
  read_evidence_headings(cells);
  CHECK(cells[1].text == "DCI Ann Lee");
}

TEST_CASE("a RAG colour and a status in one value are both read") {
  CHECK(split_rag_status("Green - Complete").colour == "green");
  CHECK(split_rag_status("Green - Complete").status == "Complete");
  CHECK(split_rag_status("Complete (Green)").status == "Complete");
  CHECK(split_rag_status("Amber \u2013 on track").colour == "amber");
  CHECK(split_rag_status("In progress / Amber").status == "In progress");
  CHECK(split_rag_status("In progress").colour.empty());
  CHECK(split_rag_status("Green").colour.empty());  // a colour alone is cell_rag_colour's
  CHECK(split_rag_status("G - Complete").colour.empty());
  CHECK(split_rag_status("Redesign - complete").colour.empty());
}

TEST_CASE("the lines under 'What we will do:' are actions, numbered or not") {
  for (const char* list : {"1. Review the policy.\n2. Brief supervisors.\n",
                           "Review the policy.\nBrief supervisors.\n"}) {
    ImportedPlan p = parse_action_plan(std::string("Recommendation 17\nBy 27 March 2025, do it.\n"
                                                   "What we will do:\n") +
                                           list + "Owner: DCI Lee\n",
                                       "t.txt");
    REQUIRE(p.ok);
    const Recommendation& rec = p.plan.recommendations.at(0);
    CHECK(rec.evidence.empty());
    REQUIRE(rec.actions.size() == 2);
    CHECK(rec.actions[1].text == "Brief supervisors.");
    CHECK(rec.text == "do it.");
    CHECK(rec.owner == "DCI Lee");
  }
}

TEST_CASE("recommendation headings in the forms forces write them") {
  for (const char* heading :
       {"Rec 7", "Rec. 7", "R7", "R7: Crime recording", "Recommendation seven",
        "Recommendation 7 of 28", "Recommendation 7 of 28 - Crime recording"}) {
    LineShape shape = classify_line(heading);
    INFO(heading);
    CHECK(shape.kind == LineKind::heading);
    CHECK(shape.number == 7);
  }
  CHECK(classify_line("Recommendation seventeen").number == 17);
  CHECK(classify_line("Rec 7 was completed in March.").kind != LineKind::heading);
  CHECK(classify_line("Review the policy").kind != LineKind::heading);
  CHECK(classify_line("R&D").kind != LineKind::heading);
}

TEST_CASE("a heading with no number over text and fields opens a recommendation") {
  std::vector<Block> blocks{{1, "Our commitments on stalking", BlockKind::heading},
                            {2, "How we respond to the report.", BlockKind::paragraph},
                            {3, "Reviewing our stalking training", BlockKind::heading},
                            {4, "We will review our training.", BlockKind::paragraph},
                            {5, "Owner: Head of Learning", BlockKind::paragraph},
                            {6, "About this plan", BlockKind::heading},
                            {7, "It is reviewed monthly.", BlockKind::paragraph}};
  blocks[0].level = 1;
  blocks[2].level = blocks[5].level = 2;
  mark_unnumbered_headings(blocks);
  CHECK_FALSE(blocks[0].opens_recommendation);  // the page's title
  CHECK(blocks[2].opens_recommendation);
  CHECK_FALSE(blocks[5].opens_recommendation);  // no field under it: a section of the page
  // A page that numbers its recommendations is read by its numbers.
  blocks.push_back({8, "Recommendation 7", BlockKind::heading});
  blocks[2].opens_recommendation = false;
  mark_unnumbered_headings(blocks);
  CHECK_FALSE(blocks[2].opens_recommendation);
}

TEST_CASE("headings and labels in two languages are read by the part the importer knows") {
  std::vector<Block> blocks{{1, "Argymhelliad 7 / Recommendation 7"},
                            {2, "Perchennog / Owner: Cofrestrydd / Force Crime Registrar"},
                            {3, "Statws / Status: Ar y gweill / In Progress"},
                            {4, "Owner / Lead: DCI Lee"},
                            {5, "Either / or: a sentence"}};
  read_bilingual_labels(blocks);
  CHECK(blocks[0].text == "Recommendation 7");
  CHECK(blocks[1].text == "Owner: Cofrestrydd / Force Crime Registrar");  // the value keeps both
  CHECK(blocks[2].text == "Status: In Progress");
  CHECK(blocks[3].text == "Owner / Lead: DCI Lee");  // both parts known: one language
  CHECK(blocks[4].text == "Either / or: a sentence");
}

TEST_CASE("a heading over the recommendations' own headings is a section of the page") {
  std::vector<Block> blocks{{1, "Our plan", BlockKind::heading},
                            {2, "Open recommendations", BlockKind::heading},
                            {3, "Recommendation 22", BlockKind::heading},
                            {4, "Completed recommendations"},
                            {5, "Recommendation 27"},
                            {6, "On track"},
                            {7, "Recommendation 28"}};
  blocks[0].level = 1;
  blocks[1].level = 2;
  blocks[2].level = 3;
  HeadingReading read = read_evidence_headings(blocks);
  CHECK(read.sections == std::vector<int>{2, 4});  // not the page's title, nor a status
}

TEST_CASE(
    "a page's hidden accordion panels and its <form> wrapper are read; a table of contents is "
    "not") {
  auto blocks = page_blocks(
      "<form action=\"/page\"><h2><button aria-expanded=\"false\">Recommendation 7</button></h2>"
      "<div class=\"panel\" hidden><p>By 27 March 2025, do it.</p></div></form>");
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].text == "Recommendation 7");
  CHECK(blocks[0].kind == BlockKind::heading);
  CHECK(blocks[1].text == "By 27 March 2025, do it.");
  std::vector<Block> text{{1, "On this page"},      {2, "Recommendation 7"},
                          {3, "Recommendation 10"}, {4, ""},
                          {5, "Recommendation 7"},  {6, "By 27 March 2025, do it."}};
  HeadingReading read = read_evidence_headings(text);
  CHECK(read.contents == std::vector<int>{2, 3});
  CHECK(text[4].text == "Recommendation 7");
}

TEST_CASE("updates dated in their label, however the label puts the date") {
  for (const char* line : {"Update March 2025: Done.", "November 2024 update: Done.",
                           "Progress update - 14/01/2025: Done.", "Update (March 2025): Done."}) {
    INFO(line);
    LineShape shape = classify_line(line);
    CHECK(shape.kind == LineKind::dated_update);
    CHECK(shape.text == "Done.");
  }
  CHECK(classify_line("Updated: 3 March 2025").kind != LineKind::dated_update);
  CHECK(classify_line("In March 2025: we met.").kind != LineKind::dated_update);
}

TEST_CASE("more of what forces' pages carry, read by the one vocabulary") {
  CHECK(column_role("Recommendation / Evidence requirement").kind == Column::text);
  CHECK(column_role("Sub recommendation / evidence").kind == Column::evidence);
  CHECK(is_page_furniture("Key: G - on track; A - some risk; R - off track"));
  CHECK(is_page_furniture("Westmere Police / Our plans / Stalking action plan"));
  CHECK_FALSE(is_page_furniture("Cynllun Gweithredu Stelcian / Stalking Action Plan"));
  CHECK_FALSE(is_page_furniture("Red, amber and green ratings are reviewed monthly."));
  std::vector<Block> blocks{
      {1, "\u00b7\u00a0\u00a0\u00a0 13.1 Local training.", BlockKind::paragraph},
      {2, "\u00b7 A point of its own."}};
  take_off_markdown_marks(blocks);
  CHECK(blocks[0].text == "13.1 Local training.");
  CHECK(blocks[1].text == "\u00b7 A point of its own.");  // a bullet before no id is the text's
}

TEST_CASE("a list of updates, each dated by its label and carrying its status") {
  LineShape shape = classify_line("November 2024: Tool piloted. Status: In progress");
  CHECK(shape.kind == LineKind::dated_update);
  CHECK(shape.status == "In progress");
  // Without a status it may be a plan's future step ("March 2025: launch the course").
  CHECK(classify_line("March 2025: launch the course.").kind != LineKind::dated_update);
  auto blocks = csv_lines("No.,Update,Date,Status\n10,,,\n,Done.,14/01/2025,Complete\n");
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[1].kind == BlockKind::table_row);  // a lone number in the first column
}

namespace {

ImportedPlan read_text(const std::string& page) {
  return parse_action_plan(page, "t.txt");
}

}  // namespace

TEST_CASE("updates given newest first are written oldest first") {
  ImportedPlan p = read_text(
      "Recommendation 7\nBy 27 March 2025, do it.\nUpdate (14/03/2025): Done. Status: Complete\n"
      "Update (20/01/2025): Begun. Status: In progress\n");
  REQUIRE(p.ok);
  const auto& updates = p.plan.recommendations.at(0).updates;
  REQUIRE(updates.size() == 2);
  CHECK(updates[0].note == "Begun.");
  CHECK(p.notes.size() == 1);
}

TEST_CASE("a summary table's row gives way to the full entry below it") {
  ImportedPlan p = read_text(
      "No. | Theme | RAG\n7 | Crime recording | Amber\n\n"
      "Recommendation 7\nBy 27 March 2025, do it.\nOwner: DCI Lee\n");
  REQUIRE(p.ok);
  REQUIRE(p.plan.recommendations.size() == 1);
  CHECK(p.plan.recommendations[0].title == "Crime recording");
  CHECK(p.plan.recommendations[0].owner == "DCI Lee");
}

TEST_CASE("table cells this round reads: percent, a dated update cell, a bare label") {
  ImportedPlan p = read_text(
      "Rec No.\tRecommendation\tUpdate\tDate\tStatus\t% complete\n"
      "7\tBy 27 March 2025, do it.\tHalf done.\t14/01/2025\tIn progress\t60%\n");
  REQUIRE(p.ok);
  const Update& u = p.plan.recommendations.at(0).updates.at(0);
  CHECK(u.status == "In progress");
  CHECK(u.percent == 60);
  ImportedPlan kv = read_text(
      "Recommendation\t7 \u2013 By 27 March 2025, do it.\nOwner\tDCI Lee\nStatus\tIn progress\n"
      "Update\t12/02/2025 \u2013 Interim reports are used.\n");
  REQUIRE(kv.ok);
  const Recommendation& rec = kv.plan.recommendations.at(0);
  CHECK(rec.id == 7);
  CHECK(rec.owner == "DCI Lee");
  REQUIRE(rec.updates.size() == 1);
  CHECK(rec.updates[0].note == "Interim reports are used.");
  CHECK(rec.updates[0].date.text == "2025-02-12");
}

TEST_CASE("a heading's text after the number, a glossary, a status's full stop") {
  ImportedPlan p = read_text(
      "Recommendation 7: By 27 March 2025, do it.\nUpdate (14/01/2025): Begun. Status: "
      "In progress.\nGlossary\nAPP \u2013 Authorised Professional Practice\n");
  REQUIRE(p.ok);
  const Recommendation& rec = p.plan.recommendations.at(0);
  CHECK(rec.title.empty());
  CHECK(rec.text == "do it.");
  CHECK(rec.deadline.text == "2025-03-27");
  CHECK(rec.updates.at(0).status == "In progress");
  CHECK(p.account.lines.at(3).fate == LineFate::skipped);  // the glossary's term
}

TEST_CASE("a copied evidence cell's next line with its own id is the next requirement") {
  ImportedPlan p = read_text(
      "No.\tRecommendation\tEvidence requirements\tOwner\n"
      "7\tBy 27 March 2025, do it.\t7.1 Processes are in place.\n"
      "7.2 Measures are in place.\tDCI Lee\n");
  REQUIRE(p.ok);
  const auto& evidence = p.plan.recommendations.at(0).evidence;
  REQUIRE(evidence.size() == 2);
  CHECK(evidence[0].text == "Processes are in place.");
  CHECK(evidence[1].id == "7.2");
}

TEST_CASE("status words this round: done and routine, and a percentage under way") {
  CHECK(status_word_meaning("Business as usual") == Category::complete);
  CHECK(meaning_suggested_by("60% complete") == Category::in_progress);
  CHECK(meaning_suggested_by("0% complete") == Category::not_started);
  CHECK(meaning_suggested_by("100% complete") == Category::complete);
}
