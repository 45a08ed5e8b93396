// One writer at a time per plan: plan update and plan new hold an exclusive
// lock (util/platform.h: flock on the plan folder itself, LockFileEx on
// Windows) from before they read a file until
// after they have written it, so two runs at once never lose each other's
// update. With --commit the lock is released before git runs: the user's
// hooks may take minutes, and the file is already whole on disk. Locking the
// folder leaves no lock file in the repo.
#pragma once

#include <cstdint>
#include <string>

namespace plan {

class FolderLock {
 public:
  FolderLock() = default;
  FolderLock(FolderLock&& other) noexcept : handle_(other.handle_) { other.handle_ = -1; }
  FolderLock& operator=(FolderLock&& other) noexcept;
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;
  ~FolderLock();

  enum class Result { locked, busy, failed };
  /// Waits up to wait_ms for the lock. On busy or failed, error says why.
  Result lock(const std::string& folder, int wait_ms, std::string& error);
  bool held() const { return handle_ >= 0; }
  /// Releases the lock now (the file is written; a commit's hooks may take long).
  void unlock();

 private:
  intptr_t handle_ = -1;
};

}  // namespace plan
