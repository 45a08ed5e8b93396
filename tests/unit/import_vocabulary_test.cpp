// One vocabulary of fields for labels and columns alike, and the update
// cells and labelled lines it reads: a synonym a table knows is read as a
// label too, a role's lead under a recommendation is its owner, and an
// update cell holding a dated log gives one update per date.
#include <catch2/catch.hpp>

#include "import/assemble/parse_action_plan.h"
#include "import/fields/cell_values.h"
#include "import/fields/column_roles.h"
#include "import/fields/line_patterns.h"
#include "import/fields/paragraphs.h"
#include "import/read/broken_rows.h"
#include "import/read/csv_input.h"
#include "import/read/html_text.h"
#include "import/read/menu_lines.h"
#include "model/status_words.h"

using namespace plan;

namespace {

ImportedPlan read_page(const std::string& body) {
  std::vector<int> skipped;
  std::vector<Block> blocks =
      html_lines("<!DOCTYPE html><html><body><main>" + body + "</main></body></html>", skipped);
  return parse_action_plan_lines(blocks, "t.html");
}

}  // namespace

TEST_CASE("labels the column vocabulary knows are read as fields") {
  ImportedPlan p = parse_action_plan(
      "Recommendation 10\nBy 27 March 2025, review training.\n"
      "Senior responsible officer: Head of Learning\n"
      "Progress to date: The analysis is complete.\nDate of update: 12/02/2025\n"
      "Current status: In progress\n",
      "t.txt");
  REQUIRE(p.ok);
  const Recommendation& rec = p.plan.recommendations.at(0);
  CHECK(rec.text == "review training.");
  CHECK(rec.owner == "Head of Learning");
  REQUIRE(rec.updates.size() == 1);
  CHECK(rec.updates[0].note == "The analysis is complete.");
  CHECK(rec.updates[0].date.text == "2025-02-12");
  CHECK(rec.updates[0].status == "In progress");
}

TEST_CASE("a role's lead over the page is the plan's, under a recommendation its owner") {
  ImportedPlan p = parse_action_plan(
      "Executive Lead: ACC Smith\n\nRecommendation 14\nBy 27 March 2025, support victims.\n"
      "Strategic lead: Victim Care Manager\n",
      "t.txt");
  REQUIRE(p.ok);
  REQUIRE(p.plan.leads.size() == 1);
  CHECK(p.plan.leads[0].role == "Executive Lead");
  CHECK(p.plan.recommendations.at(0).owner == "Victim Care Manager");
}

TEST_CASE("the force's commitment and how it will meet it are its actions") {
  ImportedPlan p = parse_action_plan(
      "Recommendation 10\nBy 27 March 2025, review training.\n"
      "Our commitment: We will review our training.\n"
      "How we will achieve this: A needs analysis, then a course.\n",
      "t.txt");
  REQUIRE(p.ok);
  const Recommendation& rec = p.plan.recommendations.at(0);
  CHECK(rec.text == "review training.");
  REQUIRE(rec.actions.size() == 2);
  CHECK(rec.actions[0].text == "We will review our training.");
}

TEST_CASE("an update cell holding a dated log gives one update per date, oldest first") {
  ImportedPlan p = read_page(
      "<table><tr><th>No.</th><th>Recommendation</th><th>Update</th><th>Status</th></tr>"
      "<tr><td>7</td><td>By 27 March 2025, do it.</td>"
      "<td><p>03/06/2025 \xE2\x80\x93 Live on the system.</p><p>12/02/2025 \xE2\x80\x93 "
      "Supplier accepted.</p><p>More on the supplier.</p></td><td>Complete</td></tr></table>");
  REQUIRE(p.ok);
  const auto& log = p.plan.recommendations.at(0).updates;
  REQUIRE(log.size() == 2);
  CHECK(log[0].date.text == "2025-02-12");
  CHECK(log[0].note == "Supplier accepted.\n\nMore on the supplier.");
  CHECK(log[0].status.empty());  // the page gave the latest's status only
  CHECK(log[1].date.text == "2025-06-03");
  CHECK(log[1].status == "Complete");
}

TEST_CASE("a status at the end of an update cell's note is its status") {
  ImportedPlan p = read_page(
      "<table><tr><th>No.</th><th>Recommendation</th><th>Update</th></tr>"
      "<tr><td>7</td><td>By 27 March 2025, do it.</td>"
      "<td>12/02/2025 - Half done. Status: In progress</td></tr></table>");
  REQUIRE(p.ok);
  const Update& u = p.plan.recommendations.at(0).updates.at(0);
  CHECK(u.note == "Half done.");
  CHECK(u.status == "In progress");
}

TEST_CASE("a badge, a link or a sentence before a colon is no label") {
  ImportedPlan p = parse_action_plan(
      "[![status](https://img.shields.io/badge/status-green)](#)\n\n"
      "Police response to stalking: our plan\n\nRecommendation 7\nBy 27 March 2025, do it.\n"
      "Owner: DCI Lee\n",
      "t.txt");
  CHECK(p.ok);
}

TEST_CASE("two rows under one number, each with its own text and deadline, are refused") {
  ImportedPlan p = read_page(
      "<table><tr><th>No.</th><th>Recommendation</th><th>Owner</th></tr>"
      "<tr><td>13</td><td>By 27 March 2025, consider an SPO.</td><td>DCI Lee</td></tr>"
      "<tr><td>13</td><td>By 27 March 2025, support victims.</td><td>DCI Lee</td></tr>"
      "</table>");
  CHECK(p.account.count(LineFate::not_understood) == 1);
  CHECK(p.plan.recommendations.at(0).text == "consider an SPO.");
}

TEST_CASE("a recommendation's own fields around its evidence requirements stay its own") {
  // A key/value block (GOV.UK's summary list): the response and the update
  // are the recommendation's, not the requirement's.
  ImportedPlan kv = read_page(
      "<h2>Recommendation 17</h2><p>By 27 March 2025, update policies.</p><dl>"
      "<div><dt>Our response</dt><dd>Accepted</dd></div>"
      "<div><dt>Evidence requirements</dt><dd>17.1 Policies support allocation.</dd></div>"
      "<div><dt>Update (June 2025)</dt><dd>Being rewritten.</dd></div>"
      "<div><dt>Status</dt><dd>In progress</dd></div></dl>");
  REQUIRE(kv.ok);
  const Recommendation& rec = kv.plan.recommendations.at(0);
  CHECK(rec.response.text == "Accepted");
  REQUIRE(rec.evidence.size() == 1);
  CHECK(rec.evidence[0].updates.empty());
  CHECK(rec.updates.size() == 1);
  // The same page copied as text: a list under "Evidence requirements".
  ImportedPlan text = parse_action_plan(
      "Recommendation 7\nBy 27 March 2025, do it.\nEvidence requirements\n7.1 First one.\n\n"
      "7.2 Second one.\n\nUpdate (June 2025)\nGoing well.\nStatus\nIn progress\n",
      "t.txt");
  REQUIRE(text.ok);
  CHECK(text.plan.recommendations.at(0).updates.size() == 1);
  CHECK(text.plan.recommendations.at(0).evidence.at(1).updates.empty());
  // Each requirement with its own update, as the seed gives them, keeps it.
  ImportedPlan seed = parse_action_plan(
      "Recommendation 7\nBy 27 March 2025, do it.\n7.1 - Evidence requirements of "
      "progress/completion: First.\nForce Update: Going well.\nDate: 11/11/2024\n"
      "Status: In Progress 25%\n",
      "t.txt");
  REQUIRE(seed.ok);
  CHECK(seed.plan.recommendations.at(0).evidence.at(0).updates.size() == 1);
}

