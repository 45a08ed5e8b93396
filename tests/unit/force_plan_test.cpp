// The force's own plan (docs/force-plan.md): status meanings suggested from
// words, action ids, target histories, month dates, a status made of
// actions, and the minimal edits that add actions, revisions and updates.
#include <catch2/catch.hpp>

#include "check/load_checked.h"
#include "edit/insert_update.h"
#include "model/action_status.h"
#include "model/category.h"
#include "model/month.h"
#include "model/status_words.h"
#include "text/yaml_write.h"

using namespace plan;

namespace {

Recommendation load(const std::string& text) {
  Recommendation rec;
  Diagnostics ds;
  bool loaded = load_recommendation_text(text, "7.yaml", rec, ds);
  INFO((ds.items().empty() ? std::string() : full_message(ds.items().front())));
  REQUIRE(loaded);
  REQUIRE(ds.errors() == 0);
  return rec;
}

const char* const seven = R"(id: 7
deadline: 2025-03-27
text: do it
actions:
  - id: 7a
    text: change the system
    lead: Head of Crime Recording
    target: 2025-03-31
    revisions:
      - target: 2025-06-30
        decided: 2025-02-02
        reason: supplier delay
  - id: 7b
    text: brief the staff
    target: 2025-01
    updates:
      - date: 2025-01
        status: Complete
        rag: blue
updates: []
)";

}  // namespace

TEST_CASE("a status word's suggested meaning comes from the word", "[force-plan]") {
  CHECK(meaning_suggested_by("Action complete") == Category::complete);
  CHECK(meaning_suggested_by("Closed") == Category::complete);
  CHECK(meaning_suggested_by("Done") == Category::complete);
  CHECK(meaning_suggested_by("Completed") == Category::complete);
  CHECK(meaning_suggested_by("Not yet started") == Category::not_started);
  CHECK(meaning_suggested_by("N/A") == Category::not_applicable);
  CHECK(meaning_suggested_by("Not applicable") == Category::not_applicable);
  CHECK(meaning_suggested_by("Partially complete") == Category::in_progress);
  CHECK_FALSE(meaning_suggested_by("Green"));
  CHECK_FALSE(meaning_suggested_by("Paused"));
  CHECK(is_rag_word("Amber"));
  CHECK(is_rag_word("RAG: Red"));
  CHECK_FALSE(is_rag_word("Redacted"));
  CHECK(default_scale_meaning("In progress") == Category::in_progress);
  CHECK_FALSE(default_scale_meaning("Action complete"));
}

TEST_CASE("action ids take the next free letter", "[force-plan]") {
  std::vector<Action> actions;
  CHECK(next_action_id("7", actions) == "7a");
  for (int i = 0; i < 26; ++i) {
    Action a;
    a.id = next_action_id("7", actions);
    actions.push_back(a);
  }
  CHECK(actions[25].id == "7z");
  CHECK(next_action_id("7", actions) == "7aa");
  CHECK(next_action_id("7.1", {}) == "7.1a");
}

TEST_CASE("a target's history is told in words, and a month is its last day", "[force-plan]") {
  Recommendation rec = load(seven);
  REQUIRE(rec.actions.size() == 2);
  CHECK(target_history(rec.actions[0]) ==
        "target 31 March 2025, moved to 30 June 2025 on 2 February 2025: supplier delay");
  CHECK(format_iso(*day_of(rec.actions[1].target)) == "2025-01-31");
  Plan plan;
  // 7a runs to 30 June (its revision); 7b is complete.
  CHECK_FALSE(action_overdue(plan, rec.actions[0], *parse_iso_date("2025-04-01"), true));
  CHECK(action_overdue(plan, rec.actions[0], *parse_iso_date("2025-07-01"), true));
  CHECK_FALSE(action_overdue(plan, rec.actions[1], *parse_iso_date("2025-07-01"), true));
  CHECK(latest_rag(rec.actions[1].updates, true) == "blue");
}

TEST_CASE("a recommendation with no status of its own takes it from its actions", "[force-plan]") {
  Recommendation rec = load(seven);
  Plan plan;
  Progress p = progress_of(plan, rec, true);
  CHECK(p.status == "In Progress");  // 7b complete, 7a not started
  CHECK(status_from_actions(plan, rec, true));
  CHECK(p.month);  // the month-dated update counts
}

TEST_CASE("plan adds an action, a revision and an action's update as lines only", "[force-plan]") {
  std::string text = seven;
  UpdateEdit add = insert_entry(text, EntryPlace{"", "", "actions"}, [](int dash, int keys) {
    return std::string(size_t(dash), ' ') + "- id: 7c\n" + std::string(size_t(keys), ' ') +
           "text: audit\n";
  });
  REQUIRE(add.ok);
  CHECK(load(add.text).actions.size() == 3);
  CHECK(add.text.find("  - id: 7c\n    text: audit\nupdates: []") != std::string::npos);

  UpdateEdit rev = insert_entry(text, EntryPlace{"", "7a", "revisions"}, [](int dash, int keys) {
    return std::string(size_t(dash), ' ') + "- target: 2025-09-30\n" +
           std::string(size_t(keys), ' ') + "reason: again\n";
  });
  REQUIRE(rev.ok);
  Recommendation after = load(rev.text);
  REQUIRE(after.actions[0].revisions.size() == 2);
  CHECK(current_target(after.actions[0]).text == "2025-09-30");

  Update u;
  u.date.value = parse_iso_date("2025-02-10");
  u.status = "In Progress";
  u.rag = "amber";
  UpdateEdit up = insert_entry(text, EntryPlace{"", "7a", "updates"}, [&](int dash, int keys) {
    return yaml_update_entry(u, dash, keys);
  });
  REQUIRE(up.ok);
  after = load(up.text);
  REQUIRE(after.actions[0].updates.size() == 1);
  CHECK(after.actions[0].updates[0].rag == "amber");
  CHECK(after.updates.empty());
}
