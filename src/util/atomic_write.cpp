#include "util/atomic_write.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "util/platform.h"

namespace plan {
namespace {

std::string folder_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string failed(const std::string& what, const std::string& path, int err) {
  return "cannot " + what + " '" + path + "': " + os::error_text(err);
}

std::string name_of(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
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

}  // namespace

std::vector<std::string> leftover_temp_files(const std::string& folder) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::u8path(folder), ec))
    if (leftover(e)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string replace_file_atomically(const std::string& path, const std::string& data,
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
  std::string temp, error;
  if (!write_temporary(path, data, st.mode, temp, error)) return error;
  if (before_rename) before_rename();
  if (int err = os::rename_replace(temp, path)) {
    os::remove_file(temp);
    return failed("replace", path, err);
  }
  os::sync_folder(folder_of(path));
  return "";
}

std::string create_file_atomically(const std::string& path, const std::string& data,
                                   const BeforeRename& before_rename) {
  std::string temp, error;
  if (!write_temporary(path, data, os::new_file_mode(), temp, error)) return error;
  if (before_rename) before_rename();
  // Renaming without replacing makes "refuse if it exists" hold even against a race.
  if (int err = os::rename_no_replace(temp, path)) {
    os::remove_file(temp);
    return failed("create", path, err);
  }
  os::sync_folder(folder_of(path));
  return "";
}

std::string stage_file(const std::string& path, const std::string& data, StagedFile& staged) {
  staged.path = path;
  std::string error;
  write_temporary(path, data, os::new_file_mode(), staged.temp, error);
  return error;
}

std::string commit_staged(const StagedFile& staged) {
  if (int err = os::rename_replace(staged.temp, staged.path)) {
    os::remove_file(staged.temp);
    return failed("replace", staged.path, err);
  }
  os::sync_folder(folder_of(staged.path));
  return "";
}

void discard_staged(const StagedFile& staged) {
  os::remove_file(staged.temp);
}

std::string write_file_atomically(const std::string& path, const std::string& data) {
  if (os::status(path, false).kind != os::Kind::missing) return replace_file_atomically(path, data);
  std::string error = create_file_atomically(path, data);
  // Made by someone else meanwhile: replace it, as we would have anyway.
  if (!error.empty() && os::status(path, false).kind != os::Kind::missing)
    return replace_file_atomically(path, data);
  return error;
}

}  // namespace plan
