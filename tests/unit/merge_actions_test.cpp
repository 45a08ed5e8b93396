// The merge driver and the force's actions (docs/force-plan.md): two analysts
// appending updates to the same or different actions, or adding different
// actions, merge cleanly; conflicting edits to one action's fields conflict.
#include <catch2/catch.hpp>

#include "merge/merge_plan_file.h"

using namespace plan;

namespace {

const std::string head =
    "id: 7\n"
    "deadline: 2025-03-27\n"
    "text: seek changes\n"
    "actions:\n"
    "  - id: 7a\n"
    "    text: Change the system.\n"
    "    lead: Head of Crime Recording\n"
    "    target: 2025-03-31\n"
    "    updates:\n"
    "      - date: 2024-12\n"
    "        status: In Progress\n";
const std::string action_b =
    "  - id: 7b\n"
    "    text: Audit a sample.\n"
    "    target_note: Ongoing\n";
const std::string tail =
    "evidence:\n"
    "  - id: \"7.1\"\n"
    "    text: brief officers\n";

const std::string base = head + action_b + tail;

// An update appended to action 7a (after its last update) or to 7b.
std::string update_7a(const std::string& text, const std::string& date, const std::string& note) {
  std::string at = "        status: In Progress\n";
  std::string out = text;
  size_t p = out.find(action_b);
  out.insert(
      p, "      - date: " + date + "\n        status: In Progress\n        note: " + note + "\n");
  (void)at;
  return out;
}

std::string update_7b(const std::string& text, const std::string& date, const std::string& note) {
  std::string out = text;
  size_t p = out.find(tail);
  out.insert(p, "    updates:\n      - date: " + date +
                    "\n        status: Complete\n        note: " + note + "\n");
  return out;
}

std::string with_action(const std::string& text, const std::string& id, const std::string& what) {
  std::string out = text;
  out.insert(out.find(tail), "  - id: " + id + "\n    text: " + what + "\n");
  return out;
}

}  // namespace

TEST_CASE("merge: updates appended to the same action on both sides are both kept, by date") {
  std::string ours = update_7a(base, "2025-02", "ours");
  std::string theirs = update_7a(base, "2025-02-10", "theirs");
  PlanFileMerge m = merge_plan_file(base, ours, theirs, {});
  CHECK(m.structured);
  CHECK(m.conflicts == 0);
  CHECK(m.updates_combined == 1);
  // A month stands for its last day: 10 February comes before "February 2025".
  CHECK(m.text == update_7a(update_7a(base, "2025-02-10", "theirs"), "2025-02", "ours"));
}

TEST_CASE("merge: updates to different actions merge as they are") {
  std::string ours = update_7a(base, "2025-02-01", "ours");
  std::string theirs = update_7b(base, "2025-02-03", "theirs");
  PlanFileMerge m = merge_plan_file(base, ours, theirs, {});
  CHECK(m.conflicts == 0);
  CHECK(m.text == update_7b(update_7a(base, "2025-02-01", "ours"), "2025-02-03", "theirs"));
}

TEST_CASE("merge: different actions added on both sides are both kept, ours first") {
  std::string ours = with_action(base, "7c", "Train staff.");
  std::string theirs = with_action(base, "7d", "Write guidance.");
  PlanFileMerge m = merge_plan_file(base, ours, theirs, {});
  CHECK(m.conflicts == 0);
  CHECK(m.text == with_action(with_action(base, "7c", "Train staff."), "7d", "Write guidance."));
  // The same action added on both sides is kept once.
  m = merge_plan_file(base, ours, ours, {});
  CHECK(m.text == ours);
}

TEST_CASE("merge: actions added and updates appended on both sides at once") {
  std::string ours = with_action(update_7a(base, "2025-02-01", "ours"), "7c", "Train staff.");
  std::string theirs =
      with_action(update_7a(base, "2025-02-03", "theirs"), "7d", "Write guidance.");
  PlanFileMerge m = merge_plan_file(base, ours, theirs, {});
  CHECK(m.conflicts == 0);
  CHECK(m.text == with_action(with_action(update_7a(update_7a(base, "2025-02-01", "ours"),
                                                    "2025-02-03", "theirs"),
                                          "7c", "Train staff."),
                              "7d", "Write guidance."));
}

TEST_CASE("merge: two different actions under one id, or one field edited two ways, conflict") {
  std::string ours = with_action(base, "7c", "Train staff.");
  std::string theirs = with_action(base, "7c", "Write guidance.");
  PlanFileMerge m = merge_plan_file(base, ours, theirs, {});
  CHECK(m.conflicts == 1);
  CHECK(m.text.find("<<<<<<< ours\n    text: Train staff.\n=======\n    text: Write guidance.\n"
                    ">>>>>>> theirs\n") != std::string::npos);

  ours = base;
  theirs = base;
  ours.replace(ours.find("lead: Head of Crime Recording"), 29, "lead: Head of Crime");
  theirs.replace(theirs.find("lead: Head of Crime Recording"), 29, "lead: Crime Registrar");
  m = merge_plan_file(base, ours, theirs, {});
  CHECK(m.conflicts == 1);
  CHECK(m.text.find("<<<<<<< ours\n    lead: Head of Crime\n=======\n    lead: Crime Registrar\n"
                    ">>>>>>> theirs\n") != std::string::npos);
}
