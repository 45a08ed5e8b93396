// The file system at the edge: reading whole files and listing folders,
// with errors as text people can act on (path and the system's reason).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plan {

struct ReadResult {
  bool ok = false;
  std::string data;
  std::string error;  // "cannot read 'x': Permission denied"
};

/// Why a plan file that is a symbolic link is refused (the policy in docs/robustness.md).
extern const char* const symlink_refusal;

/// True when path itself is a symbolic link (not followed).
bool is_symlink(const std::string& path);

/// Reads at most max_bytes + 1 bytes, so a huge file is noticed without reading it all.
/// With regular_only, anything but a regular file (a pipe, device or socket,
/// which could block forever or never end) is refused without reading, and so
/// is a symbolic link: plan files are read so; a file the user names
/// (--note-file <(…)) may be a pipe or a link.
ReadResult read_file(const std::string& path, size_t max_bytes = size_t(-1),
                     bool regular_only = false);

/// Reads a file that plan is about to rewrite (read, change, write back):
/// a plan file, .gitattributes. Refused (ok false, nothing read) unless it
/// is a regular file, not a link, of at most max_bytes, read to its end: a
/// file read in part and written back would lose its tail.
ReadResult read_file_to_edit(const std::string& path, size_t max_bytes);

/// The first folder on the way from base to base/relative (each folder of
/// relative, not its last part) that is a symbolic link, as a path joined
/// to base; "" when there is none. base itself is not looked at (the folder
/// the user named may be a link).
std::string linked_folder_on_way(const std::string& base, const std::string& relative);

/// Why plan refuses to go through the linked folder found above.
std::string linked_folder_refusal(const std::string& folder);

/// The size of the file at path (following symlinks), or 0 if it cannot be found.
uint64_t file_size(const std::string& path);

/// Names of regular files (or symlinks to them) in dir ending in suffix, sorted.
/// Sets error on failure.
std::vector<std::string> list_files(const std::string& dir, const std::string& suffix,
                                    std::string& error);

/// One entry of a folder, as it is (links not followed).
struct DirEntry {
  enum class Type { file, folder, link, other };
  std::string name;
  Type type;
};

/// Every entry of dir but those whose names start with '.', sorted by name.
/// Sets error on failure.
std::vector<DirEntry> list_entries(const std::string& dir, std::string& error);

bool is_directory(const std::string& path);
bool is_file(const std::string& path);

/// Splits text into lines, dropping "\n" and a "\r" before it.
std::vector<std::string> split_lines(const std::string& text);

/// Splits text into lines that keep their "\n" (the last may lack one), so a
/// line that gains or loses its final newline differs: for diffs and merges.
std::vector<std::string_view> split_keeping_endings(std::string_view text);

}  // namespace plan
