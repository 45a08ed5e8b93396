// The hardening policies of issue 21 as small functions: a file read to be
// rewritten is read whole or refused, linked folders on the way are found,
// report paths stay inside the repository, noncharacters are refused,
// gitattributes patterns are written as git reads them, hints quote paths.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>

#include "git/merge_setup.h"
#include "load/loader.h"
#include "temp_dir.h"
#include "util/files.h"
#include "util/shell_quote.h"
#include "util/terminal_text.h"

using namespace plan;

namespace {

void write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("a file to be rewritten is read whole or refused", "[hardening]") {
  TempDir f;
  std::string big(1450000, 'a');
  write(f / "big", big);
  ReadResult whole = read_file_to_edit(f / "big", 16 * 1024 * 1024);
  CHECK(whole.ok);
  CHECK(whole.data.size() == big.size());
  // Past the limit (the 1 MiB that cut .gitattributes at 1,114,152 bytes): refused, nothing kept.
  ReadResult cut = read_file_to_edit(f / "big", 1024 * 1024);
  CHECK_FALSE(cut.ok);
  CHECK(cut.data.empty());
  CHECK(cut.error.find("nothing was written") != std::string::npos);
  // Exactly at the limit is whole.
  write(f / "exact", std::string(1000, 'b'));
  CHECK(read_file_to_edit(f / "exact", 1000).ok);
  CHECK_FALSE(read_file_to_edit(f / "exact", 999).ok);
  // A link is never read to be rewritten.
  REQUIRE(::symlink("big", (f / "link").c_str()) == 0);
  CHECK_FALSE(read_file_to_edit(f / "link", 16 * 1024 * 1024).ok);
}

TEST_CASE("a linked folder on the way to a file is found", "[hardening]") {
  TempDir f;
  REQUIRE(::mkdir((f / "reports").c_str(), 0755) == 0);
  REQUIRE(::mkdir((f / "outside").c_str(), 0755) == 0);
  REQUIRE(::symlink("outside", (f / "linked").c_str()) == 0);
  CHECK(linked_folder_on_way(f.path, "reports/x.yaml") == "");
  CHECK(linked_folder_on_way(f.path, "linked/x.yaml") == f / "linked");
  CHECK(linked_folder_on_way(f.path, "./linked/deeper/x.yaml") == f / "linked");
  // The last part is the file itself, judged by its reader; the base may be a link.
  CHECK(linked_folder_on_way(f.path, "linked") == "");
  CHECK(linked_folder_on_way(f / "linked", "x.yaml") == "");
}

TEST_CASE("report paths that could leave the repository are refused", "[hardening]") {
  for (const char* bad : {"/etc/passwd", "../secret.yaml", "reports/../../x.yaml", ".git/config",
                          "./.git/config", "reports/.hidden.yaml", ".."})
    CHECK_FALSE(report_path_problem(bad).empty());
  for (const char* good : {"reports/small.yaml", "./reports/small.yaml", "small.yaml",
                           "reports/my report.yaml", "reports/v1.2.yaml"})
    CHECK(report_path_problem(good).empty());
}

TEST_CASE("noncharacters are refused in every value, their neighbours are not", "[hardening]") {
  for (char32_t cp : {0xFFFEu, 0xFFFFu, 0xFDD0u, 0xFDEFu, 0x1FFFEu, 0x1FFFFu, 0x10FFFFu})
    CHECK(is_noncharacter(cp));
  for (char32_t cp : {0xFFFDu, 0xFDCFu, 0xFDF0u, 0x1FFFDu, 0xFEFFu, 0x10000u})
    CHECK_FALSE(is_noncharacter(cp));
  CHECK(forbidden_character("a\xEF\xBF\xBE"
                            "b") == "the noncharacter U+FFFE");
  CHECK(forbidden_character("a\xEF\xBF\xBD"
                            "b") == "");
  CHECK(terminal_safe("a\xEF\xBF\xBF"
                      "b") == "a\\u{FFFF}b");
}

TEST_CASE("gitattributes lines are written as git reads them", "[hardening]") {
  CHECK(gitattributes_line("plan") == "plan/recommendations/*.yaml merge=plan");
  CHECK(gitattributes_line("") == "recommendations/*.yaml merge=plan");
  CHECK(gitattributes_line("my plan") == "\"my plan/recommendations/*.yaml\" merge=plan");
  CHECK(gitattributes_line("plan*") == "plan\\*/recommendations/*.yaml merge=plan");
  CHECK(gitattributes_line("#plan") == "\\#plan/recommendations/*.yaml merge=plan");
  CHECK(gitattributes_line("it's \"x\"") == "\"it's \\\"x\\\"/recommendations/*.yaml\" merge=plan");
}

TEST_CASE("hints quote paths for pasting into a shell", "[hardening]") {
  CHECK(shell_quoted("plan") == "plan");
  CHECK(shell_quoted("a/b-c_d.e") == "a/b-c_d.e");
  CHECK(shell_quoted("new plan") == "'new plan'");
  CHECK(shell_quoted("it's") == "'it'\\''s'");
  CHECK(shell_quoted("$HOME") == "'$HOME'");
  CHECK(shell_quoted("") == "''");
}
