#include "util/files.h"

#include <algorithm>

#include "util/platform.h"

namespace plan {

const char* const symlink_refusal =
    "it is a symbolic link; plan never follows links inside a plan (one could point outside "
    "the repository), so put the file itself here";

bool is_symlink(const std::string& path) {
  return os::status(path, false).kind == os::Kind::link;
}

ReadResult read_file(const std::string& path, size_t max_bytes, bool regular_only) {
  ReadResult r;
  os::Kind found = os::Kind::missing;
  int err = os::read_whole(path, max_bytes, regular_only, r.data, found);
  if (err == 0) {
    r.ok = true;
    return r;
  }
  r.data.clear();
  std::string why = found == os::Kind::link     ? symlink_refusal
                    : found == os::Kind::folder ? "it is a folder, not a file"
                    : found == os::Kind::other
                        ? "it is not a regular file (a pipe, device or socket)"
                        : os::error_text(err);
  r.error = "cannot read '" + path + "': " + why;
  return r;
}

ReadResult read_file_to_edit(const std::string& path, size_t max_bytes) {
  ReadResult r = read_file(path, max_bytes, true);
  // read_file stops only once past max_bytes: within it, the end was reached.
  if (r.ok && r.data.size() > max_bytes) {
    r.ok = false;
    r.error = "'" + path + "' is larger than " + std::to_string(max_bytes) +
              " bytes, the most plan reads whole before changing a file; nothing was written";
    std::string().swap(r.data);
  }
  return r;
}

std::string linked_folder_on_way(const std::string& base, const std::string& relative) {
  std::string path = base.empty() ? "." : base;
  size_t start = 0;
  for (;;) {
    size_t slash = relative.find('/', start);
    if (slash == std::string::npos) return "";  // the last part is the file itself
    std::string part = relative.substr(start, slash - start);
    start = slash + 1;
    if (part.empty() || part == ".") continue;
    path = path == "." ? part : (path.back() == '/' ? path + part : path + "/" + part);
    if (is_symlink(path)) return path;
  }
}

std::string linked_folder_refusal(const std::string& folder) {
  return "the folder '" + folder +
         "' is a symbolic link; plan never goes through a link inside a plan's repository (it "
         "could lead outside it), so put the folder itself there";
}

std::vector<std::string> list_files(const std::string& dir, const std::string& suffix,
                                    std::string& error) {
  std::vector<std::string> names;
  std::vector<std::pair<std::string, os::Kind>> all;
  if (int err = os::list_folder(dir, all)) {
    error = "cannot open folder '" + dir + "': " + os::error_text(err);
    return names;
  }
  for (auto& [name, kind] : all) {
    if (name.size() <= suffix.size() || name[0] == '.') continue;
    if (name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<DirEntry> list_entries(const std::string& dir, std::string& error) {
  std::vector<DirEntry> entries;
  std::vector<std::pair<std::string, os::Kind>> all;
  if (int err = os::list_folder(dir, all)) {
    error = "cannot open folder '" + dir + "': " + os::error_text(err);
    return entries;
  }
  for (auto& [name, kind] : all) {
    if (name.empty() || name[0] == '.') continue;
    DirEntry::Type type = kind == os::Kind::link     ? DirEntry::Type::link
                          : kind == os::Kind::folder ? DirEntry::Type::folder
                          : kind == os::Kind::file   ? DirEntry::Type::file
                                                     : DirEntry::Type::other;
    entries.push_back({name, type});
  }
  std::sort(entries.begin(), entries.end(),
            [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return entries;
}

uint64_t file_size(const std::string& path) {
  os::Status st = os::status(path, true);
  return st.error ? 0 : st.size;
}

bool is_directory(const std::string& path) {
  return os::status(path, true).kind == os::Kind::folder;
}

bool is_file(const std::string& path) {
  return os::status(path, true).kind == os::Kind::file;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) {
      if (start < text.size()) lines.push_back(text.substr(start));
      break;
    }
    size_t len = end - start;
    if (len > 0 && text[end - 1] == '\r') --len;
    lines.push_back(text.substr(start, len));
    start = end + 1;
  }
  return lines;
}

std::vector<std::string_view> split_keeping_endings(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t nl = text.find('\n', begin);
    size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    lines.push_back(text.substr(begin, end - begin));
    begin = end;
  }
  return lines;
}

}  // namespace plan
