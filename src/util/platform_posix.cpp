// util/platform.h on Linux and other POSIX systems.
#ifndef _WIN32

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "util/paths.h"
#include "util/platform.h"

namespace plan::os {
namespace {

Kind kind_of(mode_t mode) {
  if (S_ISLNK(mode)) return Kind::link;
  if (S_ISDIR(mode)) return Kind::folder;
  if (S_ISREG(mode)) return Kind::file;
  return Kind::other;
}

bool write_all(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    done += size_t(n);
  }
  return true;
}

}  // namespace

std::string error_text(int err) {
  if (err == error_in_use) return "it is open in another program";
  return std::strerror(err);
}

Status status(const std::string& path, bool follow) {
  Status s;
  struct stat st {};
  if ((follow ? ::stat(path.c_str(), &st) : ::lstat(path.c_str(), &st)) != 0) {
    s.error = errno;
    return s;
  }
  s.kind = kind_of(st.st_mode);
  s.size = uint64_t(st.st_size);
  s.mode = st.st_mode & 07777;
  return s;
}

bool same_folder(const std::string& path, const std::string& other) {
  struct stat a {
  }, b{};
  return ::stat(path.c_str(), &a) == 0 && ::stat(other.c_str(), &b) == 0 && a.st_ino == b.st_ino &&
         a.st_dev == b.st_dev;
}

int read_whole(const std::string& path, size_t max_bytes, bool regular_only, std::string& data,
               Kind& found) {
  found = Kind::missing;
  // O_NONBLOCK: opening a pipe with no writer would otherwise wait forever.
  // A plan file (regular_only) is never read through a symbolic link.
  int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (regular_only ? O_NOFOLLOW : 0);
  int fd = ::open(path.c_str(), flags);
  if (fd < 0) {
    int err = errno;
    if (regular_only && err == ELOOP && status(path, false).kind == Kind::link) found = Kind::link;
    return err;
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return err;
  }
  if (S_ISDIR(st.st_mode) || (regular_only && !S_ISREG(st.st_mode))) {
    ::close(fd);
    found = S_ISDIR(st.st_mode) ? Kind::folder : Kind::other;
    return S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      return err;
    }
    if (n == 0) break;
    data.append(buf, size_t(n));
    if (data.size() > max_bytes) break;
  }
  ::close(fd);
  found = Kind::file;
  return 0;
}

int list_folder(const std::string& dir, std::vector<std::pair<std::string, Kind>>& out) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) return errno;
  while (dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    struct stat st {};
    std::string path = dir.back() == '/' ? dir + name : dir + "/" + name;
    Kind kind = ::lstat(path.c_str(), &st) == 0 ? kind_of(st.st_mode) : Kind::other;
    out.emplace_back(std::move(name), kind);
  }
  ::closedir(d);
  return 0;
}

int make_folder(const std::string& path) {
  return ::mkdir(path.c_str(), 0777) == 0 ? 0 : errno;
}
int remove_file(const std::string& path) {
  return ::unlink(path.c_str()) == 0 ? 0 : errno;
}
int remove_folder(const std::string& path) {
  return ::rmdir(path.c_str()) == 0 ? 0 : errno;
}

int can_read_folder(const std::string& folder) {
  return ::access(folder.c_str(), R_OK | X_OK) == 0 ? 0 : errno;
}

int can_create_in(const std::string& folder) {
  return ::faccessat(AT_FDCWD, folder.c_str(), W_OK | X_OK, AT_EACCESS) == 0 ? 0 : errno;
}

unsigned new_file_mode() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

int write_temporary(const std::string& target, const std::string& data, unsigned mode,
                    std::string& temp, bool& created) {
  temp =
      folder_of(target) + "/." + name_of(target) + ".tmp-" + std::to_string(::getpid()) + "-XXXXXX";
  created = false;
  int fd = ::mkostemp(temp.data(), O_CLOEXEC);
  if (fd < 0) return errno;
  created = true;
  if (::fchmod(fd, mode_t(mode)) != 0 || !write_all(fd, data) || ::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    return err;
  }
  if (::close(fd) != 0) {
    int err = errno;
    ::unlink(temp.c_str());
    return err;
  }
  return 0;
}

