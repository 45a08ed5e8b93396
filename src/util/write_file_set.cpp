// Writes a set of files all or nothing (util/write_file_set.h): folders
// made and files renamed into place are recorded, and undone in reverse
// order on failure. A replaced file's old version is kept under a hard link
// until the whole set is in place, so it can be put back.
#include "util/write_file_set.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "util/atomic_write.h"
#include "util/files.h"

namespace plan {
namespace {

std::string parent_of(const std::string& path) {
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : path.substr(0, slash);
}

/// The folders on the way to path, outermost first: "a", "a/b" for "a/b/c".
std::vector<std::string> folders_on_the_way(const std::string& path) {
  std::vector<std::string> out;
  for (size_t slash = path.find('/', 1); slash != std::string::npos;
       slash = path.find('/', slash + 1))
    out.push_back(path.substr(0, slash));
  return out;
}

// A folder on the way below the file's root: one that must not be a link.
bool below_root(const FileToWrite& f, const std::string& folder) {
  if (f.root.empty()) return false;
  if (f.root == ".") return folder[0] != '/' && folder != ".";  // join_path(".", x) is x
  std::string prefix = f.root.back() == '/' ? f.root : f.root + "/";
  return folder.size() > prefix.size() && folder.compare(0, prefix.size(), prefix) == 0;
}

std::string errno_text(int err) {
  return std::strerror(err);
}

/// What is done so far, to undo it.
struct Undo {
  std::vector<std::string> folders_made;
  std::vector<StagedFile> staged;
  std::vector<std::string> created;
  std::vector<std::pair<std::string, std::string>> replaced;  // path, backup of the old file