TEST_CASE("a spreadsheet saved with semicolons, a labelled text, a Welsh heading with a dash") {
  std::vector<Block> rows =
      csv_lines("No.;Recommendation;Owner\n7;\"By 27 March 2025, a; b\";DCI Lee\n");
  REQUIRE(rows.size() == 2);
  REQUIRE(rows[1].cells.size() == 3);
  CHECK(rows[1].cells[1] == "By 27 March 2025, a; b");
  CHECK(csv_lines("No.,Recommendation\n7,\"a; b; c\"\n")[1].cells.size() == 2);

  ImportedPlan p = parse_action_plan(
      "Argymhelliad 7 \xE2\x80\x93 Recommendation 7\n"
      "Recommendation: By 27 March 2025, seek changes.\nOwner: DCI Lee\n\n"
      "Recommendation 10 \xE2\x80\x93 Training\nBy 27 March 2025, review training.\n",
      "t.txt");
  REQUIRE(p.ok);
  REQUIRE(p.plan.recommendations.size() == 2);
  CHECK(p.plan.recommendations[0].text == "seek changes.");
  CHECK(p.plan.recommendations[0].deadline.text == "2025-03-27");
  CHECK(p.plan.recommendations[1].id == 10);
  CHECK(p.plan.recommendations[1].title == "Training");
}

TEST_CASE("a document pasted from Word labels its fields with a dash") {
  ImportedPlan p = parse_action_plan(
      "Recommendation 7:\nBy 27 March 2025, seek changes.\nOwner \xE2\x80\x93 D/Supt Smith\n"
      "Progress update (June 2025) \xE2\x80\x93 Went live in May.\nStatus - Amber, on track\n",
      "t.txt");
  REQUIRE(p.ok);
  const Recommendation& rec = p.plan.recommendations.at(0);
  CHECK(rec.owner == "D/Supt Smith");
  REQUIRE(rec.updates.size() == 1);
  CHECK(rec.updates[0].note == "Went live in May.");
  CHECK(rec.updates[0].status == "on track");
  // A sentence with a dash in it is no label.
  CHECK(classify_line("We have made progress - slowly, but surely").kind == LineKind::paragraph);
}

TEST_CASE("a table of row headers and values is a key/value block, saved or copied") {
  const std::string rows =
      "<tr><th scope=\"row\">Recommendation</th><td>By 27 March 2025, consider SPOs.</td></tr>"
      "<tr><th scope=\"row\">Owner</th><td>Supt Lee</td></tr>"
      "<tr><th scope=\"row\">Response</th><td>Accepted</td></tr>"
      "<tr><th scope=\"row\">Evidence requirements</th><td>13.1 Training.<br>13.2 "
      "Support.</td></tr>"
      "<tr><th scope=\"row\">Actions</th><td>Appoint a contact in each district.</td></tr>"
      "<tr><th scope=\"row\">Action owner</th><td>District Commanders</td></tr>"
      "<tr><th scope=\"row\">Target date</th><td>30/04/2025</td></tr>"
      "<tr><th scope=\"row\">Update \xE2\x80\x93 10 March 2025</th><td>Four in post.</td></tr>"
      "<tr><th scope=\"row\">Status</th><td>In Progress 80%</td></tr>";
  ImportedPlan saved = read_page("<h2>Recommendation 13</h2><table>" + rows + "</table>");
  ImportedPlan copied = parse_action_plan(
      "Recommendation 13\nRecommendation\tBy 27 March 2025, consider SPOs.\nOwner\tSupt Lee\n"
      "Response\tAccepted\nEvidence requirements\t13.1 Training.\n13.2 Support.\n"
      "Actions\tAppoint a contact in each district.\nAction owner\tDistrict Commanders\n"
      "Target date\t30/04/2025\nUpdate \xE2\x80\x93 10 March 2025\tFour in post.\n"
      "Status\tIn Progress 80%\n",
      "t.txt");
  for (const ImportedPlan* p : {&saved, &copied}) {
    REQUIRE(p->ok);
    CHECK(p->account.count(LineFate::not_understood) == 0);
    const Recommendation& rec = p->plan.recommendations.at(0);
    CHECK(rec.owner == "Supt Lee");
    CHECK(rec.response.text == "Accepted");
    CHECK(rec.evidence.size() == 2);
    REQUIRE(rec.actions.size() == 1);
    CHECK(rec.actions[0].lead == "District Commanders");
    CHECK(rec.actions[0].target.text == "2025-04-30");
    REQUIRE(rec.updates.size() == 1);
    CHECK(rec.updates[0].note == "Four in post.");
  }
}

TEST_CASE("a copied row broken over lines by its cells' paragraphs is joined back") {
  std::vector<Block> lines;
  int n = 0;
  for (std::string text :
       {"No.\tRecommendation\tOwner\tUpdate\tStatus", "7\t", "By 27 March 2025, para one.", "",
        "Para two.", "", "DCI Lee\t", "Update one.", "", "Update two.", "", "Complete",
        "8\tBy 27 March 2025, single.\tDCI X\tDone.\tComplete", "Text after the table."})
    lines.emplace_back(++n, text);
  std::vector<int> taken = join_broken_rows(lines);
  CHECK(taken == std::vector<int>{3, 5, 7, 8, 10, 12});
  REQUIRE(lines.size() == 4);
  REQUIRE(lines[1].kind == BlockKind::table_row);
  const std::vector<std::string>& cells = lines[1].cells;
  REQUIRE(cells.size() == 5);
  CHECK(cells[1] == "By 27 March 2025, para one.\xE2\x80\xA9Para two.");
  CHECK(cells[2] == "DCI Lee");
  CHECK(cells[4] == "Complete");
  // A whole row on one line keeps the text after the table out of its cells.
  CHECK(lines[2].kind == BlockKind::text_line);
  CHECK(lines[3].text == "Text after the table.");

  // A block cell right after another (their paragraphs indistinguishable):
  // the row is left as it was, and not read into the wrong cells.
  std::vector<Block> two_blocks;
  n = 0;
  for (std::string text :
       {"No.\tRecommendation\tOwner\tUpdate\tStatus", "7\tBy 27 March 2025, x.\t", "DCI Lee", "",
        "Update one.", "Update two.", "Complete"})
    two_blocks.emplace_back(++n, text);
  CHECK(join_broken_rows(two_blocks).empty());
  CHECK(two_blocks.size() == 7);
}

