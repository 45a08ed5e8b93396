// Writing several files all or nothing (plan init, plan init --report, and
// plan import into a new plan): every path is checked before anything is
// written (nothing in the way, each folder on the way there or creatable),
// then the files are written under temporary names, then renamed into place.
// On any failure everything this writer made is removed again, files and
// folders, and every file it replaced is put back; nothing that was there
// before is ever removed.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace plan {

struct FileToWrite {
  std::string path;  // as given to the file system (the caller joins its folder)
  std::string content;
  bool may_replace = false;  // false: a file already there is a clash
  // The folder the user named (the repository): a folder on the way below it
  // that is a symbolic link is refused, never written through. "" checks none.
  std::string root = "";
};

/// A reason the set cannot be written, found before anything is.
struct FileSetProblem {
  enum class Kind {
    exists,       // the file is there already (and may not be replaced)
    in_the_way,   // a file, link or other non-folder stands where a folder must go
                  // (a folder below the root that is a symbolic link, too)
    not_writable  // a folder that must be written into refuses it (errno in why)
  };
  Kind kind;
  std::string path;  // the file to write
  std::string why;   // one sentence naming what is in the way
};

/// Every problem, in the order of the files; empty when the set can be written.
std::vector<FileSetProblem> check_file_set(const std::vector<FileToWrite>& files);

/// Test seam: called before each file is renamed into place, with its path.
using BeforeEachRename = std::function<void(const std::string& path)>;

/// Writes the set all or nothing. Returns "" or what went wrong (the first
/// failure, with the system's reason), after undoing everything it did.
/// Run check_file_set first: this refuses as well, but names only one problem.
std::string write_file_set(const std::vector<FileToWrite>& files,
                           const BeforeEachRename& before_each_rename = {});

}  // namespace plan
