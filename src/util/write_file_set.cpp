// Writes a set of files all or nothing (util/write_file_set.h): folders
// made and files renamed into place are recorded, and undone in reverse
// order on failure. A replaced file's old version is kept under a hard link
// until the whole set is in place, so it can be put back.
#include "util/write_file_set.h"

#include <algorithm>
#include <cerrno>

#include "util/atomic_write.h"
#include "util/files.h"
#include "util/platform.h"

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
  return os::error_text(err);
}

/// What is done so far, to undo it.
struct Undo {
  std::vector<std::string> folders_made;
  std::vector<StagedFile> staged;
  std::vector<std::string> created;
  std::vector<std::pair<std::string, std::string>> replaced;  // path, backup of the old file

  void run() {
    for (const StagedFile& s : staged) discard_staged(s);
    for (auto it = created.rbegin(); it != created.rend(); ++it) os::remove_file(*it);
    for (auto it = replaced.rbegin(); it != replaced.rend(); ++it)
      os::rename_replace(it->second, it->first);
    for (auto it = folders_made.rbegin(); it != folders_made.rend(); ++it)
      os::remove_folder(*it);  // only ever empty: everything put in it is gone
  }
};

/// A free name beside path for a hard link to its old version.
std::string backup_name(const std::string& path) {
  std::string folder = parent_of(path);
  std::string name = path.substr(folder.empty() ? 0 : folder.size() + 1);
  for (int i = 0; i < 1000; ++i) {
    std::string candidate = (folder.empty() ? "" : folder + "/") + "." + name + ".old-" +
                            std::to_string(os::process_id()) + "-" + std::to_string(i);
    if (os::status(candidate, false).kind == os::Kind::missing) return candidate;
  }
  return "";
}

}  // namespace

std::vector<FileSetProblem> check_file_set(const std::vector<FileToWrite>& files) {
  std::vector<FileSetProblem> problems;
  std::vector<std::string> seen_blocked;  // each folder in the way is named once
  for (const FileToWrite& f : files) {
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
      os::Status st = os::status(folder, true);
      if (st.error) {
        if (st.error == ENOENT) break;  // made by the writer, with the rest below it
        problems.push_back({FileSetProblem::Kind::not_writable, f.path,
                            "cannot look at folder '" + folder + "': " + errno_text(st.error)});
        blocked = true;
        break;
      }
      if (st.kind != os::Kind::folder) {
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
    if (os::Status st = os::status(f.path, false); !st.error) {
      if (st.kind == os::Kind::folder) {
        problems.push_back({FileSetProblem::Kind::in_the_way, f.path,
                            "'" + f.path + "' is a folder, where a file must go; move it away"});
        continue;
      }
      if (!f.may_replace || st.kind != os::Kind::file) {
        problems.push_back({FileSetProblem::Kind::exists, f.path, "'" + f.path + "' exists"});
        continue;
      }
    }
    // The folder the writer makes its first entry in must let it.
    std::string into = deepest_existing.empty() ? "." : deepest_existing;
    if (f.path[0] == '/' && deepest_existing.empty()) into = "/";
    if (int err = os::can_create_in(into)) {
      std::string why = "cannot create '" + f.path + "' in '" + into + "': " + errno_text(err);
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
      int err = os::make_folder(folder);
      if (err == 0) {
        undo.folders_made.push_back(folder);
        continue;
      }
      if (err == EEXIST && below_root(f, folder) && is_symlink(folder))
        return fail(linked_folder_refusal(folder));
      if (err == EEXIST && os::status(folder, true).kind == os::Kind::folder) continue;
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
    bool replacing = f.may_replace && os::status(f.path, false).kind == os::Kind::file;
    std::string backup;
    if (replacing) {
      backup = backup_name(f.path);
      int err = backup.empty() ? EEXIST : os::hard_link(f.path, backup);
      if (err)
        return fail("cannot keep the old '" + f.path + "' while replacing it: " + errno_text(err));
      if ((err = os::rename_replace(s.temp, f.path))) {
        os::remove_file(backup);
        return fail("cannot replace '" + f.path + "': " + errno_text(err));
      }
      undo.replaced.emplace_back(f.path, backup);
    } else {
      if (int err = os::rename_no_replace(s.temp, f.path)) {
        if (err == EEXIST && f.may_replace)  // there, but not a plain file to replace
          return fail("cannot replace '" + f.path +
                      "': it is not a regular file (a link, a folder or a device); move it away");
        return fail(err == EEXIST ? "cannot create '" + f.path + "': it appeared meanwhile"
                                  : "cannot create '" + f.path + "': " + errno_text(err));
      }
      undo.created.push_back(f.path);
    }
    undo.staged.erase(std::find_if(undo.staged.begin(), undo.staged.end(),
                                   [&](const StagedFile& x) { return x.temp == s.temp; }));
  }
  for (const auto& [path, backup] : undo.replaced) os::remove_file(backup);
  // The renames made durable, once per folder.
  std::vector<std::string> folders;
  for (const FileToWrite& f : files) {
    std::string folder = parent_of(f.path);
    if (folder.empty()) folder = ".";
    if (std::find(folders.begin(), folders.end(), folder) != folders.end()) continue;
    folders.push_back(folder);
    os::sync_folder(folder);
  }
  return "";
}

}  // namespace plan
