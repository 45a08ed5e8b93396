// The force's own plan on the page: its response, the "What we will do"
// table with each target's history, RAG in words, month dates written as
// months, and action updates in the latest list and the feed. The plan is
// built by hand, as the loader would fill it (docs/force-plan.md's example).
#include <catch2/catch.hpp>

#include "render/atom_feed.h"
#include "render/build_view.h"
#include "render/force_plan_view.h"
#include "render/page_template.h"

using namespace plan;

namespace {

DateField date(const std::string& text) {
  DateField d;
  d.text = text;
  d.pos = {1, 1};
  if (auto v = parse_iso_date(text)) d.value = *v;
  if (auto m = parse_iso_month(text)) d.month = *m;
  return d;
}

Update update(const std::string& when, const std::string& status, std::optional<int> percent,
              const std::string& rag, const std::string& note) {
  Update u;
  u.pos = {1, 1};
  u.date = date(when);
  u.status = status;
  u.percent = percent;
  u.rag = rag;
  u.note = note;
  return u;
}

// docs/force-plan.md's recommendation 7, with one more action that is complete.
Plan force_plan() {
  Plan p;
  p.title = "Stalking Action Plan";
  p.organisation = "Example Constabulary";
  Recommendation r;
  r.file = "plan/recommendations/7.yaml";
  r.id = 7;
  r.deadline = date("2025-03-27");
  r.text = "Seek changes to crime recording systems.";
  r.response.pos = {5, 3};
  r.response.position = Position::partially_accepted;
  r.response.position_text = "partially-accepted";
  r.response.label = "Accepted in part";
  r.response.date = date("2024-09");
  r.response.text =
      "We accept this recommendation. Our initial assessment is that we partially comply.";
  Action a;
  a.id = "7a";
  a.text = "Change the crime recording system to record included classifications.";
  a.lead = "Head of Crime Recording";
  a.target = date("2025-03-31");
  TargetRevision rev;
  rev.target = date("2025-06-30");
  rev.decided = date("2025-02-02");
  rev.reason = "supplier delay";
  a.revisions.push_back(rev);
  a.updates.push_back(
      update("2025-01", "In Progress", 25, "amber", "Supplier has the specification."));
  r.actions.push_back(a);
  Action b;
  b.id = "7b";
  b.text = "Audit a sample of crimes.";
  b.target_note = "Ongoing";
  r.actions.push_back(b);
  Evidence ev;
  ev.id = "7.1";
  ev.text = "Evidence of the change.";
  Action c;
  c.id = "7.1a";
  c.text = "Brief officers and staff on the new classifications.";
  c.lead = "Learning and Development";
  c.target = date("2025-04");
  c.updates.push_back(update("2025-01-15", "Complete", std::nullopt, "blue", ""));
  ev.actions.push_back(c);
  r.evidence.push_back(ev);
  r.updates.push_back(update("2025-01", "In Progress", std::nullopt, "green", ""));
  p.recommendations.push_back(r);
  return p;
}

Plan plain_plan() {
  Plan p = force_plan();
  Recommendation& r = p.recommendations[0];
  r.response = Response{};
  r.actions.clear();
  r.evidence[0].actions.clear();
  return p;
}

std::string render(const Plan& p, PageFormat f, const char* as_of = "2025-07-01") {
  RenderOptions o;
  o.format = f;
  return render_page(build_page_view(p, *parse_iso_date(as_of)), o);
}

bool contains(const std::string& s, const std::string& what) {
  return s.find(what) != std::string::npos;
}

}  // namespace

