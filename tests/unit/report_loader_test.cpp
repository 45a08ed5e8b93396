// The report file: the bundled stalking report loads as the sources give
// it, and a broken report file is reported compiler style.
#include "load/report_loader.h"

#include <catch2/catch.hpp>

using namespace plan;

namespace {
const std::string bundled =
    std::string(PLAN_SOURCE_DIR) + "/reports/police-response-to-stalking.yaml";

Diagnostics load_text(const std::string& text, Report& r) {
  Diagnostics ds;
  load_report_text(text, "r.yaml", r, ds);
  ds.sort();
  return ds;
}
const std::string head = "id: r-1\ntitle: A report\npublished: 2024-09-27\nrecommendations:\n";
}  // namespace

TEST_CASE("the bundled report: the 15 chief-constable recommendations, marked partial") {
  LoadedReport loaded = load_report(bundled, "reports/police-response-to-stalking.yaml");
  REQUIRE_FALSE(loaded.io_failed);
  INFO((loaded.diagnostics.empty() ? "" : loaded.diagnostics.items().front().message));
  REQUIRE(loaded.diagnostics.empty());
  const Report& r = loaded.report;
  CHECK(r.id == "police-response-to-stalking-2024");
  CHECK(r.title == "The police response to stalking");
  CHECK(r.publishers == std::vector<std::string>{"HMICFRS", "College of Policing", "IOPC"});
  CHECK(format_iso(*r.published.value) == "2024-09-27");
  CHECK(r.recommendation_count == 29);
  CHECK(r.partial);
  CHECK(r.partial_note.find("1-6, 8, 9, 15, 19, 21, 24, 26 and 29") != std::string::npos);
  CHECK(r.recommendations.size() == 15);
  CHECK(r.missing.size() == 14);
  CHECK(r.recommendations.size() + r.missing.size() == size_t(r.recommendation_count));
  int for_chiefs = 0, evidence = 0;
  for (const ReportRecommendation& rec : r.recommendations) {
    for_chiefs += addressed_to(rec, "chief constables");
    evidence += int(rec.evidence.size());
  }
  CHECK(for_chiefs == 15);
  CHECK(evidence == 39);  // as the seed's page numbers them

  const ReportRecommendation* r28 = find_recommendation(r, 28);
  REQUIRE(r28);
  CHECK(r28->deadline.text == "2024-11-22");  // the report's year, not the page's 2025
  CHECK(r28->deadline_note == "56 days from publication");
  REQUIRE(r28->milestones.size() == 1);
  CHECK(r28->milestones[0].deadline.text == "2025-03-27");
  REQUIRE(r28->evidence.size() == 1);
  CHECK(r28->evidence[0].text.empty());  // the sources give its number only

  const ReportRecommendation* r16 = find_recommendation(r, 16);
  REQUIRE(r16);
  CHECK(addressed_to(*r16, "Police and crime commissioners"));
  CHECK(addressed_to(*r16, "Chief Constables"));
  CHECK(find_recommendation(r, 15) == nullptr);
  CHECK(known_missing(r, 15));
  CHECK(find_recommendation(r, 7)->title.empty());  // no source gives the report's headings
}

TEST_CASE("a report file is checked by its schema, with lines") {
  Report r;
  Diagnostics ds = load_text(head + "  - id: 7\n    text: x\n    adressees: [A]\n", r);
  REQUIRE(ds.items().size() == 2);
  CHECK(ds.items()[0].rule == "missing-key");
  CHECK(ds.items()[0].message.find("'addressees'") != std::string::npos);
  CHECK(ds.items()[1].rule == "unknown-key");
  CHECK(ds.items()[1].line == 7);
  CHECK(full_message(ds.items()[1]) == "unknown key 'adressees'; did you mean 'addressees'?");
}

TEST_CASE("a report file: dates, numbers used once, evidence ids of their recommendation") {
  Report r;
  Diagnostics ds = load_text(head +
                                 "  - id: 7\n    addressees: [A]\n    deadline: 2025-02-30\n"
                                 "    text: x\n    evidence:\n      - id: \"8.1\"\n"
                                 "  - id: 7\n    addressees: [A]\n    text: y\n",
                             r);
  REQUIRE(ds.items().size() == 3);
  CHECK(ds.items()[0].rule == "date-invalid");
  CHECK(ds.items()[0].line == 7);
  CHECK(ds.items()[1].rule == "evidence-id-format");
  CHECK(ds.items()[1].line == 10);
  CHECK(ds.items()[2].rule == "id-unique");
  CHECK(ds.items()[2].line == 11);
}

TEST_CASE("an unreadable report file is an I/O failure with its path") {
  LoadedReport loaded = load_report("/nonexistent/r.yaml", "reports/r.yaml");
  CHECK(loaded.io_failed);
  REQUIRE(loaded.diagnostics.items().size() == 1);
  CHECK(loaded.diagnostics.items()[0].file == "reports/r.yaml");
  CHECK(loaded.diagnostics.items()[0].rule == "read-error");
}
