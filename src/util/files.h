// The file system at the edge: reading whole files and listing folders,
// with errors as text people can act on (path and the system's reason).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace plan {

struct ReadResult {
  bool ok = false;
  std::string data;
  std::string error;  // "cannot read 'x': Permission denied"
};

/// Reads at most max_bytes + 1 bytes, so a huge file is noticed without reading it all.
/// With regular_only, anything but a regular file (a pipe, device or socket,
/// which could block forever or never end) is refused without reading: plan
/// files are read so; a file the user names (--note-file <(…)) may be a pipe.
ReadResult read_file(const std::string& path, size_t max_bytes = size_t(-1),
                     bool regular_only = false);

/// The size of the file at path (following symlinks), or 0 if it cannot be found.
uint64_t file_size(const std::string& path);

/// Names of regular files (or symlinks to them) in dir ending in suffix, sorted.
/// Sets error on failure.
std::vector<std::string> list_files(const std::string& dir, const std::string& suffix,
                                    std::string& error);

bool is_directory(const std::string& path);
bool is_file(const std::string& path);

/// Splits text into lines, dropping "\n" and a "\r" before it.
std::vector<std::string> split_lines(const std::string& text);

}  // namespace plan
