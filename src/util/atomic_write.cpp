#include "util/atomic_write.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <ctime>

namespace plan {
namespace {

std::string folder_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string name_of(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string failed(const std::string& what, const std::string& path, int err) {
  return "cannot " + what + " '" + path + "': " + std::strerror(err);
}

// Makes the rename itself durable; a failure here cannot be undone, so it is ignored.
void sync_folder(const std::string& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

// The writer's process id in a temporary file's name after ".tmp-", or 0
// for an older-style name (six random characters, no id).
long writer_of(const std::string& rest) {
  size_t dash = rest.find('-');
  if (dash == std::string::npos || dash == 0 || rest.size() - dash - 1 != 6) return 0;
  if (rest.find_first_not_of("0123456789") < dash) return 0;
  return std::strtol(rest.substr(0, dash).c_str(), nullptr, 10);
}

bool leftover(const std::string& folder, const std::string& name) {
  size_t at = name.rfind(".tmp-");
  if (name.size() < 2 || name[0] != '.' || at == std::string::npos || at < 2) return false;
  std::string rest = name.substr(at + 5);
  if (long pid = writer_of(rest); pid > 0)
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;  // EPERM: it runs, as someone else
  if (rest.size() != 6) return false;
  struct stat st {};
  std::string path = folder + "/" + name;
  return ::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) &&
         st.st_mtime + 600 < ::time(nullptr);
}

// Removes the leftovers of earlier writers of path (same target name).
void remove_leftovers_of(const std::string& path) {
  std::string folder = folder_of(path), prefix = "." + name_of(path) + ".tmp-";
  for (const std::string& name : leftover_temp_files(folder))
    if (name.compare(0, prefix.size(), prefix) == 0) ::unlink((folder + "/" + name).c_str());
}

// A dot-named temporary file next to the target, named with this process's
// id so a later run can tell it from a live writer's. Returns the fd, or -1
// with error set.
int write_temporary(const std::string& path, const std::string& data, mode_t mode,
                    std::string& temp, std::string& error) {
  remove_leftovers_of(path);
  temp = folder_of(path) + "/." + name_of(path) + ".tmp-" + std::to_string(::getpid()) + "-XXXXXX";
  int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) {
    error = failed("write to the folder of", path, errno);
    return -1;
  }
  if (::fchmod(fd, mode) != 0 || !write_all(fd, data) || ::fsync(fd) != 0) {
    error = failed("write", path, errno);
    ::close(fd);
    ::unlink(temp.c_str());
    return -1;
  }
  if (::close(fd) != 0) {
    error = failed("write", path, errno);
    ::unlink(temp.c_str());
    return -1;
  }
  return 0;
}

std::string write_in_place(const std::string& path, const std::string& data) {
  int fd = ::open(path.c_str(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return failed("write", path, errno);
  bool ok = write_all(fd, data);
  int err = errno;
  ::close(fd);
  return ok ? "" : failed("write", path, err);
}

}  // namespace

std::vector<std::string> leftover_temp_files(const std::string& folder) {
  std::vector<std::string> names;
  DIR* d = ::opendir(folder.c_str());
  if (!d) return names;
  while (dirent* e = ::readdir(d))
    if (leftover(folder, e->d_name)) names.push_back(e->d_name);
  ::closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

std::string replace_file_atomically(const std::string& path, const std::string& data,
                                    const BeforeRename& before_rename) {
  const std::string& target = path;
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0) return failed("read", path, errno);
  // Writing through a link would change a file outside the plan that git does not show.
  if (S_ISLNK(st.st_mode))
    return "cannot write '" + path +
           "': it is a symbolic link, and plan never writes through links; replace the link "
           "with the file itself";
  if (S_ISDIR(st.st_mode))
    return "cannot write '" + path + "': it is a folder; give a file name inside it";
  // A device or a pipe (-o /dev/null, -o /dev/stdout) is written to, never
  // renamed over: a rename would put a plain file in its place.
  if (!S_ISREG(st.st_mode)) return write_in_place(path, data);
  std::string temp, error;
  if (write_temporary(target, data, st.st_mode & 07777, temp, error) < 0) return error;
  if (before_rename) before_rename();
  if (::rename(temp.c_str(), target.c_str()) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    return failed("replace", path, err);
  }
  sync_folder(folder_of(target));
  return "";
}

std::string create_file_atomically(const std::string& path, const std::string& data,
                                   const BeforeRename& before_rename) {
  mode_t mask = ::umask(0);
  ::umask(mask);
  std::string temp, error;
  if (write_temporary(path, data, 0666 & ~mask, temp, error) < 0) return error;
  if (before_rename) before_rename();
  // Renaming without replacing makes "refuse if it exists" hold even against a race.
  if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) != 0) {
    int err = errno;
    if (err == EINVAL || err == ENOSYS) {  // a file system without it: link() refuses too
      err = ::link(temp.c_str(), path.c_str()) == 0 ? 0 : errno;
    }
    ::unlink(temp.c_str());
    if (err != 0) return failed("create", path, err);
  }
  sync_folder(folder_of(path));
  return "";
}

std::string stage_file(const std::string& path, const std::string& data, StagedFile& staged) {
  staged.path = path;
  mode_t mask = ::umask(0);
  ::umask(mask);
  std::string error;
  if (write_temporary(path, data, 0666 & ~mask, staged.temp, error) < 0) return error;
  return "";
}

std::string commit_staged(const StagedFile& staged) {
  if (::rename(staged.temp.c_str(), staged.path.c_str()) != 0) {
    int err = errno;
    ::unlink(staged.temp.c_str());
    return failed("replace", staged.path, err);
  }
  sync_folder(folder_of(staged.path));
  return "";
}

void discard_staged(const StagedFile& staged) { ::unlink(staged.temp.c_str()); }

std::string write_file_atomically(const std::string& path, const std::string& data) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0) return replace_file_atomically(path, data);
  std::string error = create_file_atomically(path, data);
  // Made by someone else meanwhile: replace it, as we would have anyway.
  if (!error.empty() && ::lstat(path.c_str(), &st) == 0) return replace_file_atomically(path, data);
  return error;
}

bool write_all(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    done += size_t(n);
  }
  return true;
}

}  // namespace plan
