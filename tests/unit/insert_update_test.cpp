// The minimal text edit behind plan update, on files written in many styles:
// every byte outside the new entry must stay as it was.
#include "edit/insert_update.h"

#include <catch2/catch.hpp>

#include "check/load_checked.h"

using namespace plan;

namespace {

Update make_update(const std::string& status = "In Progress", std::optional<int> percent = 40,
                   const std::string& note = "Screening tool live in two districts.") {
  Update u;
  u.date.value = parse_iso_date("2025-01-15");
  u.status = status;
  u.percent = percent;
  u.note = note;
  return u;
}

// The new text is the old one with one run of bytes inserted; returns it.
std::string inserted_bytes(const std::string& before, const std::string& after) {
  REQUIRE(after.size() > before.size());
  size_t p = 0;
  while (p < before.size() && before[p] == after[p]) ++p;
  size_t added = after.size() - before.size();
  // Whole lines are inserted: prefer the split at a line start.
  size_t line_start = before.rfind('\n', p == 0 ? 0 : p - 1);
  line_start = line_start == std::string::npos || p == 0 ? 0 : line_start + 1;
  if (after.compare(line_start + added, std::string::npos, before, line_start) == 0) p = line_start;
  INFO("before:\n" << before << "\nafter:\n" << after);
  REQUIRE(after.compare(p + added, std::string::npos, before, p) == 0);
  return after.substr(p, added);
}

// Loads the edited text and returns the updates of the recommendation or evidence item.
std::vector<Update> updates_after(const std::string& text, const std::string& evidence_id = "") {
  Recommendation rec;
  Diagnostics ds;
  INFO(text);
  REQUIRE(load_recommendation_text(text, "23.yaml", rec, ds));
  CHECK(ds.errors() == 0);
  if (evidence_id.empty()) return rec.updates;
  for (const Evidence& ev : rec.evidence)
    if (ev.id == evidence_id) return ev.updates;
  FAIL("no evidence " << evidence_id);
  return {};
}

UpdateEdit edit(const std::string& text, const std::string& evidence_id = "",
                const Update& u = make_update()) {
  UpdateEdit e = insert_update(text, evidence_id, u);
  INFO(e.error);
  REQUIRE(e.ok);
  return e;
}

const std::string header =
    "# yaml-language-server: $schema=../../schemas/recommendation.schema.json\n"
    "id: 23\n"
    "deadline: 2025-03-27\n"
    "text: |-\n"
    "  implement a mechanism.\n";

const std::string entry =
    "  - date: 2025-01-15\n"
    "    status: In Progress\n"
    "    percent: 40\n"
    "    note: Screening tool live in two districts.\n";

}  // namespace

TEST_CASE("appends after the last update, nothing else changes") {
  std::string text = header +
                     "updates:\n"
                     "  - date: 2024-11-11\n"
                     "    status: In Progress\n"
                     "    note: |-\n"
                     "      First paragraph.\n"
                     "\n"
                     "      Second paragraph.\n";
  UpdateEdit e = edit(text);
  CHECK(e.text == text + entry);
  CHECK(e.first_line == 13);
  CHECK(e.last_line == 16);
  auto updates = updates_after(e.text);
  REQUIRE(updates.size() == 2);
  CHECK(updates[1].note == "Screening tool live in two districts.");
  CHECK(updates[1].percent == 40);
}

TEST_CASE("no updates key: the list is created at the end") {
  UpdateEdit e = edit(header);
  CHECK(e.text == header + "updates:\n" + entry);
  CHECK(e.first_line == 7);
}

TEST_CASE("flow-style empty list becomes a block list; only that line changes") {
  UpdateEdit e = edit(header + "updates: []\n");
  CHECK(e.text == header + "updates:\n" + entry);
  UpdateEdit c = edit(header + "updates: [ ]   # none yet\nowner: Someone\n");
  CHECK(c.text == header + "updates:   # none yet\n" + entry + "owner: Someone\n");
  UpdateEdit unended = edit(header + "updates: []");
  CHECK(unended.text == header + "updates:\n" + entry.substr(0, entry.size() - 1));
}

