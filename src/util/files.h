// The file system at the edge: reading whole files and listing folders,
// with errors as text people can act on (path and the system's reason).
#pragma once

#include <string>
#include <vector>

namespace plan {

struct ReadResult {
  bool ok = false;
  std::string data;
  std::string error;  // "cannot read 'x': Permission denied"
};

/// Reads at most max_bytes + 1 bytes, so a huge file is noticed without reading it all.
ReadResult read_file(const std::string& path, size_t max_bytes = size_t(-1));

/// Names of regular files (or symlinks to them) in dir ending in suffix, sorted.
/// Sets error on failure.
std::vector<std::string> list_files(const std::string& dir, const std::string& suffix,
                                    std::string& error);

bool is_directory(const std::string& path);
bool is_file(const std::string& path);

/// Splits text into lines, dropping "\n" and a "\r" before it.
std::vector<std::string> split_lines(const std::string& text);

}  // namespace plan