int write_in_place(const std::string& path, const std::string& data) {
  int fd = ::open(path.c_str(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return errno;
  bool ok = write_all(fd, data);
  int err = errno;
  ::close(fd);
  return ok ? 0 : err;
}

int rename_replace(const std::string& from, const std::string& to) {
  return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

int rename_no_replace(const std::string& from, const std::string& to) {
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return 0;
  int err = errno;
  if (err == EINVAL || err == ENOSYS) {  // a file system without it: link() refuses too
    if (::link(from.c_str(), to.c_str()) != 0) return errno;
    ::unlink(from.c_str());
    return 0;
  }
  return err;
}

int hard_link(const std::string& from, const std::string& to) {
  return ::link(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

void sync_folder(const std::string& folder) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

int process_id() {
  return int(::getpid());
}

std::string executable_path() {
  std::string buf(4096, '\0');
  ssize_t n = ::readlink("/proc/self/exe", buf.data(), buf.size());
  return n > 0 ? buf.substr(0, size_t(n)) : "";
}

int try_lock_folder(const std::string& folder, intptr_t& handle) {
  int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno;
  for (;;) {
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
      handle = fd;
      return 0;
    }
    int err = errno;
    if (err == EINTR) continue;
    ::close(fd);
    return err == EWOULDBLOCK ? EWOULDBLOCK : err;
  }
}

void unlock_folder(intptr_t handle) {
  if (handle >= 0) ::close(int(handle));  // closing the descriptor releases the lock
}

namespace {

// Writes input to fd and reads out_fd to its end at once (poll), so a long
// answer never blocks on a full pipe.
// Writes input to in_fd while reading out_fd into out and err_fd into err
// (passed on to our standard error unless quiet), until both are closed.
void exchange(int in_fd, int out_fd, int err_fd, const std::string& input, std::string& out,
              std::string& err, bool quiet) {
  // The program may stop reading early: a write must then fail, not kill us.
  struct sigaction ignore {
  }, old{};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &old);
  ::fcntl(in_fd, F_SETFL, O_NONBLOCK);
  size_t written = 0;
  if (input.empty()) {
    ::close(in_fd);
    in_fd = -1;
  }
  char buf[65536];
  // Reads one ready descriptor; closes it at its end.
  auto drain = [&buf](int& fd, std::string& into, bool pass_on) {
    ssize_t got = ::read(fd, buf, sizeof buf);
    if (got > 0) {
      if (into.size() < (size_t(1) << 30)) into.append(buf, size_t(got));
      if (pass_on) {
        ssize_t ignored = ::write(2, buf, size_t(got));
        (void)ignored;
      }
    } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
      ::close(fd);
      fd = -1;
    }
  };
  while (out_fd >= 0 || err_fd >= 0) {
    pollfd fds[3] = {{out_fd, POLLIN, 0}, {in_fd, POLLOUT, 0}, {err_fd, POLLIN, 0}};
    // (poll skips a negative descriptor)
    if (::poll(fds, 3, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (in_fd >= 0 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t w = ::write(in_fd, input.data() + written, input.size() - written);
      if (w > 0) written += size_t(w);
      if ((w < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) {
        ::close(in_fd);
        in_fd = -1;
      }
    }
    if (out_fd >= 0 && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) drain(out_fd, out, false);
    if (err_fd >= 0 && (fds[2].revents & (POLLIN | POLLHUP | POLLERR))) drain(err_fd, err, !quiet);
  }
  if (in_fd >= 0) ::close(in_fd);
  ::sigaction(SIGPIPE, &old, nullptr);
}

}  // namespace

ProcessResult run_process(const std::vector<std::string>& argv, bool capture,
                          const std::string& input, bool quiet) {
  ProcessResult r;
  if (argv.empty()) {
    r.error = "no program to run";
    return r;
  }
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const std::string& name = argv[0];
  // A pipe that closes on exec tells us whether execvp worked, and why not.
  int report[2], to_child[2] = {-1, -1}, from_child[2] = {-1, -1}, err_child[2] = {-1, -1};
  if (::pipe2(report, O_CLOEXEC) != 0 ||
      (capture && (::pipe2(to_child, O_CLOEXEC) != 0 || ::pipe2(from_child, O_CLOEXEC) != 0 ||
                   ::pipe2(err_child, O_CLOEXEC) != 0))) {
    r.error = "cannot start " + name + ": " + std::strerror(errno);
    return r;
  }
  pid_t pid = ::fork();
  if (pid < 0) {
    r.error = "cannot start " + name + ": " + std::strerror(errno);
    for (int fd : {report[0], report[1], to_child[0], to_child[1], from_child[0], from_child[1],
                   err_child[0], err_child[1]})
      if (fd >= 0) ::close(fd);
    return r;
  }
  if (pid == 0) {
    ::close(report[0]);
    if (capture) {
      ::dup2(to_child[0], 0);
      ::dup2(from_child[1], 1);
      ::dup2(err_child[1], 2);  // kept, so its own reasons can be quoted
    } else if (quiet) {
      int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
      if (null >= 0) {
        ::dup2(null, 1);
        ::dup2(null, 2);
      }
    }
    ::execvp(args[0], args.data());
    int err = errno;
    ssize_t ignored = ::write(report[1], &err, sizeof err);
    (void)ignored;
    ::_exit(127);
  }
  ::close(report[1]);
  if (capture) {
    ::close(to_child[0]);
    ::close(from_child[1]);
    ::close(err_child[1]);
    exchange(to_child[1], from_child[0], err_child[0], input, r.out, r.err, quiet);
  }
  int exec_errno = 0;
  ssize_t n;
  do n = ::read(report[0], &exec_errno, sizeof exec_errno);
  while (n < 0 && errno == EINTR);
  ::close(report[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (n == sizeof exec_errno) {
    r.error = exec_errno == ENOENT ? name +
                                         " is not installed, or not on PATH; install it or add "
                                         "the folder that holds it to PATH"
                                   : "cannot run " + name + ": " + std::strerror(exec_errno);
    return r;
  }
  r.started = true;
  if (WIFEXITED(status)) {
    r.exit_code = WEXITSTATUS(status);
  } else {
    r.error = name + " was stopped by signal " +
              std::to_string(WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  }
  return r;
}

bool process_running(long pid) {
  return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;  // EPERM: it runs, as someone else
}

std::vector<std::string> arguments(int argc, char** argv) {
  return std::vector<std::string>(argv, argv + argc);
}

void prepare_process() {
  // Past a file-size limit (ulimit -f) a write should fail with EFBIG, which
  // the writers report and clean up after, not kill the process mid-write.
  std::signal(SIGXFSZ, SIG_IGN);
}

std::string environment(const char* name, bool& present) {
  const char* v = std::getenv(name);
  present = v != nullptr;
  return v ? v : "";
}

int set_environment(const char* name, const std::string& value) {
  return ::setenv(name, value.c_str(), 1) == 0 ? 0 : errno;
}

Console stdout_console() {
  Console c;
  c.is_terminal = ::isatty(STDOUT_FILENO) == 1;
  if (!c.is_terminal) return c;
  winsize ws{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) c.columns = ws.ws_col;
  c.colour = true;
  return c;
}

bool known_zone(const std::string& zone) {
  std::ifstream f("/usr/share/zoneinfo/" + zone, std::ios::binary);
  char magic[4] = {};
  return f.read(magic, 4) && std::string(magic, 4) == "TZif";
}

bool local_time(std::time_t now, const std::string& zone, std::tm& t) {
  if (zone == "UTC") {
    gmtime_r(&now, &t);
    return true;
  }
  // The process's TZ is changed only for this call (no other thread runs yet).
  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  ::setenv("TZ", zone.c_str(), 1);
  ::tzset();
  localtime_r(&now, &t);
  if (old)
    ::setenv("TZ", saved.c_str(), 1);
  else
    ::unsetenv("TZ");
  ::tzset();
  return true;
}

}  // namespace plan::os

#endif  // !_WIN32
