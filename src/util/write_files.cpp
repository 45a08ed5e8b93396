#include "util/write_files.h"

#include <cerrno>

#include "util/atomic_write.h"
#include "util/platform.h"

namespace plan {
namespace {

std::string failure(const char* what, const std::string& path, int err) {
  return std::string("cannot ") + what + " '" + path + "': " + os::error_text(err);
}

}  // namespace

std::string make_directories(const std::string& path) {
  if (path.empty()) return "";
  os::Status st = os::status(path, true);
  if (!st.error) {
    if (st.kind == os::Kind::folder) return "";
    return failure("create folder", path, ENOTDIR);
  }
  size_t slash = path.find_last_of('/');
  if (slash != std::string::npos && slash > 0) {
    std::string error = make_directories(path.substr(0, slash));
    if (!error.empty()) return error;
  }
  int err = os::make_folder(path);
  if (err != 0 && err != EEXIST) return failure("create folder", path, err);
  return "";
}

}  // namespace plan
