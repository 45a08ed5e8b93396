#include "render/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace plan {
namespace {

std::string folder_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string failure(const std::string& path, int err) {
  return "cannot write '" + path + "': " + std::strerror(err);
}

}  // namespace

std::string ensure_directory(const std::string& dir) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return "";
    return "cannot create folder '" + dir + "': a file of that name is in the way";
  }
  if (::mkdir(dir.c_str(), 0777) != 0 && errno != EEXIST)
    return "cannot create folder '" + dir + "': " + std::strerror(errno);
  return "";
}

std::string write_file_atomic(const std::string& path, const std::string& data) {
  std::string folder = folder_of(path);
  struct stat st {};
  if (::stat(folder.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
    return "cannot write '" + path + "': folder '" + folder + "' does not exist";

  std::string pattern = path + ".tmp-XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) return failure(path, errno);
  std::string tmp = name.data();

  // mkstemp makes the file private; a published page is for everyone, as
  // any file the user creates would be (the umask still applies).
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);

  size_t written = 0;
  while (written < data.size()) {
    ssize_t n = ::write(fd, data.data() + written, data.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      ::unlink(tmp.c_str());
      return failure(path, err);
    }
    written += size_t(n);
  }
  int sync_error = ::fsync(fd) != 0 ? errno : 0;
  int close_error = ::close(fd) != 0 ? errno : 0;
  if (sync_error || close_error) {
    ::unlink(tmp.c_str());
    return failure(path, sync_error ? sync_error : close_error);
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    return failure(path, err);
  }
  return "";
}

}  // namespace plan