TEST_CASE("a status or RAG given only as an image or an empty badge is read by its words") {
  ImportedPlan p = read_page(
      "<table><tr><th>No.</th><th>Recommendation</th><th>Update (May 2025)</th><th>Status</th></tr>"
      "<tr><td>16</td><td>By 27 March 2025, review.</td><td>Done.</td>"
      "<td><img src=\"g.png\" alt=\"Complete\"> <img src=\"g.png\" alt=\"Green\"></td></tr>"
      "<tr><td>22</td><td>By 27 March 2025, consider.</td><td>Waiting.</td>"
      "<td><span class=\"rag\" aria-label=\"Red: In progress\"></span></td></tr>"
      "<tr><td>25</td><td>By 27 March 2025, explore.</td><td>Begun.</td>"
      "<td><img src=\"logo.png\" alt=\"\">In progress</td></tr></table>");
  REQUIRE(p.ok);
  const auto& recs = p.plan.recommendations;
  REQUIRE(recs.size() == 3);
  CHECK(recs[0].updates.at(0).status == "Complete");
  CHECK(recs[0].updates.at(0).rag == "green");
  CHECK(recs[1].updates.at(0).status == "In progress");
  CHECK(recs[1].updates.at(0).rag == "red");
  CHECK(recs[2].updates.at(0).status == "In progress");  // a decorative image adds nothing
}

TEST_CASE("the lines beside a copied menu are the menu: the site's name and the trail's crumbs") {
  std::vector<Block> lines;
  int n = 0;
  for (std::string text :
       {"Skip to main content", "Test Force", "Report a crime", "Contact us", "Home", "About us",
        "Publications", "Stalking action plan", "Stalking super-complaint: our action plan",
        "Our plan in full.", "Recommendation 7", "Home"})
    lines.emplace_back(++n, text);
  std::vector<int> taken = take_out_menu_neighbours(lines);
  CHECK(taken == std::vector<int>{2, 8});
  // The page's title (no menu item's shape) is kept; so is all after the plan begins.
  REQUIRE(lines.size() == 10);
  CHECK(lines[6].text == "Stalking super-complaint: our action plan");
  CHECK(lines.back().text == "Home");

  // The short line right above the page's first sentence is its title.
  std::vector<Block> titled;
  n = 0;
  for (std::string text : {"Report", "News", "Contact us", "Stalking action plan",
                           "This plan sets out our response.", "Recommendation 7"})
    titled.emplace_back(++n, text);
  CHECK(take_out_menu_neighbours(titled).empty());
}

TEST_CASE("a heading with a status badge, a date heading, a no-break space, a summary list") {
  // "Recommendation 17 Complete": the heading, not a sentence run into the one before.
  LineShape badge = classify_line("Recommendation 17 Complete");
  REQUIRE(badge.kind == LineKind::heading);
  CHECK(badge.number == 17);
  CHECK(badge.text.empty());
  CHECK(classify_line("Recommendation 17 Was accepted in full").kind == LineKind::paragraph);
  // "14 February 2025" is a date, never the page's section 14.
  CHECK(classify_line("14 February 2025").kind != LineKind::section);
  CHECK(classify_line("2 Background").kind == LineKind::section);
  // "In&nbsp;Progress" is the status "In Progress".
  ImportedPlan nbsp = read_page(
      "<h2>Recommendation 7</h2><p>By 27 March 2025, do it.</p>"
      "<p>Update (14/01/2025): Half done.</p><p>Status: In&nbsp;Progress&nbsp;60%</p>");
  REQUIRE(nbsp.ok);
  CHECK(nbsp.plan.recommendations.at(0).updates.at(0).status == "In Progress");
  // A summary of progress above the plan, one sentence a recommendation, is
  // no table of contents: the plan then names 7 twice, and is refused.
  ImportedPlan summary = read_page(
      "<ul><li>Recommendation 7 \xE2\x80\x93 complete. Went live on 3 February.</li>"
      "<li>Recommendation 10 \xE2\x80\x93 training launched 3 March, 80% trained.</li></ul>"
      "<h2>Recommendation 7</h2><p>By 27 March 2025, do it.</p>"
      "<h2>Recommendation 10</h2><p>By 27 March 2025, train.</p>");
  CHECK(summary.account.count(LineFate::not_understood) > 0);
}

TEST_CASE("a row of short cells is a menu only when no cell is a status or a RAG colour") {
  ImportedPlan menu = parse_action_plan(
      "Home\tAbout us\tPublications\n\nRecommendation 7\nBy 27 March 2025, do it.\n", "t.txt");
  REQUIRE(menu.ok);
  CHECK(menu.plan.introduction.empty());
  // An owner and its RAG, the last cells of a row copied over lines, are no menu:
  // they are reported, not dropped.
  ImportedPlan row = parse_action_plan(
      "Recommendation 17\nBy 27 March 2025, do it.\n\nDSU Crime\tGreen\n", "t.txt");
  CHECK(row.account.count(LineFate::skipped) == 0);
}

TEST_CASE("a copied two-row header and a list heading with a blank line under it") {
  // "Progress" spans Date, Update and Status; the copy leaves the spanned
  // cells out of the second row.
  ImportedPlan two_rows = parse_action_plan(
      "Rec\tRecommendation\tLead\tProgress\nDate\tUpdate\tStatus\n"
      "23\tBy 27 March 2025, screen early.\tDCI Lee\t14/02/2025\tPiloted.\tIn progress\n",
      "t.txt");
  REQUIRE(two_rows.ok);
  const Recommendation& rec = two_rows.plan.recommendations.at(0);
  CHECK(rec.owner == "DCI Lee");
  REQUIRE(rec.updates.size() == 1);
  CHECK(rec.updates[0].date.text == "2025-02-14");
  CHECK(rec.updates[0].status == "In progress");

  ImportedPlan listed = parse_action_plan(
      "Recommendation 7\nBy 27 March 2025, do it.\n\nEvidence requirements:\n\n7.1 First.\n"
      "7.2 Second.\nLead: DCI Lee\n",
      "t.txt");
  REQUIRE(listed.ok);
  CHECK(listed.plan.recommendations.at(0).text == "do it.");
  CHECK(listed.plan.recommendations.at(0).evidence.size() == 2);
}

