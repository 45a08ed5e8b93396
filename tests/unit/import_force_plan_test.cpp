// The force's own plan as import reads it: the column names of actions,
// targets, RAG and responses; an action's target cell (a day, a month, a
// word, a revision); action ids; status words whose meaning is their word.
#include <catch2/catch.hpp>

#include "import/assemble/row_record.h"
#include "import/fields/action_target.h"
#include "import/fields/column_roles.h"
#include "model/status_words.h"

using namespace plan;

TEST_CASE("vocabulary: the force's plan columns by their many names") {
  for (const char* h : {"What we will do", "Planned action", "Planned actions", "Changes we pledge",
                        "Proposed actions", "Actions to be taken"})
    CHECK(column_role(h).kind == Column::action);
  for (const char* h : {"Target date", "Target", "Target completion date"})
    CHECK(column_role(h).kind == Column::target);
  for (const char* h : {"RAG", "RAG status", "RAG rating", "R.A.G."})
    CHECK(column_role(h).kind == Column::rag);
  CHECK(column_role("Our response").kind == Column::response);
  CHECK(column_role("Initial action plan response").kind == Column::response);
  ColumnRole initial = column_role("Initial response 21st November 2024");
  CHECK(initial.kind == Column::response);
  REQUIRE(initial.date);
  CHECK(initial.date->value);
  // Unchanged: the words forces used before.
  CHECK(column_role("Lead").kind == Column::owner);
  CHECK(column_role("Rec No.").kind == Column::number);
  CHECK(column_role("Recomendation").kind == Column::text);
  CHECK(column_role("Sub recommendation").kind == Column::evidence);
  ColumnRole jan = column_role("Update (Jan 2025)");
  CHECK(jan.kind == Column::update);
  REQUIRE(jan.date);
  CHECK(jan.date->month);
}

TEST_CASE("RAG colours, and only colours") {
  CHECK(cell_rag_colour("Green") == "green");
  CHECK(cell_rag_colour(" AMBER ") == "amber");
  CHECK(cell_rag_colour("R") == "red");
  CHECK(cell_rag_colour("Blue") == "blue");
  CHECK(cell_rag_colour("In progress").empty());
  CHECK(cell_rag_colour("Greenish").empty());
}

TEST_CASE("an action's target cell") {
  SECTION("a day") {
    Action a;
    TargetReading r = read_action_target(a, "31/03/2025", 4);
    CHECK(a.target.text == "2025-03-31");
    CHECK(a.target.pos.line == 4);
    CHECK_FALSE(r.revised);
  }
  SECTION("a month keeps month precision") {
    Action a;
    read_action_target(a, "January 2025", 4);
    CHECK(a.target.text == "2025-01");
    CHECK(a.target.month);
    CHECK_FALSE(a.target.value);
  }
  SECTION("a word is a note, not a date") {
    Action a;
    read_action_target(a, "Ongoing", 4);
    CHECK_FALSE(a.target.present());
    CHECK(a.target_note == "Ongoing");
  }
  SECTION("a revised date is a revision, with no reason invented") {
    Action a;
    TargetReading r = read_action_target(a, "31/03/2025 revised to 30/06/2025", 4);
    CHECK(r.revised);
    CHECK(a.target.text == "2025-03-31");
    REQUIRE(a.revisions.size() == 1);
    CHECK(a.revisions[0].target.text == "2025-06-30");
    CHECK(a.revisions[0].reason.empty());
    CHECK_FALSE(a.revisions[0].decided.present());
  }
  SECTION("'was' names the first target whatever its place") {
    Action a;
    read_action_target(a, "30/06/2025 (was 31/03/2025)", 4);
    CHECK(a.target.text == "2025-03-31");
    REQUIRE(a.revisions.size() == 1);
    CHECK(a.revisions[0].target.text == "2025-06-30");
  }
  SECTION("a date that is no real date is kept as written and said") {
    Action a;
    TargetReading r = read_action_target(a, "31/02/2025", 4);
    CHECK(r.unreadable == "31/02/2025");
    CHECK(a.target_note == "31/02/2025");
    CHECK_FALSE(a.target.present());
  }
}

TEST_CASE("action ids: the parent's id and letters") {
  CHECK(action_id("7", 0) == "7a");
  CHECK(action_id("7", 25) == "7z");
  CHECK(action_id("7", 26) == "7aa");
  CHECK(action_id("7.1", 1) == "7.1b");
  Recommendation rec;
  rec.id = 12;
  rec.actions.resize(2);
  rec.evidence.resize(1);
  rec.evidence[0].id = "12.1";
  rec.evidence[0].actions.resize(1);
  number_actions(rec);
  CHECK(rec.actions[1].id == "12b");
  CHECK(rec.evidence[0].actions[0].id == "12.1a");
}

TEST_CASE("status words whose meaning is their word") {
  CHECK(status_word_meaning("Action complete") == Category::complete);
  CHECK(status_word_meaning("Closed") == Category::complete);
  CHECK(status_word_meaning("Not yet started") == Category::not_started);
  CHECK(status_word_meaning("N/A") == Category::not_applicable);
  CHECK(status_word_meaning("Ongoing") == Category::in_progress);
  CHECK_FALSE(status_word_meaning("Green"));         // a RAG colour, never a status
  CHECK_FALSE(status_word_meaning("Under review"));  // the word does not say
}
