#include "util/atomic_write.h"

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

// A dot-named temporary file next to the target: plan never loads dot files,
// so one left by a crash is ignored.
bool write_temporary(const std::string& path, const std::string& data, unsigned mode,
                     std::string& temp, std::string& error) {
  bool created = false;
  int err = os::write_temporary(path, data, mode, temp, created);
  if (err) error = failed(created ? "write" : "write to the folder of", path, err);
  return err == 0;
}

}  // namespace

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

void discard_staged(const StagedFile& staged) { os::remove_file(staged.temp); }

std::string write_file_atomically(const std::string& path, const std::string& data) {
  if (os::status(path, false).kind != os::Kind::missing) return replace_file_atomically(path, data);
  std::string error = create_file_atomically(path, data);
  // Made by someone else meanwhile: replace it, as we would have anyway.
  if (!error.empty() && os::status(path, false).kind != os::Kind::missing)
    return replace_file_atomically(path, data);
  return error;
}

}  // namespace plan