TEST_CASE("force plan view: response, actions, target history and RAG as the plan gives them") {
  PageView v = build_page_view(force_plan(), *parse_iso_date("2025-07-01"));
  const RecommendationView& r = v.recommendations.at(0);
  REQUIRE(r.response);
  CHECK(r.response->position == "Partially accepted");
  CHECK(r.response->label == "Accepted in part");
  REQUIRE(r.response->date);
  CHECK(r.response->date->text == "September 2024");  // a month, never an invented day
  CHECK(r.response->date->iso == "2024-09");

  REQUIRE(r.actions.size() == 3);
  const ActionView& a = r.actions[0];
  CHECK(a.id == "7a");
  CHECK(a.anchor == "action-7a");
  REQUIRE(a.target.current);
  CHECK(a.target.current->text == "30 June 2025");
  CHECK(a.target.history ==
        "target 31 March 2025, moved to 30 June 2025 on 2 February 2025: supplier delay");
  CHECK(a.status_label == "In Progress 25%");
  CHECK(a.state == "in-progress");
  REQUIRE(a.rag);
  CHECK(a.rag->word == "Amber");
  REQUIRE(a.updated);
  CHECK(a.updated->text == "January 2025");
  CHECK(a.overdue);  // 30 June 2025 has passed by 1 July 2025, and it is not complete

  const ActionView& b = r.actions[1];
  CHECK_FALSE(b.target.current);
  CHECK(b.target.note == "Ongoing");
  CHECK(b.target.history.empty());
  CHECK(b.status_label.empty());
  CHECK(b.state == "no-update");
  CHECK_FALSE(b.rag);
  CHECK_FALSE(b.overdue);  // no date to pass

  const ActionView& c = r.actions[2];
  CHECK(c.evidence_id == "7.1");
  CHECK(c.anchor == "action-7-1a");
  CHECK(c.target.current->text == "April 2025");
  CHECK(c.state == "complete");
  CHECK(c.rag->word == "Blue");
  CHECK_FALSE(c.overdue);  // complete
}

TEST_CASE("force plan view: a month target passes only after its last day") {
  Plan p = force_plan();
  Action& c = p.recommendations[0].evidence[0].actions[0];
  c.updates.clear();
  CHECK_FALSE(action_view(p, c, "7.1", *parse_iso_date("2025-04-30")).overdue);
  CHECK(action_view(p, c, "7.1", *parse_iso_date("2025-05-01")).overdue);
}

TEST_CASE("force plan view: a month-dated update sorts as the last day of its month") {
  PageView v = build_page_view(force_plan(), *parse_iso_date("2025-07-01"));
  // 2025-01 (the recommendation's and 7a's) after 2025-01-15 (7.1a's).
  REQUIRE(v.latest_updates.size() == 3);
  CHECK(v.latest_updates[0].date.text == "January 2025");
  CHECK(v.latest_updates[2].date.text == "15 January 2025");
  CHECK(v.latest_updates[2].about == "Action 7.1a");
  CHECK(v.latest_updates[2].anchor == "action-7-1a");
  REQUIRE(v.latest_update);
  CHECK(v.latest_update->text == "January 2025");
}

TEST_CASE("force plan page: HTML shows the response, the table and RAG in words") {
  std::string html = render(force_plan(), PageFormat::html);
  CHECK(contains(html, ">Our response</h3>"));
  CHECK(contains(html, "<dd>Accepted in part (Partially accepted)</dd>"));
  CHECK(contains(html, "<time datetime=\"2024-09\">September 2024</time>"));
  CHECK(contains(html, "<p>We accept this recommendation."));
  CHECK(contains(html, ">What we will do</h3>"));
  CHECK(contains(html,
                 "<th scope=\"col\">Action</th><th scope=\"col\">Lead</th>"
                 "<th scope=\"col\">Target</th><th scope=\"col\">Status</th>"));
  CHECK(contains(html, "<tr id=\"action-7a\">"));
  CHECK(contains(html, "<td data-label=\"Lead\">Head of Crime Recording</td>"));
  CHECK(contains(html, "<time datetime=\"2025-06-30\">30 June 2025</time>"));
  CHECK(contains(html,
                 "(target 31 March 2025, moved to 30 June 2025 on 2 February 2025: "
                 "supplier delay)"));
  CHECK(contains(html, "<span class=\"plan-rag plan-rag-amber\">RAG rating: Amber</span>"));
  CHECK(contains(html, "<td data-label=\"Target\">Ongoing</td>"));
  CHECK(contains(html, "No update published"));
  CHECK(contains(html, "(for evidence requirement 7.1)"));
  CHECK(contains(html, "<time datetime=\"2025-04\">April 2025</time>"));
  CHECK(contains(html, "<span class=\"plan-overdue\">Overdue</span>"));
  CHECK(contains(html, "<a href=\"#action-7a\">Action 7a</a>"));
  CHECK(contains(html, "Supplier has the specification."));
  // RAG is never drawn as a status.
  CHECK_FALSE(contains(html, "plan-status-amber"));
  CHECK_FALSE(contains(html, "plan-status plan-status-blue"));
  // No day is invented for a month.
  CHECK_FALSE(contains(html, "1 January 2025"));
  CHECK_FALSE(contains(html, "31 January 2025"));
}

