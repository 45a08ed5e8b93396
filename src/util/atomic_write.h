// Writing a plan file so that a crash, a full disk or a killed process leaves
// either the old file or the new one, never a part of one: the bytes go to a
// temporary file in the same folder, are flushed to disk, and are renamed over.
// The one writer: every command that writes a file goes through here.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace plan {

/// Called after the temporary file is complete and flushed, just before the
/// rename; tests use it to stop a writer at the worst moment.
using BeforeRename = std::function<void()>;

/// Replaces the file at path with data, keeping its permissions. A symbolic
/// link is refused, never followed. Returns "" or what went wrong; on
/// failure the file is as it was and no temporary file is left behind.
std::string replace_file_atomically(const std::string& path, const std::string& data,
                                    const BeforeRename& before_rename = {});

/// Creates path with data (permissions from the umask), refusing when it
/// already exists. Returns "" or what went wrong.
std::string create_file_atomically(const std::string& path, const std::string& data,
                                   const BeforeRename& before_rename = {});

/// A file written under a unique temporary name (in its own folder, flushed
/// to disk), waiting to be renamed into place; for writing several files
/// all or nothing (plan import).
struct StagedFile {
  std::string path;  // where it goes
  std::string temp;  // where it is now
};

/// Writes bytes to a temporary file next to path. Returns "" or what went wrong.
std::string stage_file(const std::string& path, const std::string& data, StagedFile& staged);

/// Renames a staged file over its path (atomic on one file system).
std::string commit_staged(const StagedFile& staged);

/// Removes a staged file that will not be committed.
void discard_staged(const StagedFile& staged);

/// Temporary files are named .NAME.tmp-PID-XXXXXX (PID: the writer's
/// process), so one left by a writer killed mid-write (kill -9, a power cut)
/// can be told from one being written now. The names (not paths) of those
/// in folder whose writer no longer runs, and of older-style ones
/// (.NAME.tmp-XXXXXX) untouched for ten minutes; sorted. A writer removes
/// those beside its own target before it writes; plan validate reports them.
std::vector<std::string> leftover_temp_files(const std::string& folder);

/// Writes path whole, replacing it if it exists (as replace_file_atomically)
/// or creating it if not. For generated output such as the rendered page.
std::string write_file_atomically(const std::string& path, const std::string& data);

}  // namespace plan
