// The messages that replace yaml-cpp's and CLI11's bare words, and the
// encodings told apart before a file is read: each says what is wrong at
// the character meant, and what to write instead.
#include <catch2/catch.hpp>

#include "load/yaml_errors.h"
#include "load/yaml_tree.h"
#include "util/suggest.h"
#include "util/utf8.h"

using namespace plan;

namespace {

// The one diagnostic parsing text gives.
Diagnostic problem_in(const std::string& text) {
  Diagnostics ds;
  parse_yaml(text, "f.yaml", ds);
  REQUIRE(ds.items().size() == 1);
  return ds.items()[0];
}

}  // namespace

TEST_CASE("messages: a value starting with a character YAML reserves says to quote it") {
  for (std::string c : {"@", "`", "%"}) {
    Diagnostic d = problem_in("id: 7\nowner: " + c + "chief\n");
    INFO(d.message << "; " << d.hint);
    CHECK(d.rule == "yaml-syntax");
    CHECK(d.line == 2);
    CHECK(d.col == 8);
    CHECK(d.message.find("'" + c + "' cannot start a value unless it is in quotes") == 0);
    CHECK(d.hint == "put it in quotes: owner: \"" + c + "chief\"");
  }
  // Quotes and backslashes in the value are escaped in the example.
  CHECK(problem_in("owner: @a \"b\" \\c\n").hint ==
        "put it in quotes: owner: \"@a \\\"b\\\" \\\\c\"");
  // A comment is not part of the value.
  CHECK(problem_in("owner: @chief  # who\n").hint == "put it in quotes: owner: \"@chief\"");
}

TEST_CASE("messages: escapes name the code point in hex") {
  Diagnostic lone = problem_in("owner: \"x \\ud800 y\"\n");
  CHECK(lone.col == 11);  // the backslash
  CHECK(lone.message.find("U+D800, a lone surrogate") != std::string::npos);
  CHECK(lone.message.find("55296") == std::string::npos);
  CHECK(problem_in("owner: \"\\uDFFF\"\n").message.find("U+DFFF") != std::string::npos);
  CHECK(problem_in("owner: \"\\ud83d\\ude00\"\n").hint.find("\\U0001F600") != std::string::npos);
  CHECK(problem_in("owner: \"\\U00110000\"\n").message.find("U+110000, past U+10FFFF") !=
        std::string::npos);
  Diagnostic path = problem_in("owner: \"C:\\Users\\chief\"\n");
  CHECK(path.col == 11);
  CHECK(path.message.find("after '\\U'") != std::string::npos);
}

TEST_CASE("messages: an alias to an anchor never defined is the alias rule's") {
  Diagnostic d = problem_in("owner: *chief\n");
  CHECK(d.rule == "alias");
  CHECK(d.message.find("aliases (*name) are not allowed") == 0);
  CHECK(problem_in("owner: * x\n").rule == "alias");
  CHECK(problem_in("owner: & x\n").rule == "anchor");
}

TEST_CASE("messages: an unclosed quote is found where it opens") {
  Diagnostic d = problem_in("owner: \"Chief\nlist:\n  - id: \"7.1\"\n");
  CHECK(d.line == 1);
  CHECK(d.col == 8);
  CHECK(d.message.find("runs on to line 3") != std::string::npos);
  CHECK(problem_in("owner: \"a\" b\n").message == "there is more text after the closing quote");
}

TEST_CASE("messages: document markers and directives after the content") {
  CHECK(document_marker_line("id: 7\n---\nid: 8\n") == 2);
  CHECK(document_marker_line("# c\n---\nid: 7\n") == 0);
  CHECK(document_marker_line("%YAML 1.2\n---\nid: 7\n") == 0);
  CHECK(document_marker_line("id: 7\n...\n") == 2);
  CHECK(directive_line("id: 7\n%TAG ! x\n") == 2);
  CHECK(directive_line("id: 7\n---\n") == 0);
  Diagnostics ds;
  CHECK_FALSE(parse_yaml("id: 7\n%TAG ! tag:x,2024:\n", "f.yaml", ds));
  CHECK(ds.items().at(0).line == 2);
}

TEST_CASE("messages: UTF-16 and UTF-32, with a byte-order mark or without") {
  using namespace std::string_literals;
  CHECK(wide_encoding("\xFF\xFEh\0i\0"s).name == "UTF-16");
  CHECK(wide_encoding("\xFE\xFF\0h\0i"s).name == "UTF-16");
  CHECK(wide_encoding("h\0i\0d\0:\0"s).name == "UTF-16");
  CHECK(wide_encoding("\0h\0i\0d\0:"s).name == "UTF-16");
  CHECK(wide_encoding("\xFF\xFE\0\0h\0\0\0"s).name == "UTF-32");
  CHECK(wide_encoding("\0\0\xFE\xFF\0\0\0h"s).name == "UTF-32");
  CHECK(wide_encoding("h\0\0\0i\0\0\0"s).name == "UTF-32");
  CHECK(wide_encoding("h\0\0\0i\0\0\0"s).evidence.find("three of every four") == 0);
  CHECK(wide_encoding("id: 7\n").name.empty());
  CHECK(wide_encoding("%PDF-1.4\n\0\0\x93"
                      "binary"s)
            .name.empty());
  CHECK(wide_encoding("").name.empty());
}

TEST_CASE("messages: no suggestion for a word of one or two letters, lists name each item once") {
  std::vector<std::string> keys{"id", "owner", "text", "by"};
  CHECK(nearest("x", keys).empty());   // two edits from 'id', and from 'by'
  CHECK(nearest("ow", keys).empty());  // two from 'id'
  CHECK(nearest("ID", keys) == "id");  // a difference of case still is
  CHECK(nearest("ownr", keys) == "owner");
  CHECK(quoted_list({"Open", "Open", "Done"}) == "'Open' or 'Done'");
  CHECK(quoted_list({"Open", "Done", "Open"}, " and ") == "'Open' and 'Done'");
  CHECK(quoted_list({"Open", "Open"}) == "'Open'");
}
