// The one writer of files: every command that writes goes through here.
// A crash, a full disk or a killed process leaves either the old files or
// the new ones, never a part of one: the bytes go to temporary files in the
// same folders, are flushed to disk, and are renamed over. Several files
// (plan init, plan import) are written all or nothing: every path is checked
// before anything is written, and on any failure everything this writer
// made is removed again, files and folders, and every file it replaced is
// put back; nothing that was there before is ever removed. A single file is
// a set of one.
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

/// Test seam: called before each file is renamed into place, with its path;
/// tests use it to stop a writer at the worst moment.
using BeforeEachRename = std::function<void(const std::string& path)>;

/// Writes the set all or nothing, a replaced file keeping its permissions.
/// Returns "" or what went wrong (the first failure, with the system's
/// reason), after undoing everything it did. Run check_file_set first: this
/// refuses as well, but names only one problem.
std::string write_file_set(const std::vector<FileToWrite>& files,
                           const BeforeEachRename& before_each_rename = {});

/// The one-file seam: called just before the rename.
using BeforeRename = std::function<void()>;

/// Replaces the file at path with data, keeping its permissions. A symbolic
/// link is refused, never followed; a device or pipe (-o /dev/stdout) is
/// written to in place. Returns "" or what went wrong; on failure the file
/// is as it was and no temporary file is left behind.
std::string replace_file(const std::string& path, const std::string& data,
                         const BeforeRename& before_rename = {});

/// Creates path with data (permissions from the umask) in a folder that
/// exists, refusing when the file already exists, even if it appears
/// meanwhile. Returns "" or what went wrong.
std::string create_file(const std::string& path, const std::string& data,
                        const BeforeRename& before_rename = {});

/// Writes path whole, replacing it if it exists or creating it if not. For
/// generated output such as the rendered page.
std::string write_file(const std::string& path, const std::string& data);

/// Creates a folder and any missing parents (like mkdir -p).
std::string make_directories(const std::string& path);

/// Temporary files are named .NAME.tmp-PID-XXXXXX (PID: the writer's
/// process), so one left by a writer killed mid-write (kill -9, a power cut)
/// can be told from one being written now. The names (not paths) of those
/// in folder whose writer no longer runs, and of older-style ones
/// (.NAME.tmp-XXXXXX) untouched for ten minutes; sorted. A writer removes
/// those beside its own target before it writes; plan validate reports them.
std::vector<std::string> leftover_temp_files(const std::string& folder);

}  // namespace plan
