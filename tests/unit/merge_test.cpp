// The merge driver's text work: a plain diff3 line merge, and updates both
// sides appended to one list kept in date order, every other byte as written.
#include <catch2/catch.hpp>

#include "merge/merge_plan_file.h"
#include "text/line_merge.h"

using namespace plan;

namespace {

const std::string base =
    "# a comment\n"
    "id: 23\n"
    "owner: 'Chief Constables'\n"
    "deadline: 2025-03-27\n"
    "text: screen crimes\n"
    "evidence:\n"
    "  - id: \"23.1\"\n"
    "    text: consider screening\n"
    "updates:\n"
    "  - date: 2024-11-11\n"
    "    status: In Progress\n"
    "    note: |-\n"
    "      first\n";

std::string with_update(const std::string& text, const std::string& date, const std::string& note) {
  return text + "  - date: " + date + "\n    status: In Progress\n    note: " + note + "\n";
}

std::string crlf(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("line merge takes each side's change and marks clashes") {
  std::string b = "a\nb\nc\nd\n";
  auto r = merge_lines(b, "A\nb\nc\nd\n", "a\nb\nc\nD\n", {});
  CHECK(r.conflicts == 0);
  CHECK(r.text == "A\nb\nc\nD\n");
  r = merge_lines(b, "a\nX\nc\nd\n", "a\nY\nc\nd\n", {});
  CHECK(r.conflicts == 1);
  CHECK(r.text == "a\n<<<<<<< ours\nX\n=======\nY\n>>>>>>> theirs\nc\nd\n");
  CHECK(r.conflict_lines == std::vector<int>{2});
  r = merge_lines(b, "a\nX\nc\nd\n", "a\nX\nc\nd\n", {});
  CHECK(r.conflicts == 0);
  CHECK(r.text == "a\nX\nc\nd\n");
  // A last line without an ending stays so.
  r = merge_lines("a\nb", "a\nb", "z\na\nb", {});
  CHECK(r.text == "z\na\nb");
}

TEST_CASE("updates appended on both sides are both kept, in date order") {
  std::string ours = with_update(base, "2025-01-12", "ours");
  std::string theirs = with_update(base, "2025-01-10", "theirs");
  PlanFileMerge m = merge_plan_file(base, ours, theirs, {});
  CHECK(m.conflicts == 0);
  CHECK(m.updates_combined == 1);
  CHECK(m.text == with_update(with_update(base, "2025-01-10", "theirs"), "2025-01-12", "ours"));
}

TEST_CASE("on the same date ours comes first; the same update twice is kept once") {
  std::string ours = with_update(base, "2025-01-10", "ours");
  std::string theirs = with_update(base, "2025-01-10", "theirs");
  PlanFileMerge m = merge_plan_file(base, ours, theirs, {});
  CHECK(m.conflicts == 0);
  CHECK(m.text == with_update(ours, "2025-01-10", "theirs"));
  m = merge_plan_file(base, ours, ours, {});
  CHECK(m.text == ours);
  // Ours already has theirs' update and one more (a change picked twice).
  std::string more = with_update(ours, "2025-01-11", "more");
  m = merge_plan_file(base, more, ours, {});
  CHECK(m.conflicts == 0);
  CHECK(m.text == more);
  m = merge_plan_file(base, ours, more, {});
  CHECK(m.conflicts == 0);
  CHECK(m.text == more);
}

TEST_CASE("a new evidence updates list on both sides, with other edits elsewhere") {
  auto add_ev = [](std::string text, const std::string& note) {
    std::string at = "    text: consider screening\n";
    text.insert(
        text.find(at) + at.size(),
        "    updates:\n      - date: 2025-01-10\n        status: In Progress\n        note: " +
            note + "\n");
    return text;
  };
  std::string ours = add_ev(base, "ours");
  std::string theirs = add_ev(base, "theirs");
  theirs.replace(theirs.find("# a comment"), 11, "# a better comment");
  PlanFileMerge m = merge_plan_file(base, ours, theirs, {});
  CHECK(m.conflicts == 0);
  CHECK(m.text.find("# a better comment") == 0);
  CHECK(m.text.find("note: ours\n      - date: 2025-01-10\n        status: In Progress\n        "
                    "note: theirs\n") != std::string::npos);
}

TEST_CASE("both sides editing the same note is a conflict") {
  std::string ours = base, theirs = base;
  ours.replace(ours.find("      first"), 11, "      mine");
  theirs.replace(theirs.find("      first"), 11, "      yours");
  PlanFileMerge m = merge_plan_file(base, ours, theirs, {});
  CHECK(m.conflicts == 1);
  CHECK(m.text.find("<<<<<<< ours\n      mine\n=======\n      yours\n>>>>>>> theirs\n") !=
        std::string::npos);
}

TEST_CASE("CRLF files merge with CRLF kept, markers too") {
  std::string b = crlf(base);
  PlanFileMerge m = merge_plan_file(b, crlf(with_update(base, "2025-01-12", "ours")),
                                    crlf(with_update(base, "2025-01-10", "theirs")), {});
  CHECK(m.conflicts == 0);
  CHECK(m.text ==
        crlf(with_update(with_update(base, "2025-01-10", "theirs"), "2025-01-12", "ours")));
  std::string ours = b, theirs = b;
  ours.replace(ours.find("first"), 5, "mine");
  theirs.replace(theirs.find("first"), 5, "yours");
  m = merge_plan_file(b, ours, theirs, {});
  CHECK(m.text.find("<<<<<<< ours\r\n") != std::string::npos);
}

TEST_CASE("text that is not YAML merges as plain lines") {
  PlanFileMerge m = merge_plan_file("a: [\n", "a: [\nb\n", "c\na: [\n", {});
  CHECK_FALSE(m.structured);
  CHECK(m.conflicts == 0);
  CHECK(m.text == "c\na: [\nb\n");
}
