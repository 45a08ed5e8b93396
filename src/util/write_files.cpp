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