TEST_CASE("a 'What we will do' heading over its table, and a dated line with its status") {
  LineShape dated =
      classify_line("10 March 2025 \xE2\x80\x93 Guidance drafted. Status: In Progress 80%");
  REQUIRE(dated.kind == LineKind::dated_update);
  CHECK(dated.text == "Guidance drafted.");
  CHECK(dated.status == "In Progress 80%");
  ImportedPlan p = read_page(
      "<h2>Recommendation 7</h2><p>By 27 March 2025, do it.</p><p>Lead officer: DCI Lee</p>"
      "<h3>What we will do</h3><table><tr><th>Action</th><th>Lead</th><th>Target date</th></tr>"
      "<tr><td>Issue guidance</td><td>Crime Registrar</td><td>31/03/2025</td></tr></table>"
      "<h3>Progress</h3><p>10 March 2025 \xE2\x80\x93 Guidance drafted. Status: In Progress "
      "80%</p>");
  REQUIRE(p.ok);
  CHECK(p.account.count(LineFate::not_understood) == 0);
  const Recommendation& rec = p.plan.recommendations.at(0);
  REQUIRE(rec.actions.size() == 1);
  CHECK(rec.actions[0].lead == "Crime Registrar");
  REQUIRE(rec.updates.size() == 1);
  CHECK(rec.updates[0].percent == 80);
}

TEST_CASE(
    "theme headings between tables, the force's evidence of progress, percentages as fractions") {
  ImportedPlan themes = read_page(
      "<h2>Theme 1: Understanding stalking</h2><table><tr><th>Ref</th><th>Recommendation</th>"
      "<th>Owner</th></tr><tr><td>7</td><td>By 27 March 2025, seek changes.</td><td>Registrar</td>"
      "</tr></table><h2>Theme 2: Risk</h2><table><tr><th>Ref</th><th>Recommendation</th>"
      "<th>Owner</th></tr><tr><td>12</td><td>By 27 March 2025, assess risk.</td><td>DSU Lee</td>"
      "</tr></table>");
  REQUIRE(themes.ok);
  CHECK(themes.plan.recommendations.at(0).owner == "Registrar");  // no theme run into it
  CHECK(themes.plan.recommendations.at(1).owner == "DSU Lee");

  CHECK(column_role("Evidence of progress").kind == Column::update);
  CHECK(column_role("Evidence requirements of progress").kind == Column::evidence);
  CHECK(column_role("Force response").kind == Column::response);
  // Trackers' own words for the columns: one row each in the vocabulary.
  CHECK(column_role("BRAG").kind == Column::rag);
  CHECK(column_role("SRO").kind == Column::owner);
  CHECK(column_role("When").kind == Column::target);
  CHECK(column_role("What we have done").kind == Column::update);
  CHECK(column_role("Next steps").kind == Column::action);
  CHECK(column_role("Progress (%)").kind == Column::percent);
  CHECK(column_role("Area for improvement").kind == Column::text);

  ImportedPlan percent = parse_action_plan(
      "No.\tRecommendation\tUpdate\tDate\tStatus\t% complete\n"
      "7\tBy 27 March 2025, do it.\tHalf done.\t14/01/2025\tIn progress\t0.5\n"
      "10\tBy 27 March 2025, train.\tBegun.\t14/01/2025\tIn progress\t12.5%\n",
      "t.txt");
  REQUIRE(percent.ok);
  CHECK(percent.plan.recommendations.at(0).updates.at(0).percent == 50);
  const Update& eighth = percent.plan.recommendations.at(1).updates.at(0);
  CHECK(eighth.status == "In progress");
  CHECK_FALSE(eighth.percent.has_value());  // not a whole number: left out, and said

  ImportedPlan own_line = read_page(
      "<table><tr><th>No.</th><th>Recommendation</th></tr><tr><td>7</td><td><p>By 27 March "
      "2025</p><p>Seek changes.</p></td></tr></table>");
  REQUIRE(own_line.ok);
  CHECK(own_line.plan.recommendations.at(0).text == "Seek changes.");
}

TEST_CASE("a deadline given by its own label, on a line or as a cell's last paragraph") {
  ImportedPlan line = parse_action_plan(
      "Recommendation 7\nSeek changes to crime recording.\nDeadline: 27 March 2025\n"
      "Owner: DCI Lee\n",
      "t.txt");
  REQUIRE(line.ok);
  CHECK(line.plan.recommendations.at(0).deadline.text == "2025-03-27");
  CHECK(line.plan.recommendations.at(0).text == "Seek changes to crime recording.");
  ImportedPlan cell = read_page(
      "<table><tr><th>No.</th><th>Recommendation</th><th>Owner</th></tr><tr><td>7</td>"
      "<td><p>Seek changes.</p><p>Deadline: 27 March 2025</p></td><td>DCI Lee</td></tr></table>");
  REQUIRE(cell.ok);
  CHECK(cell.plan.recommendations.at(0).deadline.text == "2025-03-27");
  CHECK(cell.plan.recommendations.at(0).text == "Seek changes.");
}

TEST_CASE("a heading's badge is the status of its latest update; '(continued)' and '(risk)'") {
  for (const char* text : {"Recommendation 11 – Complete", "Recommendation 11 (Complete)",
                           "Recommendation 11: Complete", "Recommendation 11 Complete"}) {
    INFO(text);
    LineShape shape = classify_line(text);
    REQUIRE(shape.kind == LineKind::heading);
    CHECK(shape.number == 11);
    CHECK(shape.status == "Complete");
    CHECK(shape.text.empty());  // no title "Complete"
  }
  LineShape titled = classify_line("Recommendation 12 (risk)");
  REQUIRE(titled.kind == LineKind::heading);
  CHECK(titled.text == "risk");
  CHECK(titled.status.empty());
  CHECK(classify_line("Recommendation 12 (continued)").continued);
  CHECK(classify_line("Recommendation 21 is for the NPCC.").kind == LineKind::paragraph);
  // Number words, joined ones too; "Twenty-Eight" is 28, never 20.
  CHECK(classify_line("Recommendation Twenty-Eight: publishing this plan").number == 28);
  CHECK(classify_line("Recommendation twenty three").number == 23);
  CHECK(classify_line("Recommendation seventeen").number == 17);

  ImportedPlan page = read_page(
      "<h2>Recommendation 11 <span class=\"tag\">In progress</span></h2>"
      "<p>By 27 March 2025, do it.</p><p>Update (14/01/2025): Half done.</p>"
      "<h2>Recommendation 12 (Complete)</h2><p>By 27 March 2025, do that.</p>"
      "<p>Update (14/02/2025): Done.</p>"
      "<p>12.1 Evidence requirements of progress/completion: A policy.</p>"
      "<h2>Recommendation 12 (continued)</h2>"
      "<p>12.2 Evidence requirements of progress/completion: Training.</p>");
  REQUIRE(page.ok);
  REQUIRE(page.plan.recommendations.size() == 2);
  const Recommendation& eleven = page.plan.recommendations[0];
  CHECK(eleven.title.empty());
  CHECK(eleven.updates.at(0).status == "In progress");
  const Recommendation& twelve = page.plan.recommendations[1];
  CHECK(twelve.evidence.size() == 2);  // the page break's repeat did not end it
  CHECK(twelve.updates.at(0).status == "Complete");
  CHECK(twelve.evidence.back().text == "Training.");

  // No dated update to carry the badge: not imported, and said, unless the
  // analyst gives the date the page's statuses are as of.
  ImportedPlan undated =
      read_page("<h2>Recommendation 11 (Complete)</h2><p>By 27 March 2025, do it.</p>");
  CHECK(undated.account.count(LineFate::not_understood) == 1);
}

