// The operating system, in one place: everything plan asks of the file
// system, processes and the console goes through these functions, written
// twice, in platform_posix.cpp (Linux, the BSDs, macOS) and
// platform_win32.cpp (Windows: wide-character APIs, paths and arguments as
// UTF-8). Only one of the two is compiled. The rest of plan has no #ifdef.
// Errors are errno values on both (Windows' are translated), so messages
// read the same everywhere; docs/robustness.md says where Windows differs.
#pragma once

#include <cstdint>
#include <ctime>
#include <string>
#include <utility>
#include <vector>

namespace plan::os {

/// A Windows error with no errno equivalent: the file is open in another
/// program that does not share it (a sharing or lock violation).
constexpr int error_in_use = 10001;

/// The reason for an error code, in plain words ("Permission denied").
std::string error_text(int err);

enum class Kind { missing, file, folder, link, other };

struct Status {
  Kind kind = Kind::missing;
  uint64_t size = 0;
  unsigned mode = 0;  // permission bits (POSIX); 0666, or 0444 when read-only (Windows)
  int error = 0;      // why it could not be looked at (ENOENT when missing)
};

/// What is at path. With follow, a link is followed (stat); without, a link
/// is reported as Kind::link (lstat). On Windows every reparse point (a
/// symbolic link or a junction) counts as a link.
Status status(const std::string& path, bool follow);

/// True when path and other name the same folder (to notice the top of the file system).
bool same_folder(const std::string& path, const std::string& other);

/// Reads the file at path into data, at most max_bytes + 1 bytes. With
/// regular_only, a link or anything but a regular file is refused unread,
/// without blocking (a pipe with no writer). Returns 0, or an errno with
/// found saying what was there when that was the reason (folder, link, other).
int read_whole(const std::string& path, size_t max_bytes, bool regular_only, std::string& data,
               Kind& found);

/// The names in dir but "." and "..", each with what it is (links not followed).
int list_folder(const std::string& dir, std::vector<std::pair<std::string, Kind>>& out);

int make_folder(const std::string& path);    // 0 or errno (EEXIST when something is there)
int remove_file(const std::string& path);    // 0 or errno
int remove_folder(const std::string& path);  // 0 or errno; only an empty folder

/// 0 when this process may list folder and open what is in it, else errno.
int can_read_folder(const std::string& folder);

/// 0 when this process may create entries in folder, else errno.
int can_create_in(const std::string& folder);

/// Permissions a new file gets (0666 less the umask on POSIX).
unsigned new_file_mode();

/// Writes data to a new uniquely named dot file in target's folder (plan never
/// loads dot files), with mode, flushed to disk. Returns 0 and its name in
/// temp, or errno with nothing left behind (created says whether the file
/// was made, i.e. whether writing or making it failed).
int write_temporary(const std::string& target, const std::string& data, unsigned mode,
                    std::string& temp, bool& created);

/// Writes data into an existing file that is not a regular one (a device such
/// as /dev/null or NUL), never replacing it.
int write_in_place(const std::string& path, const std::string& data);

/// Renames from over to, replacing it atomically. On Windows a target open
/// in another program (an editor, a virus scanner) is retried for a second.
int rename_replace(const std::string& from, const std::string& to);

/// Renames from to to only if nothing is at to (EEXIST otherwise), even
/// against a race.
int rename_no_replace(const std::string& from, const std::string& to);

/// A second name for the file at from (a hard link), to keep an old version.
int hard_link(const std::string& from, const std::string& to);

/// Makes the renames in folder durable; failures are ignored (cannot be undone).
void sync_folder(const std::string& folder);

int process_id();

/// The full path of the running program (for the files installed beside it).
std::string executable_path();

/// An exclusive lock on a plan folder, held until unlock_folder (or exit).
/// POSIX: flock on the folder itself. Windows: LockFileEx on a dot file in
/// it that is deleted when the last holder closes it. Returns 0 with handle
/// set, EWOULDBLOCK when another process holds it, or another errno.
int try_lock_folder(const std::string& folder, intptr_t& handle);
void unlock_folder(intptr_t handle);

struct ProcessResult {
  int exit_code = -1;  // -1 when it did not run or was killed
  bool started = false;
  std::string out;    // its standard output, when captured
  std::string err;    // its standard error, when captured (POSIX; also passed on unless quiet)
  std::string error;  // why it could not be started or did not exit normally
};

/// Runs argv[0] (found through PATH) with argv, directly, never through a
/// shell. With capture, input is written to its standard input and its
/// standard output is returned; without, it shares ours (and our terminal).
/// quiet sends its standard error (and, uncaptured, its output) nowhere.
ProcessResult run_process(const std::vector<std::string>& argv, bool capture,
                          const std::string& input, bool quiet);

/// Whether a process with this id runs (as anyone): a temporary file named
/// with it is a live writer's, not a leftover.
bool process_running(long pid);

/// The command line as UTF-8 (on Windows read as UTF-16, whatever the code page).
std::vector<std::string> arguments(int argc, char** argv);

/// Sets the console up: UTF-8 output on Windows, standard output and error
/// binary (a "\n" stays "\n", as on Linux), a file-size limit not fatal.
void prepare_process();

/// An environment variable as UTF-8, or nullptr-like "" with present false.
std::string environment(const char* name, bool& present);

/// Sets an environment variable of this process, which the programs it runs
/// inherit (GIT_TERMINAL_PROMPT=0 before running git). 0 or errno.
int set_environment(const char* name, const std::string& value);

struct Console {
  bool is_terminal = false;
  int columns = 0;      // 0 when unknown
  bool colour = false;  // the terminal shows ANSI colour (Windows: VT processing on)
};
/// What standard output is.
Console stdout_console();

/// The calendar date now in zone (an IANA name), in t; false when this
/// system cannot tell (no time zone database), and t then holds UTC.
bool local_time(std::time_t now, const std::string& zone, std::tm& t);

/// Whether zone names a time zone this system knows.
bool known_zone(const std::string& zone);

}  // namespace plan::os