  void run() {
    for (const StagedFile& s : staged) discard_staged(s);
    for (auto it = created.rbegin(); it != created.rend(); ++it) ::unlink(it->c_str());
    for (auto it = replaced.rbegin(); it != replaced.rend(); ++it)
      ::rename(it->second.c_str(), it->first.c_str());
    for (auto it = folders_made.rbegin(); it != folders_made.rend(); ++it)
      ::rmdir(it->c_str());  // only ever empty: everything put in it is gone
  }
};

/// A free name beside path for a hard link to its old version.
std::string backup_name(const std::string& path) {
  std::string folder = parent_of(path);
  std::string name = path.substr(folder.empty() ? 0 : folder.size() + 1);
  for (int i = 0; i < 1000; ++i) {
    std::string candidate = (folder.empty() ? "" : folder + "/") + "." + name + ".old-" +
                            std::to_string(::getpid()) + "-" + std::to_string(i);
    struct stat st {};
    if (::lstat(candidate.c_str(), &st) != 0) return candidate;
  }
  return "";
}

}  // namespace

std::vector<FileSetProblem> check_file_set(const std::vector<FileToWrite>& files) {
  std::vector<FileSetProblem> problems;
  std::vector<std::string> seen_blocked;  // each folder in the way is named once
  for (const FileToWrite& f : files) {
    struct stat st {};
    bool blocked = false;
    std::string deepest_existing;
    for (const std::string& folder : folders_on_the_way(f.path)) {
      if (below_root(f, folder) && is_symlink(folder)) {
        if (std::find(seen_blocked.begin(), seen_blocked.end(), folder) == seen_blocked.end()) {
          seen_blocked.push_back(folder);
          problems.push_back(
              {FileSetProblem::Kind::in_the_way, f.path,
               linked_folder_refusal(folder) + ", so '" + f.path + "' is not written there"});
        }
        blocked = true;
        break;
      }
      if (::stat(folder.c_str(), &st) != 0) {
        if (errno == ENOENT) break;  // made by the writer, with the rest below it
        problems.push_back({FileSetProblem::Kind::not_writable, f.path,
                            "cannot look at folder '" + folder + "': " + errno_text(errno)});
        blocked = true;
        break;
      }
      if (!S_ISDIR(st.st_mode)) {
        if (std::find(seen_blocked.begin(), seen_blocked.end(), folder) == seen_blocked.end()) {
          seen_blocked.push_back(folder);
          problems.push_back({FileSetProblem::Kind::in_the_way, f.path,
                              "'" + folder + "' is a file, not a folder, so '" + f.path +
                                  "' cannot be created; move it away"});
        }
        blocked = true;
        break;
      }
      deepest_existing = folder;
    }
    if (blocked) continue;
    if (::lstat(f.path.c_str(), &st) == 0) {
      if (S_ISDIR(st.st_mode)) {
        problems.push_back({FileSetProblem::Kind::in_the_way, f.path,
                            "'" + f.path + "' is a folder, where a file must go; move it away"});
        continue;
      }
      if (S_ISLNK(st.st_mode) || !f.may_replace || !S_ISREG(st.st_mode)) {
        problems.push_back({FileSetProblem::Kind::exists, f.path, "'" + f.path + "' exists"});
        continue;
      }
    }
    // The folder the writer makes its first entry in must let it.
    std::string into = deepest_existing.empty() ? "." : deepest_existing;
    if (f.path[0] == '/' && deepest_existing.empty()) into = "/";
    if (::faccessat(AT_FDCWD, into.c_str(), W_OK | X_OK, AT_EACCESS) != 0) {
      std::string why = "cannot create '" + f.path + "' in '" + into + "': " + errno_text(errno);
      bool named = std::any_of(problems.begin(), problems.end(), [&](const FileSetProblem& p) {
        return p.kind == FileSetProblem::Kind::not_writable &&
               p.why.find("in '" + into + "':") != std::string::npos;
      });
      if (!named) problems.push_back({FileSetProblem::Kind::not_writable, f.path, why});
    }
  }
  return problems;
}

std::string write_file_set(const std::vector<FileToWrite>& files,
                           const BeforeEachRename& before_each_rename) {
  Undo undo;
  auto fail = [&undo](std::string error) {
    undo.run();
    return error;
  };
  // 1. The folders, outermost first, each recorded as made only if this run made it.
  for (const FileToWrite& f : files)
    for (const std::string& folder : folders_on_the_way(f.path)) {
      if (::mkdir(folder.c_str(), 0777) == 0) {
        undo.folders_made.push_back(folder);
        continue;
      }
      int err = errno;
      if (err == EEXIST && below_root(f, folder) && is_symlink(folder))
        return fail(linked_folder_refusal(folder));
      struct stat st {};
      if (err == EEXIST && ::stat(folder.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) continue;
      return fail("cannot create folder '" + folder +
                  "': " + errno_text(err == EEXIST ? ENOTDIR : err));
    }
  // 2. Every file under a temporary name: a full disk shows here, before any is in place.
  for (const FileToWrite& f : files) {
    StagedFile s;
    std::string error = stage_file(f.path, f.content, s);
    if (!error.empty()) return fail(error);
    undo.staged.push_back(s);
  }
  // 3. Into place: a new file never replaces one that appeared meanwhile; a
  //    replaced file's old version is kept until all are in place.
  std::vector<StagedFile> staged = undo.staged;
  for (size_t i = 0; i < files.size(); ++i) {
    const FileToWrite& f = files[i];
    const StagedFile& s = staged[i];
    if (before_each_rename) before_each_rename(f.path);
    struct stat st {};
    bool replacing = f.may_replace && ::lstat(f.path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
    std::string backup;
    if (replacing) {
      backup = backup_name(f.path);
      if (backup.empty() || ::link(f.path.c_str(), backup.c_str()) != 0)
        return fail("cannot keep the old '" + f.path +
                    "' while replacing it: " + errno_text(backup.empty() ? EEXIST : errno));
      if (::rename(s.temp.c_str(), f.path.c_str()) != 0) {
        int err = errno;
        ::unlink(backup.c_str());
        return fail("cannot replace '" + f.path + "': " + errno_text(err));
      }
      undo.replaced.emplace_back(f.path, backup);
    } else {
      if (::renameat2(AT_FDCWD, s.temp.c_str(), AT_FDCWD, f.path.c_str(), RENAME_NOREPLACE) != 0) {
        int err = errno;
        if (err == EINVAL || err == ENOSYS)  // a file system without it: link() refuses too
          err = ::link(s.temp.c_str(), f.path.c_str()) == 0 && ::unlink(s.temp.c_str()) == 0
                    ? 0
                    : errno;
        if (err == EEXIST && f.may_replace)  // there, but not a plain file to replace
          return fail("cannot replace '" + f.path +
                      "': it is not a regular file (a link, a folder or a device); move it away");
        if (err != 0)
          return fail(err == EEXIST ? "cannot create '" + f.path + "': it appeared meanwhile"
                                    : "cannot create '" + f.path + "': " + errno_text(err));
      }
      undo.created.push_back(f.path);
    }
    undo.staged.erase(std::find_if(undo.staged.begin(), undo.staged.end(),
                                   [&](const StagedFile& x) { return x.temp == s.temp; }));
  }
  for (const auto& [path, backup] : undo.replaced) ::unlink(backup.c_str());
  // The renames made durable, once per folder.
  std::vector<std::string> folders;
  for (const FileToWrite& f : files) {
    std::string folder = parent_of(f.path);
    if (folder.empty()) folder = ".";
    if (std::find(folders.begin(), folders.end(), folder) != folders.end()) continue;
    folders.push_back(folder);
    int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
      ::fsync(fd);
      ::close(fd);
    }
  }
  return "";
}

}  // namespace plan
