#include "util/write_files.h"

#include "util/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace plan {
namespace {

std::string failure(const char* what, const std::string& path) {
  return std::string("cannot ") + what + " '" + path + "': " + std::strerror(errno);
}

}  // namespace

std::string stage_file(const std::string& path, const std::string& bytes, StagedFile& staged) {
  staged.path = path;
  staged.temp = path + ".tmp." + std::to_string(::getpid());
  // A temporary file left by an earlier run that was killed is ours to replace.
  ::unlink(staged.temp.c_str());
  int fd = ::open(staged.temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return failure("write", path);
  bool ok = write_all(fd, bytes) && ::fsync(fd) == 0;
  int saved = errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    ::unlink(staged.temp.c_str());
    errno = saved;
    return failure("write", path);
  }
  return "";
}

std::string commit_staged(const StagedFile& staged) {
  if (std::rename(staged.temp.c_str(), staged.path.c_str()) != 0) {
    std::string error = failure("replace", staged.path);
    ::unlink(staged.temp.c_str());
    return error;
  }
  return "";
}

void discard_staged(const StagedFile& staged) {
  ::unlink(staged.temp.c_str());
}

std::string make_directories(const std::string& path) {
  if (path.empty()) return "";
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return "";
    errno = ENOTDIR;
    return failure("create folder", path);
  }
  size_t slash = path.find_last_of('/');
  if (slash != std::string::npos && slash > 0) {
    std::string error = make_directories(path.substr(0, slash));
    if (!error.empty()) return error;
  }
  if (::mkdir(path.c_str(), 0777) != 0 && errno != EEXIST) return failure("create folder", path);
  return "";
}

}  // namespace plan