TEST_CASE("comments and keys after the list stay after it") {
  std::string list =
      "updates:\n"
      "  - date: 2024-11-11\n"
      "    status: In Progress   # as reported\n"
      "    # a comment inside the last entry\n";
  std::string rest =
      "\n"
      "# Evidence follows.\n"
      "evidence:\n"
      "  - id: \"23.1\"\n"
      "    text: x\n"
      "# end of file\n";
  UpdateEdit e = edit(header + list + rest);
  CHECK(e.text == header + list + entry + rest);
  CHECK(updates_after(e.text).size() == 2);
}

TEST_CASE("CRLF line endings are kept and used for the new lines") {
  auto crlf = [](std::string s) {
    std::string out;
    for (char c : s) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
    return out;
  };
  std::string text = crlf(header + "updates:\n  - date: 2024-11-11\n    status: In Progress\n");
  UpdateEdit e = edit(text);
  CHECK(e.text == text + crlf(entry));
  UpdateEdit none = edit(crlf(header));
  CHECK(none.text == crlf(header + "updates:\n" + entry));
  Update multi = make_update("In Progress", 40, "line one\nline two");
  UpdateEdit m = edit(text, "", multi);
  CHECK(inserted_bytes(text, m.text).find("\n      line two\r\n") != std::string::npos);
  CHECK(updates_after(m.text).back().note == "line one\nline two");
}

TEST_CASE("the list's own indentation is followed") {
  SECTION("dash at the key's column") {
    std::string text = header + "updates:\n- date: 2024-11-11\n  status: In Progress\n";
    UpdateEdit e = edit(text);
    CHECK(inserted_bytes(text, e.text) ==
          "- date: 2025-01-15\n  status: In Progress\n  percent: 40\n"
          "  note: Screening tool live in two districts.\n");
  }
  SECTION("four spaces, keys four after the dash") {
    std::string text = header + "updates:\n    -   date: 2024-11-11\n        status: In Progress\n";
    UpdateEdit e = edit(text, "", make_update("In Progress", 40, "a\nb"));
    CHECK(inserted_bytes(text, e.text) ==
          "    -   date: 2025-01-15\n        status: In Progress\n        percent: 40\n"
          "        note: |-\n          a\n          b\n");
  }
  SECTION("a new list copies the indentation of the file's other lists") {
    std::string text = header + "evidence:\n- id: \"23.1\"\n  text: x\n";
    UpdateEdit e = edit(text);
    CHECK(inserted_bytes(text, e.text) ==
          "updates:\n- date: 2025-01-15\n  status: In Progress\n  percent: 40\n"
          "  note: Screening tool live in two districts.\n");
    CHECK(updates_after(e.text).size() == 1);
  }
}

TEST_CASE("a document end marker stays last") {
  std::string text = header + "updates:\n  - date: 2024-11-11\n    status: In Progress\n...\n";
  UpdateEdit e = edit(text);
  CHECK(e.text ==
        header + "updates:\n  - date: 2024-11-11\n    status: In Progress\n" + entry + "...\n");
  UpdateEdit none = edit(header + "...\n# trailing comment\n");
  CHECK(none.text == header + "updates:\n" + entry + "...\n# trailing comment\n");
}

TEST_CASE("a last line without a newline stays without one") {
  std::string text = header + "updates:\n  - date: 2024-11-11\n    status: In Progress";
  UpdateEdit e = edit(text);
  CHECK(e.text == text + "\n" + entry.substr(0, entry.size() - 1));
  CHECK(e.text.back() != '\n');
  CHECK(updates_after(e.text).size() == 2);
  std::string unended_header = header.substr(0, header.size() - 1);
  UpdateEdit none = edit(unended_header);
  CHECK(none.text == header + "updates:\n" + entry.substr(0, entry.size() - 1));
}