TEST_CASE("update columns newest first: written oldest first, the Status column the latest's") {
  ImportedPlan p = parse_action_plan_lines(
      csv_lines(
          "Rec No.,Recommendation,Owner,Update March 2025,Update November 2024,Status\n"
          "7,\"By 27 March 2025, seek changes.\",Reg,Change live.,Change drafted.,Complete\n"),
      "t.csv");
  REQUIRE(p.ok);
  const std::vector<Update>& updates = p.plan.recommendations.at(0).updates;
  REQUIRE(updates.size() == 2);
  CHECK(updates[0].date.text == "2024-11");
  CHECK(updates[0].status.empty());
  CHECK(updates[1].date.text == "2025-03");
  CHECK(updates[1].status == "Complete");
  // Each update with its own Status column keeps it, in date order.
  ImportedPlan paired = parse_action_plan_lines(
      csv_lines("Rec No.,Recommendation,Latest update (May 2025),Status,Initial update "
                "(November 2024),Status\n"
                "7,\"By 27 March 2025, seek changes.\",Live.,Complete,Drafted.,Not started\n"),
      "t.csv");
  REQUIRE(paired.ok);
  const std::vector<Update>& two = paired.plan.recommendations.at(0).updates;
  REQUIRE(two.size() == 2);
  CHECK(two[0].status == "Not started");
  CHECK(two[1].status == "Complete");
}

TEST_CASE("'12. By 27 March 2025, …' opens recommendation 12, but not inside an update") {
  LineShape numbered = classify_line("12. By 27 March 2025, take steps to assess risk.");
  REQUIRE(numbered.kind == LineKind::heading);
  CHECK(numbered.number == 12);
  CHECK(numbered.listed);
  CHECK(classify_line("12) By 27 March 2025, take steps.").number == 12);
  CHECK(classify_line("1. Introduction").kind == LineKind::section);
  // A PDF table's row: no mark after the number, or columns spaced apart.
  CHECK(classify_line("12 By 27 March 2025, take steps to").kind != LineKind::heading);
  CHECK(classify_line("7.  By 27 March 2025, seek      Force Crime      Change request").kind !=
        LineKind::heading);
  ImportedPlan p = parse_action_plan(
      "12. By 27 March 2025, take steps to assess risk.\nOwner: DCI A\n"
      "Update (10/03/2025): Our plan:\n1. By 31 March 2025, all officers will be trained.\n"
      "Status: In progress\n"
      "13. By 27 March 2025, consider an SPO.\nOwner: DCI B\n"
      "Update (10/03/2025): Guidance refreshed.\nStatus: Complete\n",
      "t.txt");
  REQUIRE(p.ok);
  REQUIRE(p.plan.recommendations.size() == 2);
  CHECK(p.plan.recommendations[0].id == 12);
  CHECK(p.plan.recommendations[0].updates.at(0).note.find("1. By 31 March 2025") !=
        std::string::npos);
  CHECK(p.plan.recommendations[1].id == 13);
  CHECK(p.plan.recommendations[1].text == "consider an SPO.");
}

TEST_CASE(
    "a 'Last updated' date beside a dated log repeats an entry's date, no update of its own") {
  ImportedPlan p = read_page(
      "<table><tr><th>Recommendation</th><th>Lead</th><th>Progress</th><th>Status</th>"
      "<th>Last updated</th></tr><tr><td>Recommendation 7: By 27 March 2025, seek changes.</td>"
      "<td>DCI A</td><td>11/11/2024 – Change requested.<br>03/03/2025 – Interim process "
      "live.</td><td>In progress</td><td>03/03/2025</td></tr></table>");
  REQUIRE(p.ok);
  CHECK(p.account.count(LineFate::not_understood) == 0);
  const std::vector<Update>& updates = p.plan.recommendations.at(0).updates;
  REQUIRE(updates.size() == 2);
  CHECK(updates[1].date.text == "2025-03-03");
  CHECK(updates[1].status == "In progress");
}

TEST_CASE("a key/value label repeated down its rows: one requirement per id") {
  ImportedPlan p = read_page(
      "<table><tr><td>Recommendation</td><td>20</td></tr>"
      "<tr><td>Text</td><td>By 27 March 2025, respond to online stalking.</td></tr>"
      "<tr><td rowspan=\"2\">Evidence requirements</td><td>20.1 Online stalking is "
      "understood.</td></tr><tr><td>20.4 Tools are procured.</td></tr>"
      "<tr><td>Owner</td><td>Head of Digital</td></tr></table>");
  REQUIRE(p.ok);
  const std::vector<Evidence>& evidence = p.plan.recommendations.at(0).evidence;
  REQUIRE(evidence.size() == 2);
  CHECK(evidence[0].id == "20.1");
  CHECK(evidence[0].text == "Online stalking is understood.");
  CHECK(evidence[1].id == "20.4");
  CHECK(evidence[1].text == "Tools are procured.");
}

TEST_CASE("status values: the percentage first, an icon before the word, a percent alone") {
  StatusValue first = parse_status_value("60% – In progress");
  CHECK(first.status == "In progress");
  CHECK(first.percent == 60);
  CHECK(parse_status_value("75% complete").status == "75% complete");  // no status word of its own
  CHECK(parse_status_value("\xE2\x9C\x94 Complete").status == "Complete");
  CHECK(parse_status_value("\xE2\x9A\xA0 Delayed").status == "Delayed");
  CHECK(parse_status_value("").status.empty());  // found by the fuzz target: no read past the end
  CHECK(parse_status_value("\xE2\x9C\x94").status.empty());
  // "Amber (60%)": the RAG colour; the percentage has no status to stand by,
  // so it is not written (the file would not be valid), and the import says so.
  ImportedPlan p = parse_action_plan(
      "Recommendation 7\nBy 27 March 2025, seek changes.\n"
      "Update (14/02/2025): Work continues.\nStatus: Amber (60%)\n",
      "t.txt");
  REQUIRE(p.ok);
  const Update& u = p.plan.recommendations.at(0).updates.at(0);
  CHECK(u.rag == "amber");
  CHECK_FALSE(u.percent);
  bool said = false;
  for (const Diagnostic& d : p.diagnostics.items())
    said =
        said || d.message.find("percentage in 'Amber (60%)' was not imported") != std::string::npos;
  CHECK(said);
}

