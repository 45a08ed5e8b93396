#include "util/files.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace plan {

const char* const symlink_refusal =
    "it is a symbolic link; plan never follows links inside a plan (one could point outside "
    "the repository), so put the file itself here";

bool is_symlink(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}

ReadResult read_file(const std::string& path, size_t max_bytes, bool regular_only) {
  ReadResult r;
  // O_NONBLOCK: opening a pipe with no writer would otherwise wait forever.
  // A plan file (regular_only) is never read through a symbolic link.
  int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (regular_only ? O_NOFOLLOW : 0);
  int fd = ::open(path.c_str(), flags);
  if (fd < 0) {
    int err = errno;
    r.error =
        "cannot read '" + path + "': " +
        (regular_only && err == ELOOP && is_symlink(path) ? symlink_refusal : std::strerror(err));
    return r;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    r.error = "cannot read '" + path + "': " + std::strerror(errno);
    ::close(fd);
    return r;
  }
  if (S_ISDIR(st.st_mode) || (regular_only && !S_ISREG(st.st_mode))) {
    ::close(fd);
    r.error = "cannot read '" + path + "': " +
              (S_ISDIR(st.st_mode) ? "it is a folder, not a file"
                                   : "it is not a regular file (a pipe, device or socket)");
    return r;
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      r.error = "cannot read '" + path + "': " + std::strerror(errno);
      ::close(fd);
      return r;
    }
    if (n == 0) break;
    r.data.append(buf, size_t(n));
    if (r.data.size() > max_bytes) break;
  }
  ::close(fd);
  r.ok = true;
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
  DIR* d = ::opendir(dir.c_str());
  if (!d) {
    error = "cannot open folder '" + dir + "': " + std::strerror(errno);
    return names;
  }
  while (dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name.size() <= suffix.size() || name[0] == '.') continue;
    if (name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    names.push_back(name);
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<DirEntry> list_entries(const std::string& dir, std::string& error) {
  std::vector<DirEntry> entries;
  DIR* d = ::opendir(dir.c_str());
  if (!d) {
    error = "cannot open folder '" + dir + "': " + std::strerror(errno);
    return entries;
  }
  while (dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name.empty() || name[0] == '.') continue;
    DirEntry entry{name, DirEntry::Type::other};
    struct stat st {};
    std::string path = dir.back() == '/' ? dir + name : dir + "/" + name;
    if (::lstat(path.c_str(), &st) == 0) {
      if (S_ISLNK(st.st_mode))
        entry.type = DirEntry::Type::link;
      else if (S_ISDIR(st.st_mode))
        entry.type = DirEntry::Type::folder;
      else if (S_ISREG(st.st_mode))
        entry.type = DirEntry::Type::file;
    }
    entries.push_back(std::move(entry));
  }
  ::closedir(d);
  std::sort(entries.begin(), entries.end(),
            [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return entries;
}

uint64_t file_size(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 ? uint64_t(st.st_size) : 0;
}

bool is_directory(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool is_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
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