TEST_CASE("evidence-level updates") {
  std::string evidence =
      "evidence:\n"
      "  - id: \"23.1\"\n"
      "    text: first\n"
      "    updates:\n"
      "      - date: 2024-11-11\n"
      "        status: In Progress\n"
      "  - id: \"23.2\"\n"
      "    text: |-\n"
      "      second\n"
      "\n"
      "  - id: \"23.3\"\n"
      "    text: third\n"
      "    updates: []\n";
  std::string own = "updates:\n  - date: 2024-11-11\n    status: In Progress\n";
  std::string text = header + evidence + own;
  std::string deeper =
      "      - date: 2025-01-15\n"
      "        status: In Progress\n"
      "        percent: 40\n"
      "        note: Screening tool live in two districts.\n";
  SECTION("appended to an evidence item's list") {
    UpdateEdit e = edit(text, "23.1");
    CHECK(inserted_bytes(text, e.text) == deeper);
    CHECK(e.first_line == 12);
    CHECK(updates_after(e.text, "23.1").size() == 2);
    CHECK(updates_after(e.text).size() == 1);
  }
  SECTION("a list created in an evidence item that had none, before the blank line") {
    UpdateEdit e = edit(text, "23.2");
    CHECK(inserted_bytes(text, e.text) == "    updates:\n" + deeper);
    CHECK(e.text.find("      second\n    updates:\n") != std::string::npos);
    CHECK(updates_after(e.text, "23.2").size() == 1);
  }
  SECTION("an evidence item's empty flow list") {
    UpdateEdit e = edit(text, "23.3");
    CHECK(e.text ==
          header + evidence.substr(0, evidence.size() - 12) + "updates:\n" + deeper + own);
    CHECK(updates_after(e.text, "23.3").size() == 1);
  }
  SECTION("an unknown evidence id is refused") {
    UpdateEdit e = insert_update(text, "23.9", make_update());
    CHECK_FALSE(e.ok);
    CHECK(e.error == "there is no evidence requirement 23.9 in this file");
  }
}

TEST_CASE("a kept block's trailing blank lines stay part of it") {
  std::string text = header +
                     "updates:\n"
                     "  - date: 2024-11-11\n"
                     "    status: In Progress\n"
                     "    note: |+\n"
                     "      kept\n"
                     "\n"
                     "\n"
                     "owner: Someone\n";
  UpdateEdit e = edit(text);
  CHECK(e.text.find("      kept\n\n\n  - date: 2025-01-15") != std::string::npos);
  CHECK(updates_after(e.text).front().note == "kept\n\n\n");
}

TEST_CASE("block text whose lines look like comments or list items stays inside the note") {
  std::string text = header +
                     "updates:\n"
                     "  - date: 2024-11-11\n"
                     "    status: In Progress\n"
                     "    note: |-\n"
                     "      # Heading\n"
                     "      - a list item\n"
                     "\n"
                     "      ...\n";
  UpdateEdit e = edit(text);
  CHECK(e.text == text + entry);
  CHECK(updates_after(e.text).front().note == "# Heading\n- a list item\n\n...");
}

TEST_CASE("any note, status or name is written so it reads back exactly") {
  const std::vector<std::string> texts = {"colon: inside",
                                          "# hash first",
                                          "ends #",
                                          "\"quoted\" and 'single'",
                                          "- leading dash",
                                          "-",
                                          "40",
                                          "true",
                                          "null",
                                          "café – naïve",
                                          "line one\nline two: more\n\n# not a comment",
                                          "  indented first line\nsecond",
                                          "ends with newline\n",
                                          "---",
                                          "...",
                                          "{flow}",
                                          "[x]",
                                          "tab\there",
                                          "back\\slash"};
  for (const std::string& t : texts) {
    INFO("text: " << t);
    Update u = make_update("In Progress", std::nullopt, t);
    u.by = t;
    std::string text = header + "updates: []\n";
    UpdateEdit e = insert_update(text, "", u);
    REQUIRE(e.ok);
    auto updates = updates_after(e.text);
    REQUIRE(updates.size() == 1);
    CHECK(updates[0].note == t);
    CHECK(updates[0].by == t);
    CHECK_FALSE(updates[0].percent);
  }
}

TEST_CASE("what cannot be edited safely is refused with a reason") {
  auto refused = [](const std::string& text, const std::string& evidence_id = "") {
    UpdateEdit e = insert_update(text, evidence_id, make_update());
    CHECK_FALSE(e.ok);
    CHECK_FALSE(e.error.empty());
    return e;
  };
  CHECK(refused(header + "updates: [{date: 2024-11-11, status: In Progress}]\n").error ==
        "'updates' of the recommendation is a list in brackets [ … ]; plan adds to a list "
        "written one '- …' entry per line, so write it that way and run again");
  CHECK(refused(header + "updates: none\n").error_line == 6);
  CHECK(refused(header + "evidence:\n  - {id: \"23.1\", text: x}\n", "23.1").error ==
        "evidence requirement 23.1 is written in braces { … }; write its keys one per line and "
        "run again");
  refused("id: [unclosed\n");
}
