#include "util/atomic_write.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

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

// A dot-named temporary file next to the target: plan never loads dot files,
// so one left by a crash is ignored. Returns the fd, or -1 with error set.
int write_temporary(const std::string& path, const std::string& data, mode_t mode,
                    std::string& temp, std::string& error) {
  temp = folder_of(path) + "/." + name_of(path) + ".tmp-XXXXXX";
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