TEST_CASE("recommendation numbers written 'No. 7', 'number 7', '#7', '7)' and '(7)'") {
  for (const char* text : {"Recommendation No. 7", "Recommendation number 7: Crime recording",
                           "Rec #7", "Recommendation No 7 – Crime recording"}) {
    INFO(text);
    LineShape shape = classify_line(text);
    REQUIRE(shape.kind == LineKind::heading);
    CHECK(shape.number == 7);
  }
  CHECK(classify_line("Recommendation number 7 was met.").kind == LineKind::paragraph);
  for (const char* cell : {"7)", "(7)", "No. 7"}) {
    INFO(cell);
    std::optional<int> number;
    std::string id;
    REQUIRE(read_number_cell(cell, number, id));
    CHECK(number == 7);
  }
  std::optional<int> number;
  std::string id;
  CHECK_FALSE(read_number_cell("(7", number, id));
}

TEST_CASE("a section's heading gives the recommendations under it their status") {
  ImportedPlan p = read_page(
      "<h2>Completed recommendations</h2>"
      "<h3>Recommendation 7</h3><p>By 27 March 2025, seek changes.</p>"
      "<p>Update (14/03/2025): Niche records them now.</p>"
      "<h2>Open recommendations</h2>"
      "<h3>Recommendation 10</h3><p>By 27 March 2025, review training.</p>"
      "<p>Update (14/03/2025): Analysis begun.</p>");
  REQUIRE(p.ok);
  REQUIRE(p.plan.recommendations.size() == 2);
  CHECK(p.plan.recommendations[0].updates.at(0).status == "Completed");
  CHECK(p.plan.recommendations[1].updates.at(0).status.empty());  // "Open" says no status
}

TEST_CASE("a PDF's line broken mid-sentence or mid-word reads on") {
  std::string text = "Mechanisms for identifying cases where";
  append_paragraph(text, "SPOs would be appropriate.");
  CHECK(text == "Mechanisms for identifying cases where SPOs would be appropriate.");
  std::string word = "The policy has been re-";
  append_paragraph(word, "written to reflect the APP.");
  CHECK(word == "The policy has been re-written to reflect the APP.");
  std::string ended = "The policy was approved.";
  append_paragraph(ended, "Training follows.");
  CHECK(ended == "The policy was approved.\n\nTraining follows.");
}

TEST_CASE("a 'Sub recommendation' column holding its number alone: the row is requirement 7.1") {
  ImportedPlan p =
      parse_action_plan_lines(csv_lines("Rec No.,Sub recommendation,Recommendation,Owner\n"
                                        "7,,\"By 27 March 2025, seek changes.\",Registrar\n"
                                        "7,1,Processes should be put in place.,Registrar\n"),
                              "t.csv");
  REQUIRE(p.ok);
  const Recommendation& rec = p.plan.recommendations.at(0);
  CHECK(rec.text == "seek changes.");
  REQUIRE(rec.evidence.size() == 1);
  CHECK(rec.evidence[0].id == "7.1");
  CHECK(rec.evidence[0].text == "Processes should be put in place.");
}

TEST_CASE("after a requirement with its own update, an owner line starts the recommendation's") {
  ImportedPlan p = parse_action_plan(
      "Recommendation 7\nBy 27 March 2025, seek changes.\n"
      "7.1 Processes should be put in place.\n"
      "Update (10/02/2025): Briefing issued. Status: Complete\n"
      "7.2 Alternative measures are in place.\nOwner: Force Crime Registrar\n"
      "Update (16/12/2024): Change requested. Status: In Progress\n"
      "Update (10/02/2025): Supplier accepted. Status: In Progress\n",
      "t.txt");
  REQUIRE(p.ok);
  const Recommendation& rec = p.plan.recommendations.at(0);
  CHECK(rec.evidence.at(0).updates.size() == 1);
  CHECK(rec.evidence.at(1).updates.empty());
  CHECK(rec.updates.size() == 2);  // both, not one to 7.2 and one to 7
}

TEST_CASE("a summary counting the recommendations by status is no recommendation") {
  ImportedPlan p = read_page(
      "<table><tr><th>Status</th><th>Number of recommendations</th></tr>"
      "<tr><td>Complete</td><td>2</td></tr><tr><td>In progress</td><td>3</td></tr>"
      "<tr><td>Total</td><td>5</td></tr></table>"
      "<h3>Recommendation 10</h3><p>By 27 March 2025, review training.</p>"
      "<p>Update (14/03/2025): Analysis begun. Status: In progress</p>");
  REQUIRE(p.ok);
  REQUIRE(p.plan.recommendations.size() == 1);  // not 2, 3 and 5 besides
  CHECK(p.plan.recommendations[0].id == 10);
  CHECK(p.account.count(LineFate::skipped) >= 4);
}

TEST_CASE("a page's print and download tools are furniture; 'Complete – BAU' is left to declare") {
  ImportedPlan p = read_page(
      "<div><a href=\"javascript:window.print()\">Print</a> <a hidden href=\"/plan.pdf\">Download "
      "PDF</a></div><p>Our stalking action plan.</p>"
      "<h3>Recommendation 10</h3><p>By 27 March 2025, review training.</p>"
      "<p>Update (14/03/2025): Training live. Status: Complete – BAU</p>");
  REQUIRE(p.ok);
  CHECK(p.plan.introduction == "Our stalking action plan.");
  CHECK(leading_word_meaning("Complete – BAU") == Category::complete);
  CHECK(leading_word_meaning("Complete (see 7.1)") == Category::complete);
  CHECK_FALSE(leading_word_meaning("Completely new approach"));
  // Its qualifier may change what it means ("Closed – not accepted"): the
  // analyst declares it; the message suggests its first word's meaning.
  auto at = std::find(p.plan.statuses.begin(), p.plan.statuses.end(), "Complete – BAU");
  REQUIRE(at != p.plan.statuses.end());
  CHECK_FALSE(p.plan.status_declared.at(size_t(at - p.plan.statuses.begin())));
  bool suggested = false;
  for (const Diagnostic& d : p.diagnostics.items())
    suggested = suggested || d.message.find("means: complete}") != std::string::npos;
  CHECK(suggested);
}

TEST_CASE("an undated note is dated as --undated-updates-as-of says, with no status made up") {
  ParseOptions options;
  options.undated_updates_as_of = parse_iso_date("2025-02-10");
  ImportedPlan p = parse_action_plan(
      "Recommendation 10\nBy 27 March 2025, review training.\nOwner: Head of People\n"
      "Progress: training needs analysis complete\n",
      "t.txt", options);
  REQUIRE(p.ok);
  CHECK(p.account.count(LineFate::not_understood) == 0);
  const Update& u = p.plan.recommendations.at(0).updates.at(0);
  CHECK(u.date.text == "2025-02-10");
  CHECK(u.status.empty());
  CHECK(u.note == "training needs analysis complete");
  // Without the option it is refused, as before: no date is made up.
  ImportedPlan refused = parse_action_plan(
      "Recommendation 10\nBy 27 March 2025, review training.\nOwner: Head of People\n"
      "Progress: training needs analysis complete\n",
      "t.txt");
  CHECK(refused.account.count(LineFate::not_understood) == 1);
}

