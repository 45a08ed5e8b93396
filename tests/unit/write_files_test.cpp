// Writing files (util/write_files.h): a writer killed between writing the temporary file and
// renaming it leaves the old file whole; permissions and links are kept; a
// second writer waits for the plan's lock. (A test program forks a child that
// SIGKILLs itself at that point, through the before_rename seam.)
#include "util/write_files.h"

#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>

#include "edit/folder_lock.h"
#include "temp_dir.h"
#include "util/files.h"
#include "util/run_program.h"

using namespace plan;

namespace {

std::string contents(const std::string& path) {
  ReadResult r = read_file(path);
  REQUIRE(r.ok);
  return r.data;
}

void put(const std::string& path, const std::string& data) {
  REQUIRE(create_file(path, data).empty());
}

mode_t mode_of(const std::string& path) {
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  return st.st_mode & 07777;
}

// Hidden files (list_files skips them, as plan does when loading).
std::vector<std::string> dot_files(const std::string& folder) {
  std::vector<std::string> found;
  DIR* d = ::opendir(folder.c_str());
  REQUIRE(d);
  while (dirent* e = ::readdir(d)) {
    std::string n = e->d_name;
    if (n[0] == '.' && n != "." && n != "..") found.push_back(n);
  }
  ::closedir(d);
  return found;
}

}  // namespace

TEST_CASE("replacing a file keeps its permissions and leaves no temporary file") {
  TempDir dir;
  std::string path = dir.at("23.yaml");
  put(path, "old\n");
  REQUIRE(::chmod(path.c_str(), 0640) == 0);
  CHECK(replace_file(path, "new\n").empty());
  CHECK(contents(path) == "new\n");
  CHECK(mode_of(path) == 0640);
  std::string error;
  CHECK(list_files(dir.path, "", error) == std::vector<std::string>{"23.yaml"});
}

TEST_CASE("a symlinked file is refused: neither the link nor its target changes") {
  TempDir dir;
  put(dir.at("real.yaml"), "old\n");
  REQUIRE(::symlink("real.yaml", dir.at("23.yaml").c_str()) == 0);
  CHECK(replace_file(dir.at("23.yaml"), "new\n").find("symbolic link") != std::string::npos);
  CHECK(write_file(dir.at("23.yaml"), "new\n").find("symbolic link") != std::string::npos);
  struct stat st {};
  REQUIRE(::lstat(dir.at("23.yaml").c_str(), &st) == 0);
  CHECK(S_ISLNK(st.st_mode));
  CHECK(contents(dir.at("real.yaml")) == "old\n");
}

TEST_CASE("a set replacing files keeps each one's permissions, and makes new ones by the umask") {
  TempDir dir;
  put(dir.at("7.yaml"), "old\n");
  REQUIRE(::chmod(dir.at("7.yaml").c_str(), 0600) == 0);
  CHECK(write_file_set({{dir.at("7.yaml"), "new\n", true}, {dir.at("8.yaml"), "eight\n", false}})
            .empty());
  CHECK(contents(dir.at("7.yaml")) == "new\n");
  CHECK(mode_of(dir.at("7.yaml")) == 0600);
  mode_t mask = ::umask(0);
  ::umask(mask);
  CHECK(mode_of(dir.at("8.yaml")) == (0666 & ~mask));
  CHECK(dot_files(dir.path).empty());
}

TEST_CASE("a writer killed just before the rename leaves the old file whole") {
  TempDir dir;
  std::string path = dir.at("23.yaml");
  std::string old_text = "id: 23\nupdates:\n  - date: 2024-11-11\n";
  std::string new_text = old_text + "  - date: 2025-01-15\n    status: In Progress\n";
  put(path, old_text);
  pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    replace_file(path, new_text, [] { ::raise(SIGKILL); });
    ::_exit(0);  // not reached
  }
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  REQUIRE(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);
  CHECK(contents(path) == old_text);
  // The finished temporary file is left behind, dot-named so plan never loads it.
  auto left = dot_files(dir.path);
  REQUIRE(left.size() == 1);
  CHECK(left[0].rfind(".23.yaml.tmp-", 0) == 0);
  CHECK(contents(dir.at(left[0])) == new_text);
  // The next writer is not disturbed by it.
  CHECK(replace_file(path, new_text).empty());
  CHECK(contents(path) == new_text);
}

TEST_CASE("a failed write leaves the file as it was") {
  TempDir dir;
  CHECK(replace_file(dir.at("missing/23.yaml"), "x").rfind("cannot read", 0) == 0);
  std::string path = dir.at("23.yaml");
  put(path, "old\n");
  // A folder where the file should be makes the rename fail after a complete write.
  REQUIRE(::mkdir(dir.at("sub").c_str(), 0755) == 0);
  REQUIRE(::symlink("sub", dir.at("link.yaml").c_str()) == 0);
  CHECK_FALSE(replace_file(dir.at("link.yaml"), "new\n").empty());
  CHECK(dot_files(dir.path).empty());
  CHECK(contents(path) == "old\n");
}

TEST_CASE("creating refuses a file that exists, even one made meanwhile") {
  TempDir dir;
  std::string path = dir.at("30.yaml");
  put(path, "first\n");
  std::string error = create_file(path, "second\n");
  CHECK(error.find("File exists") != std::string::npos);
  CHECK(contents(path) == "first\n");
  // Made by someone else between our checks and our rename:
  std::string other = dir.at("31.yaml");
  error = create_file(other, "ours\n", [&] { put(other, "theirs\n"); });
  CHECK_FALSE(error.empty());
  CHECK(contents(other) == "theirs\n");
  CHECK(dot_files(dir.path).empty());
}

TEST_CASE("one writer at a time: a second lock waits, then reports busy") {
  TempDir dir;
  FolderLock first, second;
  std::string error;
  REQUIRE(first.lock(dir.path, 0, error) == FolderLock::Result::locked);
  CHECK(second.lock(dir.path, 50, error) == FolderLock::Result::busy);
  CHECK(error.find("another plan update") != std::string::npos);
  first = FolderLock();  // released
  CHECK(second.lock(dir.path, 50, error) == FolderLock::Result::locked);
  CHECK(first.lock(dir.at("missing"), 0, error) == FolderLock::Result::failed);
}

TEST_CASE("programs run directly, arguments passed as they are") {
  CHECK(run_program({"true"}).exit_code == 0);
  CHECK(run_program({"false"}).exit_code == 1);
  CHECK(run_program({"test", "$(rm -rf x); *", "=", "$(rm -rf x); *"}).exit_code == 0);
  RunResult missing = run_program({"plan-no-such-program"});
  CHECK(missing.exit_code == -1);
  CHECK(missing.error ==
        "plan-no-such-program is not installed, or not on PATH; install it or add the folder "
        "that holds it to PATH");
}
