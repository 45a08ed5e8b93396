// util/platform.h on this system: what is at a path, renames that refuse to
// replace, running a program with input and output and no shell, and the
// CI examples' build dependencies coming from scripts/build-deps.txt.
#include "util/platform.h"

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstdlib>

#include "init/ci_templates.h"
#include "temp_dir.h"
#include "util/files.h"
#include "util/write_files.h"

using namespace plan;

TEST_CASE("platform: status tells files, folders, links and missing paths apart") {
  TempDir f;
  REQUIRE(create_file(f.at("a.yaml"), "id: 1\n").empty());
  CHECK(os::status(f.at("a.yaml"), false).kind == os::Kind::file);
  CHECK(os::status(f.at("a.yaml"), false).size == 6);
  CHECK(os::status(f.path, false).kind == os::Kind::folder);
  os::Status missing = os::status(f.at("none"), false);
  CHECK(missing.kind == os::Kind::missing);
  CHECK(missing.error == ENOENT);
  os::run_process({"ln", "-s", "a.yaml", f.at("link.yaml")}, false, "", true);
  CHECK(os::status(f.at("link.yaml"), false).kind == os::Kind::link);
  CHECK(os::status(f.at("link.yaml"), true).kind == os::Kind::file);
  std::vector<std::pair<std::string, os::Kind>> entries;
  REQUIRE(os::list_folder(f.path, entries) == 0);
  CHECK(entries.size() == 2);
}

TEST_CASE("platform: a rename that must not replace refuses, and leaves both files") {
  TempDir f;
  REQUIRE(create_file(f.at("a"), "old").empty());
  REQUIRE(create_file(f.at("b"), "new").empty());
  CHECK(os::rename_no_replace(f.at("b"), f.at("a")) == EEXIST);
  CHECK(read_file(f.at("a")).data == "old");
  CHECK(read_file(f.at("b")).data == "new");
  CHECK(os::rename_replace(f.at("b"), f.at("a")) == 0);
  CHECK(read_file(f.at("a")).data == "new");
  CHECK(os::status(f.at("b"), false).kind == os::Kind::missing);
}

TEST_CASE("platform: a program gets its arguments as they are, with no shell between") {
  os::ProcessResult r =
      os::run_process({"printf", "%s|", "a b", "$HOME", "'q\"", "ü"}, true, "", false);
  CHECK(r.started);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "a b|$HOME|'q\"|ü|");
  // Input is written while output is read, so a large answer never blocks.
  std::string big(1 << 20, 'x');
  r = os::run_process({"cat"}, true, big, false);
  CHECK(r.out == big);
  r = os::run_process({"plan-no-such-program"}, true, "", true);
  CHECK_FALSE(r.started);
  CHECK(r.exit_code == -1);
  CHECK(r.error.find("plan-no-such-program") != std::string::npos);
}

TEST_CASE("platform: a file held elsewhere is named in plain words") {
  CHECK(os::error_text(os::error_in_use).find("open in another program") != std::string::npos);
  CHECK(os::error_text(ENOENT) == "No such file or directory");
}

TEST_CASE("the CI examples install every build dependency of scripts/build-deps.txt") {
  std::string deps = build_dependencies();
  ReadResult list = read_file(PLAN_SOURCE_DIR "/scripts/build-deps.txt");
  REQUIRE(list.ok);
  for (const std::string& line : split_lines(list.data)) {
    std::string name = line.substr(0, line.find('#'));
    while (!name.empty() && name.back() == ' ') name.pop_back();
    if (name.empty()) continue;
    CHECK((" " + deps + " ").find(" " + name + " ") != std::string::npos);
  }
  CHECK(deps.find("libgumbo-dev") != std::string::npos);
  std::string script = ci_install_plan_script();
  CHECK(script.find("apt_install ca-certificates " + deps + "\n") != std::string::npos);
  CHECK(script.find("@PLAN_") == std::string::npos);
}