TEST_CASE("a row of updates only, under a requirement's row, is the requirement's next update") {
  ImportedPlan p = read_page(
      "<table><tr><th>Ref</th><th>Recommendation / Evidence requirement</th><th>Owner</th>"
      "<th>Force Update</th><th>Date</th><th>Status</th></tr>"
      "<tr><td>7</td><td>By 27 March 2025, seek changes.</td><td>Registrar</td><td>Change "
      "requested.</td><td>11/11/2024</td><td>In Progress</td></tr>"
      "<tr><td>7.1</td><td>Processes are in place.</td><td></td><td>Training delivered.</td>"
      "<td>11/11/2024</td><td>In Progress</td></tr>"
      "<tr><td></td><td></td><td></td><td>Dip-sample shows 88%.</td><td>10/02/2025</td>"
      "<td>Complete</td></tr></table>");
  REQUIRE(p.ok);
  const Recommendation& rec = p.plan.recommendations.at(0);
  CHECK(rec.updates.size() == 1);  // not marked complete by 7.1's update
  REQUIRE(rec.evidence.size() == 1);
  REQUIRE(rec.evidence[0].updates.size() == 2);
  CHECK(rec.evidence[0].updates[1].status == "Complete");
}

TEST_CASE("a heading over two recommendations is a section, not the first one's title") {
  ImportedPlan p = read_page(
      "<h2>Action plan</h2>"
      "<p>By 27 March 2025, where required, seek changes to crime recording systems.</p>"
      "<p>7.1 - Evidence requirements of progress/completion: Processes are in place.</p>"
      "<p>By 27 March 2025, implement a mechanism for early screening of crimes.</p>"
      "<p>23.1 - Evidence requirements of progress/completion: Screening is considered.</p>");
  REQUIRE(p.ok);
  REQUIRE(p.plan.recommendations.size() == 2);
  CHECK(p.plan.recommendations[0].title.empty());
  // Over one recommendation's text and requirements, it is its title.
  ImportedPlan one = read_page(
      "<h2>Improving how we record stalking crimes</h2>"
      "<p>7.1 Processes should be put in place.</p><p>7.2 Alternative measures.</p>"
      "<h2>Training our officers</h2><p>10.1 Meets the learning outcomes.</p>");
  REQUIRE(one.ok);
  CHECK(one.plan.recommendations.at(0).title == "Improving how we record stalking crimes");
}

TEST_CASE("GOV.UK pages: Change links, accordion controls and the feedback form are furniture") {
  ImportedPlan p = read_page(
      "<div class=\"govuk-accordion__controls\"><button>Show all sections</button></div>"
      "<h2><button><span>Recommendation 10</span><span class=\"govuk-visually-hidden\">, "
      "</span><span>Training on stalking</span><span class=\"govuk-visually-hidden\">, </span>"
      "<span class=\"govuk-accordion__section-toggle\">Hide this section</span></button></h2>"
      "<p>By 27 March 2025, review training.</p>"
      "<dl class=\"govuk-summary-list\"><div><dt>Owner</dt><dd>Head of Learning</dd>"
      "<dd class=\"govuk-summary-list__actions\"><a href=\"/p/10/owner\">Change</a></dd></div>"
      "<div><dt>Status</dt><dd>Complete</dd><dd class=\"govuk-summary-list__actions\"></dd>"
      "</div></dl>"
      "<h2>Was this page helpful?</h2><form action=\"/feedback\"><label>Yes</label>"
      "<label>No</label></form>");
  REQUIRE(p.ok);
  const Recommendation& rec = p.plan.recommendations.at(0);
  CHECK(rec.title == "Training on stalking");
  CHECK(rec.owner == "Head of Learning");  // no Change link, no blank paragraph after it

  // The copied page: the button's words, and the form's answers a line each.
  ImportedPlan copied = parse_action_plan(
      "Show all sections\nRecommendation 10, Training on stalking, Hide this section\n"
      "By 27 March 2025, review training.\nOwner: Head of Learning\n"
      "Was this page helpful?\nYes\nNo\nSend feedback\n",
      "t.txt");
  REQUIRE(copied.ok);
  CHECK(copied.plan.recommendations.at(0).title == "Training on stalking");
  CHECK(copied.account.count(LineFate::not_understood) == 0);
  // After a comma, a sentence is no heading's title.
  CHECK(classify_line("Recommendation 7, which asked forces to change systems, is met.").kind !=
        LineKind::heading);
}

TEST_CASE("an article's own header is read; an owner beside the page's date is the owner") {
  ImportedPlan p = read_page(
      "<article><header><h2>Recommendation 11</h2>"
      "<p>Lead: Head of Performance \xC2\xB7 Last updated 14 March 2025</p></header>"
      "<p>By 27 March 2025, understand stalking.</p>"
      "<footer><p>Update (14/03/2025): Profile done.</p><p>Status: Complete</p></footer>"
      "</article>");
  REQUIRE(p.ok);
  const Recommendation& rec = p.plan.recommendations.at(0);
  CHECK(rec.owner == "Head of Performance");
  CHECK(rec.text == "understand stalking.");
  REQUIRE(rec.updates.size() == 1);
  CHECK(rec.updates[0].status == "Complete");

  // Another field beside the owner has no place there: refused, not lost.
  ImportedPlan beside = parse_action_plan(
      "Recommendation 28\nLead: Chief of Staff \xC2\xB7 Status: Complete\n"
      "By 22 November 2024, publish a plan.\n",
      "t.txt");
  CHECK(beside.account.count(LineFate::not_understood) > 0);
}

TEST_CASE("a Progress cell of a percentage only, and Comments beside the Update") {
  ImportedPlan p = parse_action_plan(
      "No.\tRecommendation\tDate\tUpdate\tProgress\tComments\n"
      "7\tBy 27 March 2025, seek changes.\t14/01/2025\tSupplier engaged.\t40%\tDelayed by "
      "the supplier.\n"
      "10\tBy 27 March 2025, review training.\t14/01/2025\tCourse live.\t100%\tNone.\n",
      "t.txt");
  REQUIRE(p.ok);
  const Recommendation& seven = p.plan.recommendations.at(0);
  REQUIRE(seven.updates.size() == 1);
  // No status word on the page: the percentage is not imported, and a warning says so.
  CHECK(seven.updates[0].percent == std::nullopt);
  CHECK(seven.updates[0].note == "Supplier engaged.\n\nDelayed by the supplier.");
  CHECK(p.plan.recommendations.at(1).updates.at(0).note == "Course live.");
  bool warned = false;
  for (const Diagnostic& d : p.diagnostics.items())
    warned = warned || d.message.find("'40%'") != std::string::npos;
  CHECK(warned);
}