TEST_CASE("force plan page: Markdown has the same facts, the table one row an action") {
  std::string md = render(force_plan(), PageFormat::markdown);
  CHECK(contains(md,
                 "\n### Our response\n\n**Position:** Accepted in part (Partially accepted) · "
                 "September 2024\n\nWe accept this recommendation."));
  CHECK(contains(md,
                 "\n### What we will do\n\n| Action | Lead | Target | Status |\n"
                 "| --- | --- | --- | --- |\n"));
  CHECK(contains(md,
                 "| **7a** Change the crime recording system to record included "
                 "classifications. | Head of Crime Recording | 30 June 2025 (target 31 March "
                 "2025, moved to 30 June 2025 on 2 February 2025: supplier delay) | In "
                 "Progress 25% · RAG rating: Amber · **Overdue** (updated January 2025) |\n"));
  CHECK(contains(md,
                 "| **7b** Audit a sample of crimes. | Not given | Ongoing | No update "
                 "published |\n"));
  CHECK(contains(md,
                 "#### Progress on each action\n\n- **Action 7a**\n\n  **January 2025: In "
                 "Progress 25%** · RAG rating: Amber\n\n  Supplier has the specification."));
  CHECK(contains(md, "#### January 2025: In Progress · RAG rating: Green"));
}

TEST_CASE("force plan page: nothing of it is shown when the plan gives none") {
  for (PageFormat f : {PageFormat::html, PageFormat::markdown}) {
    std::string page = render(plain_plan(), f);
    // (The HTML page's inline stylesheet names these parts; its markup must not have them.)
    CHECK_FALSE(contains(page, "Our response</h3>"));
    CHECK_FALSE(contains(page, "### Our response"));
    CHECK_FALSE(contains(page, "What we will do</h3>"));
    CHECK_FALSE(contains(page, "### What we will do"));
    CHECK_FALSE(contains(page, "Progress on each action"));
    CHECK_FALSE(contains(page, "<table class=\"plan-actions\">"));
  }
}

TEST_CASE("force plan page: the same plan and date give the same bytes") {
  CHECK(render(force_plan(), PageFormat::html) == render(force_plan(), PageFormat::html));
  CHECK(render(force_plan(), PageFormat::markdown) == render(force_plan(), PageFormat::markdown));
}

TEST_CASE("page: one recommendation reported reads in the singular") {
  std::string html = render(plain_plan(), PageFormat::html);
  CHECK(contains(html,
                 "The average recorded progress of the 1 recommendation with an update "
                 "published"));
  std::string md = render(plain_plan(), PageFormat::markdown);
  CHECK(contains(md,
                 "the average recorded progress of the 1 recommendation with an update "
                 "published"));
}

TEST_CASE("feed: action updates are entries, a month-dated one with an honest date") {
  PageView v = build_page_view(force_plan(), *parse_iso_date("2025-07-01"));
  std::string feed = render_atom_feed(v, "plan.html", "feed.xml");
  CHECK(contains(feed, "<title>Action 7a: In Progress 25% (recommendation 7)</title>"));
  CHECK(contains(feed, ":action-7a:update-2025-01-1</id>"));
  // A month stands for its last day (docs/force-plan.md); the text keeps the month.
  CHECK(contains(feed, "<published>2025-01-31T00:00:00Z</published>"));
  CHECK_FALSE(contains(feed, "2025-01T00"));
  CHECK(contains(feed, "January 2025: In Progress 25%, RAG rating: Amber"));
  CHECK(contains(feed, "Action 7a: Change the crime recording system"));
  CHECK(contains(feed, "<title>Action 7.1a: Complete (recommendation 7)</title>"));
  CHECK(contains(feed, "<updated>2025-01-31T00:00:00Z</updated>\n  <author>"));
}
