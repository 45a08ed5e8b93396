// The plan-wide fields of an import: options, the publication date worked
// out from deadline notes, and placeholders that say what is missing.
#include <catch2/catch.hpp>

#include "import/fields/publication_date.h"
#include "import/write/plan_header.h"

using namespace plan;

namespace {

Recommendation with_deadline(int id, const char* date, const char* note, int line) {
  Recommendation r;
  r.id = id;
  r.deadline.value = parse_iso_date(date);
  r.deadline.text = date;
  r.deadline.pos.line = line;
  r.deadline_note = note;
  return r;
}

}  // namespace

TEST_CASE("the publication date is the one most deadline notes point back to") {
  Plan p;
  p.recommendations.push_back(with_deadline(27, "2024-11-22", "56 days from publication", 68));
  p.recommendations.push_back(with_deadline(28, "2025-11-22", "56 days from publication", 70));
  Milestone m;
  m.deadline.value = parse_iso_date("2025-03-27");
  m.deadline.pos.line = 71;
  m.deadline_note = "six months from publication";
  p.recommendations.back().milestones.push_back(m);
  PublishedEstimate e = estimate_published(p);
  REQUIRE(e.date);
  CHECK(format_iso(*e.date) == "2024-09-27");
  CHECK(e.agreeing_lines == std::vector<int>{68, 71});
  CHECK(e.disagreeing_lines == std::vector<int>{70});
}

TEST_CASE("no estimate from a tie, from no notes, or from a month-end that fits several dates") {
  Plan tie;
  tie.recommendations.push_back(with_deadline(1, "2024-11-22", "56 days from publication", 1));
  tie.recommendations.push_back(with_deadline(2, "2025-11-22", "56 days from publication", 2));
  CHECK_FALSE(estimate_published(tie).date);
  CHECK(estimate_published(tie).disagreeing_lines == std::vector<int>{1, 2});

  Plan none;
  none.recommendations.push_back(with_deadline(1, "2025-03-27", "", 1));
  none.recommendations.push_back(with_deadline(2, "2025-03-27", "when funding allows", 2));
  CHECK_FALSE(estimate_published(none).date);
  CHECK(estimate_published(none).disagreeing_lines.empty());

  // 28, 29, 30 and 31 August 2024 plus six months are all 28 February 2025.
  Plan clamped;
  clamped.recommendations.push_back(
      with_deadline(1, "2025-02-28", "six months from publication", 1));
  CHECK_FALSE(estimate_published(clamped).date);
}

TEST_CASE("options fill the header and leave nothing to say") {
  Plan p;
  p.recommendations.push_back(with_deadline(1, "2025-03-27", "", 1));
  HeaderOptions o{"Stalking Action Plan", "Cambridgeshire Constabulary",
                  parse_iso_date("2024-09-27"), "Chief Constables"};
  CHECK(fill_plan_header(p, o).empty());
  CHECK(p.title == "Stalking Action Plan");
  CHECK(p.organisation == "Cambridgeshire Constabulary");
  CHECK(p.published.text == "2024-09-27");
  CHECK(p.owner == "Chief Constables");
}

TEST_CASE("without options: placeholders, and a sentence for each") {
  Plan p;
  p.recommendations.push_back(with_deadline(1, "2025-03-27", "", 1));
  p.recommendations.push_back(with_deadline(2, "2025-03-27", "", 2));
  p.recommendations.back().owner = "Chief Constables";
  std::vector<std::string> notes = fill_plan_header(p, HeaderOptions{});
  CHECK(notes == std::vector<std::string>{
                     "title: not in the text; wrote 'Action plan title to be set': give --title "
                     "or edit plan.yaml",
                     "organisation: not in the text; wrote 'Organisation to be set': give "
                     "--organisation or edit plan.yaml",
                     "published: left out, as no deadline note such as '56 days from "
                     "publication' tells it; give --published YYYY-MM-DD so such notes can be "
                     "checked",
                     "owner: 1 of 2 recommendations names no owner and no default was given; give "
                     "--owner for the plan's default owner"});
  CHECK(p.title == placeholder_title);
  CHECK(p.organisation == placeholder_organisation);
  CHECK_FALSE(p.published.present());
  CHECK(p.owner.empty());
}