TEST_CASE("updates given to the month, newest first, are written oldest first") {
  ImportedPlan p = parse_action_plan(
      "Recommendation 23\nBy 27 March 2025, screen crimes.\n"
      "Update (June 2025): Screening embedded.\nStatus: Complete\n"
      "Update (January 2025): Screening piloted.\nStatus: In progress\n",
      "t.txt");
  REQUIRE(p.ok);
  const auto& updates = p.plan.recommendations.at(0).updates;
  REQUIRE(updates.size() == 2);
  CHECK(updates[0].date.text == "2025-01");
  CHECK(updates[1].date.text == "2025-06");
  CHECK(updates[1].status == "Complete");  // the latest status is the page's latest
}

TEST_CASE("a sub-part labelled 7a is written as evidence requirement 7.1, with a note") {
  ImportedPlan p = read_page(
      "<h2>Recommendation 7</h2><p>By 27 March 2025, seek changes.</p>"
      "<h3>7a</h3><p>Processes are in place.</p><h3>7(b)</h3><p>Measures are pending.</p>");
  REQUIRE(p.ok);
  const Recommendation& rec = p.plan.recommendations.at(0);
  CHECK(rec.text == "seek changes.");  // the parts are not glued into the text
  REQUIRE(rec.evidence.size() == 2);
  CHECK(rec.evidence[0].id == "7.1");
  CHECK(rec.evidence[0].text == "Processes are in place.");
  CHECK(rec.evidence[1].id == "7.2");
  bool noted = false;
  for (const std::string& n : p.notes) noted = noted || n.find("'7a'") != std::string::npos;
  CHECK(noted);
}

TEST_CASE(
    "an update spanning a recommendation's rows is said once; a date spanning several dates each") {
  ImportedPlan once = read_page(
      "<table><tr><th>Rec No.</th><th>Recommendation</th><th>Evidence requirements</th>"
      "<th>Update (March 2025)</th><th>Status</th></tr>"
      "<tr><td rowspan=\"2\">20</td><td rowspan=\"2\">By 27 March 2025, tackle online stalking."
      "</td><td>20.1 The scale is understood.</td><td rowspan=\"2\">Training written.</td>"
      "<td rowspan=\"2\">In progress</td></tr>"
      "<tr><td>20.2 Examples are in training.</td></tr></table>");
  REQUIRE(once.ok);
  const Recommendation& rec = once.plan.recommendations.at(0);
  REQUIRE(rec.evidence.size() == 2);
  size_t updates = rec.updates.size();
  for (const Evidence& e : rec.evidence) updates += e.updates.size();
  CHECK(updates == 1);

  ImportedPlan each = read_page(
      "<table><tr><th>No.</th><th>Recommendation</th><th>Date of update</th><th>Update</th>"
      "<th>Status</th></tr>"
      "<tr><td>12</td><td>By 27 March 2025, assess risk.</td><td rowspan=\"2\">28/02/2025</td>"
      "<td>Tool live.</td><td>Complete</td></tr>"
      "<tr><td>13</td><td>By 27 March 2025, consider SPOs.</td><td>Guidance drafted.</td>"
      "<td>In progress</td></tr></table>");
  REQUIRE(each.ok);
  CHECK(each.plan.recommendations.at(1).updates.at(0).date.text == "2025-02-28");
}

TEST_CASE("a card's badge under its update is the update's status and RAG") {
  ImportedPlan p = read_page(
      "<div class=\"card\"><h3>Recommendation 1</h3><p>By 31 March 2025, review risk.</p>"
      "<p>Owner: Area Manager</p><p><strong>Progress update (June 2025):</strong> Re-baselined."
      "</p><span class=\"badge\">Blue - complete</span></div>");
  REQUIRE(p.ok);
  const Update& u = p.plan.recommendations.at(0).updates.at(0);
  CHECK(u.note == "Re-baselined.");
  CHECK(u.status == "complete");
  CHECK(u.rag == "blue");

  // Under a log written newest first, the badge's update is not known: refused.
  ImportedPlan log = parse_action_plan(
      "Recommendation 2\nBy 31 March 2025, train staff.\n"
      "Update – 14/02/2025: 95% trained.\nUpdate – 10/11/2024: Launched.\nComplete\n",
      "t.txt");
  CHECK(log.account.count(LineFate::not_understood) == 1);
}

TEST_CASE("roman numerals and other inspectorates' words number a heading") {
  CHECK(classify_line("Recommendation vii").number == 7);
  CHECK(classify_line("Recommendation XIV: Victims").number == 14);
  CHECK(classify_line("Area for improvement 3").number == 3);
  CHECK(classify_line("AFI 4").number == 4);
  CHECK(classify_line("Must do 1").kind == LineKind::heading);
  // Not numerals: mixed case, a spelling no numeral has, a word.
  CHECK(classify_line("Recommendation Vi").kind != LineKind::heading);
  CHECK(classify_line("Recommendation iiii").kind != LineKind::heading);
  CHECK(classify_line("Recommendation in full").kind != LineKind::heading);
}

TEST_CASE("a list in a cell keeps its items as paragraphs, never one run-on line") {
  ImportedPlan p = read_page(
      "<table><tr><th>No.</th><th>Recommendation</th><th>Owner</th></tr>"
      "<tr><td>11</td><td><p>By 27 March 2025, understand stalking, including:</p>"
      "<ul><li>a stalking problem profile</li><li>regular audits of the force response</li>"
      "</ul></td><td>Head of Analysis</td></tr></table>");
  REQUIRE(p.ok);
  CHECK(p.plan.recommendations.at(0).text ==
        "understand stalking, including:\n\na stalking problem profile\n\nregular audits of the "
        "force response");
}

TEST_CASE("a key to the colours is furniture; a RAG line after the status is the same update's") {
  ImportedPlan p = parse_action_plan(
      "Colour key\nColour\tMeaning\nRed\tNot started or at risk\nAmber\tIn progress with some "
      "risk\nGreen\tComplete or on track\n"
      "Recommendation 14\nBy 27 March 2025, support victims.\n"
      "Update (January 2025): Programme scoped.\nStatus: In progress\nRAG: Amber\n"
      "Tell us how we can improve this page (optional)\nDo not include personal information.\n"
      "Submit\n",
      "t.txt");
  REQUIRE(p.ok);
  CHECK(p.account.count(LineFate::not_understood) == 0);
  const auto& updates = p.plan.recommendations.at(0).updates;
  REQUIRE(updates.size() == 1);
  CHECK(updates[0].status == "In progress");
  CHECK(updates[0].rag == "amber");
}

TEST_CASE("a text cut short behind 'Show more' is refused, not imported as the whole") {
  ImportedPlan p = parse_action_plan(
      "Recommendation 7\nBy 27 March 2025, seek changes to their systems\xE2\x80\xA6 Show more\n"
      "Show more updates\n",
      "t.txt");
  REQUIRE(p.account.lines.size() >= 3);
  CHECK(p.account.lines[1].fate == LineFate::not_understood);
  CHECK(p.account.lines[2].fate == LineFate::skipped);
}
