#include "edit/folder_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

namespace plan {

FolderLock& FolderLock::operator=(FolderLock&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

void FolderLock::unlock() {
  if (fd_ >= 0) ::close(fd_);  // closing the descriptor releases the lock
  fd_ = -1;
}

FolderLock::~FolderLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the descriptor releases the lock
}

FolderLock::Result FolderLock::lock(const std::string& folder, int wait_ms, std::string& error) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    error = "cannot open the plan folder '" + folder + "': " + std::strerror(errno);
    return Result::failed;
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
  auto pause = std::chrono::milliseconds(5);
  for (;;) {
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) break;
    int err = errno;
    if (err == EINTR) continue;
    if (err != EWOULDBLOCK) {
      ::close(fd);
      error = "cannot lock the plan folder '" + folder + "': " + std::strerror(err);
      return Result::failed;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      ::close(fd);
      error =
          "another plan update or plan new is still writing to this plan; try again when "
          "it has finished";
      return Result::busy;
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(100));
  }
  if (fd_ >= 0) ::close(fd_);
  fd_ = fd;
  return Result::locked;
}

}  // namespace plan
