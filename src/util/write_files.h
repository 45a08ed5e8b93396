// Writing to disk without leaving half-written files: each file is written
// to a temporary name in its own folder, flushed, then renamed over the
// target, so readers see the old bytes or the new ones, never a mixture.
#pragma once

#include <string>

namespace plan {

/// A file written under a temporary name, waiting to be renamed into place.
struct StagedFile {
  std::string path;  // where it goes
  std::string temp;  // where it is now
};

/// Writes bytes to a temporary file next to path and flushes it to disk.
/// Returns "" on success, else a message naming the path and the reason.
std::string stage_file(const std::string& path, const std::string& bytes, StagedFile& staged);

/// Renames a staged file over its path (atomic on one file system).
std::string commit_staged(const StagedFile& staged);

/// Removes a staged file that will not be committed.
void discard_staged(const StagedFile& staged);


/// Creates a folder and any missing parents (like mkdir -p).
std::string make_directories(const std::string& path);

}  // namespace plan
