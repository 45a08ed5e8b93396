// Writing several files all or nothing (util/write_files.h): the checks
// find every obstacle before anything is written, and a failure while the
// files go into place (made to happen through the test seam) undoes it all:
// files created are removed, a replaced file is put back, folders made are
// removed, and folders that were there before stay.
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>

#include "temp_dir.h"
#include "util/files.h"
#include "util/run_program.h"
#include "util/write_files.h"

using namespace plan;

namespace {

void put(const std::string& path, const std::string& text) {
  std::ofstream(path) << text;
}

/// Every entry under a folder, with each file's bytes.
std::string command_output(const std::string& command) {
  std::string out;
  FILE* p = ::popen(command.c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  ::pclose(p);
  return out;
}

/// Every entry under a folder, with each file's bytes.
std::string listing(const std::string& dir) {
  return command_output("cd '" + dir +
                        "' && find . | LC_ALL=C sort && find . -type f | LC_ALL=C sort | "
                        "xargs -r cat");
}

}  // namespace

TEST_CASE("file set: every obstacle is found before anything is written") {
  TempDir t;
  REQUIRE(::mkdir(t.at("a").c_str(), 0777) == 0);
  put(t.at("a/b"), "a file where a folder must go");
  REQUIRE(::mkdir(t.at("c").c_str(), 0777) == 0);
  REQUIRE(::mkdir(t.at("c/d").c_str(), 0777) == 0);  // a folder where a file must go
  put(t.at("e"), "there already");
  std::vector<FileToWrite> set = {{t.at("a/b/x"), "1"}, {t.at("a/b/y"), "2"},
                                  {t.at("c/d"), "3"},   {t.at("e"), "4"},
                                  {t.at("f/g/h"), "5"}, {t.at("e2"), "6", true}};
  std::string before = listing(t.path);
  std::vector<FileSetProblem> problems = check_file_set(set);
  REQUIRE(problems.size() == 3);  // a/b once, though two files need it
  CHECK(problems[0].kind == FileSetProblem::Kind::in_the_way);
  CHECK(problems[0].why.find("'" + t.at("a/b") + "' is a file, not a folder") == 0);
  CHECK(problems[1].kind == FileSetProblem::Kind::in_the_way);
  CHECK(problems[1].path == t.at("c/d"));
  CHECK(problems[2].kind == FileSetProblem::Kind::exists);
  CHECK(problems[2].path == t.at("e"));
  CHECK(listing(t.path) == before);

  // Written anyway, the writer refuses at the first obstacle and leaves nothing.
  CHECK(!write_file_set(set).empty());
  CHECK(listing(t.path) == before);
}

TEST_CASE("file set: a failure while renaming undoes every file and folder it made") {
  TempDir t;
  REQUIRE(::mkdir(t.at("kept").c_str(), 0777) == 0);
  put(t.at("kept/old.txt"), "old version");
  std::vector<FileToWrite> set = {{t.at("kept/new.txt"), "new"},
                                  {t.at("kept/old.txt"), "replacement", true},
                                  {t.at("made/deeper/one.txt"), "one"},
                                  {t.at("made/two.txt"), "two"}};
  REQUIRE(check_file_set(set).empty());
  // Someone else creates the last file just before it goes into place.
  std::string error = write_file_set(set, [&](const std::string& path) {
    if (path == t.at("made/two.txt")) put(path, "theirs");
  });
  CHECK(error == "cannot create '" + t.at("made/two.txt") + "': it appeared meanwhile");
  // Ours are gone, theirs stays, the replaced file is back, "kept" stays.
  CHECK(!is_file(t.at("kept/new.txt")));
  CHECK(!is_file(t.at("made/deeper/one.txt")));
  CHECK(!is_directory(t.at("made/deeper")));
  ReadResult old = read_file(t.at("kept/old.txt"));
  CHECK(old.data == "old version");
  ReadResult theirs = read_file(t.at("made/two.txt"));
  CHECK(theirs.data == "theirs");
  CHECK(is_directory(t.at("kept")));
  // No temporary file or kept old version is left anywhere.
  CHECK(command_output("find '" + t.path + "' -name '.*'").empty());
}

TEST_CASE("file set: success writes every file, replacing only where allowed") {
  TempDir t;
  put(t.at("old.txt"), "old");
  std::vector<FileToWrite> set = {{t.at("old.txt"), "new", true}, {t.at("x/y/z.txt"), "z"}};
  REQUIRE(check_file_set(set).empty());
  CHECK(write_file_set(set) == "");
  CHECK(read_file(t.at("old.txt")).data == "new");
  CHECK(read_file(t.at("x/y/z.txt")).data == "z");
  CHECK(command_output("find '" + t.path + "' -name '.*'").empty());
}
