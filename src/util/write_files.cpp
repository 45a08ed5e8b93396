// The one writer of files (util/write_files.h): a set is checked, made
// under temporary names, then renamed into place; folders made and files
// renamed are recorded and undone in reverse order on failure. A replaced
// file's old version is kept under a hard link until the whole set is in
// place, so it can be put back. A single file is a set of one.
#include "util/write_files.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "util/files.h"
#include "util/paths.h"
#include "util/platform.h"

namespace plan {
namespace {

std::string failed(const std::string& what, const std::string& path, int err) {
  return "cannot " + what + " '" + path + "': " + os::error_text(err);
}

// The writer's process id in a temporary file's name after ".tmp-"
// (".NAME.tmp-PID-…"), or 0 for an older-style name (six random characters).
long writer_of(const std::string& rest) {
  size_t dash = rest.find('-');
  if (dash == std::string::npos || dash == 0) return 0;
  if (rest.find_first_not_of("0123456789") < dash) return 0;
  return std::strtol(rest.substr(0, dash).c_str(), nullptr, 10);
}

bool leftover(const std::filesystem::directory_entry& e) {
  std::string name = e.path().filename().string();
  size_t at = name.rfind(".tmp-");
  if (name.size() < 2 || name[0] != '.' || at == std::string::npos || at < 2) return false;
  std::string rest = name.substr(at + 5);
  if (long pid = writer_of(rest); pid > 0) return !os::process_running(pid);
  std::error_code ec;
  if (rest.size() != 6 || !e.is_regular_file(ec)) return false;
  auto age = std::filesystem::file_time_type::clock::now() - e.last_write_time(ec);
  return !ec && age > std::chrono::minutes(10);
}

// Removes the leftovers of earlier writers of path (same target name).
void remove_leftovers_of(const std::string& path) {
  std::string folder = folder_of(path), prefix = "." + name_of(path) + ".tmp-";
  std::error_code ec;
  for (const std::string& name : leftover_temp_files(folder))
    if (name.compare(0, prefix.size(), prefix) == 0)
      std::filesystem::remove(std::filesystem::u8path(folder + "/" + name), ec);
}

// A dot-named temporary file next to the target, named with this process's
// id (os::write_temporary) so a later run can tell it from a live writer's:
// plan never loads dot files, and the next writer of the file removes it.
bool write_temporary(const std::string& path, const std::string& data, unsigned mode,
                     std::string& temp, std::string& error) {
  remove_leftovers_of(path);
  bool created = false;
  int err = os::write_temporary(path, data, mode, temp, created);
  if (err) error = failed(created ? "write" : "write to the folder of", path, err);
  return err == 0;
}

/// A file written under a unique temporary name beside its path, flushed to
/// disk, waiting to be renamed into place.
struct StagedFile {
  std::string path;  // where it goes
  std::string temp;  // where it is now
};

std::string stage_file(const std::string& path, const std::string& data, unsigned mode,
                       StagedFile& staged) {
  staged.path = path;
  std::string error;
  write_temporary(path, data, mode, staged.temp, error);
  return error;
}

void discard_staged(const StagedFile& staged) {
  os::remove_file(staged.temp);
}

BeforeEachRename one_file_seam(const BeforeRename& before_rename) {
  if (!before_rename) return {};
  return [before_rename](const std::string&) { before_rename(); };
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

/// What is done so far, to undo it.
struct Undo {
  std::vector<std::string> folders_made;
  std::vector<StagedFile> staged;  // written, not yet renamed into place
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
  std::string folder = folder_of(path), name = name_of(path);
  for (int i = 0; i < 1000; ++i) {
    std::string candidate =
        folder + "/." + name + ".old-" + std::to_string(os::process_id()) + "-" + std::to_string(i);
    if (os::status(candidate, false).kind == os::Kind::missing) return candidate;
  }
  return "";
}

}  // namespace

std::vector<std::string> leftover_temp_files(const std::string& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::u8path(folder), ec))
    if (leftover(e)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

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
                            "cannot look at folder '" + folder + "': " + os::error_text(st.error)});
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
      std::string why = "cannot create '" + f.path + "' in '" + into + "': " + os::error_text(err);
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
                  "': " + os::error_text(err == EEXIST ? ENOTDIR : err));
    }
  // 2. Every file under a temporary name: a full disk shows here, before any
  //    is in place. A replaced file keeps its permissions.
  for (const FileToWrite& f : files) {
    StagedFile s;
    os::Status st = os::status(f.path, false);
    unsigned mode = f.may_replace && st.kind == os::Kind::file ? st.mode : os::new_file_mode();
    std::string error = stage_file(f.path, f.content, mode, s);
    if (!error.empty()) return fail(error);
    undo.staged.push_back(s);
  }
  // 3. Into place: a new file never replaces one that appeared meanwhile; a
  //    replaced file's old version is kept until all are in place (the last
  //    file needs none: nothing can fail after it).
  std::vector<StagedFile> staged = undo.staged;
  for (size_t i = 0; i < files.size(); ++i) {
    const FileToWrite& f = files[i];
    const StagedFile& s = staged[i];
    if (before_each_rename) before_each_rename(f.path);
    bool replacing = f.may_replace && os::status(f.path, false).kind == os::Kind::file;
    if (replacing) {
      bool last = i + 1 == files.size();
      std::string backup = last ? "" : backup_name(f.path);
      int err = last ? 0 : backup.empty() ? EEXIST : os::hard_link(f.path, backup);
      if (err)
        return fail("cannot keep the old '" + f.path +
                    "' while replacing it: " + os::error_text(err));
      if ((err = os::rename_replace(s.temp, f.path))) {
        if (!last) os::remove_file(backup);
        return fail("cannot replace '" + f.path + "': " + os::error_text(err));
      }
      if (!last) undo.replaced.emplace_back(f.path, backup);
    } else {
      if (int err = os::rename_no_replace(s.temp, f.path)) {
        if (err == EEXIST && f.may_replace)  // there, but not a plain file to replace
          return fail("cannot replace '" + f.path +
                      "': it is not a regular file (a link, a folder or a device); move it away");
        return fail(err == EEXIST ? "cannot create '" + f.path + "': it appeared meanwhile"
                                  : "cannot create '" + f.path + "': " + os::error_text(err));
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
    std::string folder = folder_of(f.path);
    if (std::find(folders.begin(), folders.end(), folder) != folders.end()) continue;
    folders.push_back(folder);
    os::sync_folder(folder);
  }
  return "";
}

std::string replace_file(const std::string& path, const std::string& data,
                         const BeforeRename& before_rename) {
  os::Status st = os::status(path, false);
  if (st.error) return failed("read", path, st.error);
  // Writing through a link would change a file outside the plan that git does not show.
  if (st.kind == os::Kind::link)
    return "cannot write '" + path +
           "': it is a symbolic link, and plan never writes through links; replace the link "
           "with the file itself";
  if (st.kind == os::Kind::folder)
    return "cannot write '" + path + "': it is a folder; give a file name inside it";
  // A device or a pipe (-o /dev/null, -o /dev/stdout) is written to, never
  // renamed over: a rename would put a plain file in its place.
  if (st.kind != os::Kind::file) {
    int err = os::write_in_place(path, data);
    return err ? failed("write", path, err) : "";
  }
  return write_file_set({{path, data, true}}, one_file_seam(before_rename));
}

std::string create_file(const std::string& path, const std::string& data,
                        const BeforeRename& before_rename) {
  if (os::status(path, false).kind != os::Kind::missing) return failed("create", path, EEXIST);
  if (os::Status folder = os::status(folder_of(path), true); folder.error)
    return failed("write to the folder of", path, folder.error);
  return write_file_set({{path, data, false}}, one_file_seam(before_rename));
}

std::string write_file(const std::string& path, const std::string& data) {
  if (os::status(path, false).kind != os::Kind::missing) return replace_file(path, data);
  std::string error = create_file(path, data);
  // Made by someone else meanwhile: replace it, as we would have anyway.
  if (!error.empty() && os::status(path, false).kind != os::Kind::missing)
    return replace_file(path, data);
  return error;
}

std::string make_directories(const std::string& path) {
  if (path.empty()) return "";
  os::Status st = os::status(path, true);
  if (!st.error) {
    if (st.kind == os::Kind::folder) return "";
    return failed("create folder", path, ENOTDIR);
  }
  size_t slash = path.find_last_of('/');
  if (slash != std::string::npos && slash > 0) {
    std::string error = make_directories(path.substr(0, slash));
    if (!error.empty()) return error;
  }
  int err = os::make_folder(path);
  if (err != 0 && err != EEXIST) return failed("create folder", path, err);
  return "";
}

}  // namespace plan
