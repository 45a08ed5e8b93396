#include "edit/folder_lock.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <thread>

#include "util/platform.h"

namespace plan {

FolderLock& FolderLock::operator=(FolderLock&& other) noexcept {
  if (this != &other) {
    unlock();
    handle_ = other.handle_;
    other.handle_ = -1;
  }
  return *this;
}

void FolderLock::unlock() {
  if (handle_ >= 0) os::unlock_folder(handle_);
  handle_ = -1;
}

FolderLock::~FolderLock() {
  unlock();
}

FolderLock::Result FolderLock::lock(const std::string& folder, int wait_ms, std::string& error) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
  auto pause = std::chrono::milliseconds(5);
  intptr_t handle = -1;
  for (;;) {
    int err = os::try_lock_folder(folder, handle);
    if (err == 0) break;
    if (err != EWOULDBLOCK) {
      error = (err == ENOENT || err == ENOTDIR || err == EACCES ? "cannot open the plan folder '"
                                                                : "cannot lock the plan folder '") +
              folder + "': " + os::error_text(err);
      return Result::failed;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      error =
          "another plan update or plan new is still writing to this plan; try again when "
          "it has finished";
      return Result::busy;
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(100));
  }
  unlock();
  handle_ = handle;
  return Result::locked;
}

}  // namespace plan
