// plan import's matching of a page's recommendation to the report by its
// words: every recommendation of the stalking report found from a paraphrase,
// and near-duplicate recommendations not guessed between.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "import/match/match_report.h"
#include "load/report_loader.h"

using namespace plan;

namespace {

const Report& stalking_report() {
  static const LoadedReport loaded =
      load_report(PLAN_SOURCE_DIR "/reports/police-response-to-stalking.yaml", "report.yaml");
  return loaded.report;
}

}  // namespace

TEST_CASE("import: the issue's paraphrase of recommendation 7 matches it", "[import]") {
  TextMatch m = match_recommendation_text(
      stalking_report(),
      "request changes to crime recording systems so staff and officers can record, and later "
      "search for, offences that were not logged as the principal crime");
  CHECK(m.id == 7);
  CHECK(m.clear);
  CHECK(m.score - m.runner_up >= match_margin);
}

TEST_CASE("import: a force's paraphrase of each recommendation matches it", "[import]") {
  // Written as forces rewrite them: words dropped, clauses reordered,
  // synonyms, "we will" for "chief constables should".
  const std::pair<int, const char*> paraphrases[] = {
      {7,
       "Where needed, we will change our crime recording systems so officers and staff can "
       "record and search for offences that are not the principal crime"},
      {10,
       "Review and update our training and learning on stalking, and review our policies "
       "and practice in line with the super-complaint findings"},
      {11,
       "Put mechanisms in place to understand the scale and types of stalking behaviour in "
       "the force and how effective our response is"},
      {12,
       "Make risk identification, assessment and management effective in stalking cases "
       "and in breaches of orders"},
      {13,
       "Consider a stalking protection order (SPO) in every stalking case and apply for "
       "one where appropriate to prevent harm"},
      {14,
       "Stalking victims get their rights under the Victims' Code and can access support "
       "services"},
      {16,
       "Review commissioning arrangements with the PCC so that information is shared with "
       "services that support stalking victims"},
      {17,
       "Reflect the College of Policing's new investigations APP on case allocation in our "
       "allocation policies for stalking and breach of order cases"},
      {18,
       "Improve the quality of stalking investigations: victim centred, suspect focused, "
       "context led"},
      {20, "Improve how we recognise and respond to the online elements of stalking"},
      {22,
       "Use the NPCC lead's information to consider whether dedicated stalking officers, "
       "staff or subject matter experts would add value to our response"},
      {23,
       "Introduce early screening of crimes so that stalking cases are better identified, "
       "recorded and managed"},
      {25,
       "Work with partners to improve our contribution to a multi-agency response to "
       "stalking"},
      {27,
       "Write to HMICFRS, the IOPC and the College of Policing with our response, through "
       "the NPCC"},
      {28,
       "Publish an action plan on our website explaining what we will do about each "
       "recommendation, and send the NPCC the link"}};
  for (const auto& [id, text] : paraphrases) {
    TextMatch m = match_recommendation_text(stalking_report(), text);
    INFO(text << "\nbest " << m.id << " at " << m.score << ", next " << m.runner_up_id << " at "
              << m.runner_up);
    CHECK(m.id == id);
    CHECK(m.clear);
  }
}

TEST_CASE("import: each recommendation's own text, cut about, still matches it", "[import]") {
  // Every third word dropped, the second half of the words put first, and
  // synonyms a force might use swapped in.
  const std::map<std::string, std::string> synonyms = {
      {"crime", "offence"},   {"crimes", "offences"},   {"review", "examine"},
      {"recorded", "logged"}, {"recording", "logging"}, {"changes", "amendments"},
      {"improve", "better"},  {"victims", "survivors"}};
  for (const ReportRecommendation& r : stalking_report().recommendations) {
    std::string first = r.text.substr(0, r.text.find("\n\n"));
    std::vector<std::string> words;
    std::istringstream in(first);
    int n = 0;
    for (std::string w; in >> w; ++n) {
      if (n % 3 == 2) continue;
      w.erase(std::remove_if(w.begin(), w.end(), [](char c) { return c == ',' || c == '.'; }),
              w.end());
      auto swap = synonyms.find(w);
      words.push_back(swap == synonyms.end() ? w : swap->second);
    }
    std::rotate(words.begin(), words.begin() + long(words.size() / 2), words.end());
    std::string text;
    for (const std::string& w : words) text += w + " ";
    TextMatch m = match_recommendation_text(stalking_report(), text);
    INFO(text << "\nbest " << m.id << " at " << m.score << ", next " << m.runner_up_id << " at "
              << m.runner_up);
    CHECK(m.id == r.id);
    CHECK(m.clear);
  }
}

TEST_CASE("import: near-duplicate recommendations are not guessed between", "[import]") {
  Report report;
  auto add = [&](int id, const char* text) {
    ReportRecommendation r;
    r.id = id;
    r.text = text;
    report.recommendations.push_back(r);
  };
  add(1, "review and update stalking training for call handlers and response officers");
  add(2, "review and update stalking training for investigators and supervisors");
  add(3, "publish an action plan on the force website");
  TextMatch m = match_recommendation_text(report, "Review and update our stalking training");
  CHECK_FALSE(m.clear);
  CHECK(((m.id == 1 && m.runner_up_id == 2) || (m.id == 2 && m.runner_up_id == 1)));
  // The words that tell them apart decide.
  TextMatch investigators =
      match_recommendation_text(report, "Update the stalking training our investigators get");
  CHECK(investigators.id == 2);
  CHECK(investigators.clear);
  CHECK_FALSE(match_recommendation_text(report, "repaint the station car park").clear);
}

TEST_CASE("import: evidence ids under an unnumbered heading number it", "[import]") {
  // The paraphrase, which the words alone might not place, and the
  // evidence ids 7.1 and 7.2 right under it, which do.
  ImportedPlan imported;
  imported.ok = true;
  for (int l = 1; l <= 3; ++l) imported.account.set(l, LineFate::taken, "");
  UnnumberedRecommendation u;
  u.first_line = 1;
  u.last_line = 3;
  u.rec.id_pos = {1, 1};
  u.rec.text = "Crime recording: what we are doing";
  for (const char* id : {"7.1", "7.2"}) {
    Evidence ev;
    ev.id = id;
    ev.id_pos = ev.text_pos = {id[2] == '1' ? 2 : 3, 1};
    ev.text = "As the report says";
    u.rec.evidence.push_back(ev);
  }
  imported.unnumbered.push_back(u);
  ReportMatchOutcome out =
      match_to_report(imported, stalking_report(), "Chief constables", "page.txt");
  REQUIRE(imported.plan.recommendations.size() == 1);
  CHECK(imported.plan.recommendations[0].id == 7);
  REQUIRE_FALSE(out.notes.empty());
  CHECK(out.notes[0].find("numbered 7 by its evidence requirements 7.1 and 7.2") !=
        std::string::npos);
  CHECK(imported.account.lines[0].fate == LineFate::taken);
}
