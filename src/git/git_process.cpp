#include "git/git_process.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>

namespace plan {

GitOutput run_git(const std::string& dir, const std::vector<std::string>& args,
                  const std::string& input, bool quiet) {
  GitOutput r;
  std::vector<std::string> argv = {"git", "-C", dir};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> cargs;
  for (std::string& a : argv) cargs.push_back(a.data());
  cargs.push_back(nullptr);
  int to_child[2], from_child[2], err_child[2], exec_status[2];
  if (::pipe2(err_child, O_CLOEXEC) != 0) {
    r.error = std::string("cannot start git: ") + std::strerror(errno);
    return r;
  }
  if (::pipe2(exec_status, O_CLOEXEC) != 0) {
    r.error = std::string("cannot start git: ") + std::strerror(errno);
    for (int fd : err_child) ::close(fd);
    return r;
  }
  auto close_extra = [&] {
    for (int fd : {err_child[0], err_child[1], exec_status[0], exec_status[1]}) ::close(fd);
  };
  if (::pipe2(to_child, O_CLOEXEC) != 0) {
    close_extra();
    r.error = std::string("cannot start git: ") + std::strerror(errno);
    return r;
  }
  if (::pipe2(from_child, O_CLOEXEC) != 0) {
    close_extra();
    r.error = std::string("cannot start git: ") + std::strerror(errno);
    ::close(to_child[0]);
    ::close(to_child[1]);
    return r;
  }
  pid_t pid = ::fork();
  if (pid < 0) {
    r.error = std::string("cannot start git: ") + std::strerror(errno);
    for (int fd : {to_child[0], to_child[1], from_child[0], from_child[1]}) ::close(fd);
    close_extra();
    return r;
  }
  if (pid == 0) {
    ::dup2(to_child[0], 0);
    ::dup2(from_child[1], 1);
    ::dup2(err_child[1], 2);
    ::execvp("git", cargs.data());
    int err = errno;  // the exec failed: say why through the status pipe
    ssize_t ignored = ::write(exec_status[1], &err, sizeof err);
    (void)ignored;
    ::_exit(127);
  }
  ::close(to_child[0]);
  ::close(from_child[1]);
  ::close(err_child[1]);
  ::close(exec_status[1]);
  // git may stop reading early (a bad revision): a write must then fail, not kill us.
  struct sigaction ignore {
  }, old{};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &old);
  int in_fd = to_child[1], out_fd = from_child[0], err_fd = err_child[0];
  ::fcntl(in_fd, F_SETFL, O_NONBLOCK);
  size_t written = 0;
  if (input.empty()) {
    ::close(in_fd);
    in_fd = -1;
  }
  char buf[65536];
  while (out_fd >= 0 || err_fd >= 0) {
    pollfd fds[3];
    fds[0] = {out_fd, POLLIN, 0};  // a negative fd is skipped by poll
    fds[1] = {in_fd, POLLOUT, 0};
    fds[2] = {err_fd, POLLIN, 0};
    if (::poll(fds, 3, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (err_fd >= 0 && (fds[2].revents & (POLLIN | POLLHUP | POLLERR))) {
      ssize_t got = ::read(err_fd, buf, sizeof buf);
      if (got > 0) {
        if (r.stderr_text.size() < (1u << 20)) r.stderr_text.append(buf, size_t(got));
        if (!quiet) {
          ssize_t ignored = ::write(2, buf, size_t(got));
          (void)ignored;
        }
      } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
        ::close(err_fd);
        err_fd = -1;
      }
    }
    if (in_fd >= 0 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t w = ::write(in_fd, input.data() + written, input.size() - written);
      if (w > 0) written += size_t(w);
      if ((w < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) {
        ::close(in_fd);
        in_fd = -1;
      }
    }
    if (out_fd >= 0 && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) {
      ssize_t got = ::read(out_fd, buf, sizeof buf);
      if (got > 0) {
        r.out.append(buf, size_t(got));
      } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
        ::close(out_fd);
        out_fd = -1;
      }
    }
  }
  if (in_fd >= 0) ::close(in_fd);
  ::sigaction(SIGPIPE, &old, nullptr);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  int exec_errno = 0;
  bool exec_failed = ::read(exec_status[0], &exec_errno, sizeof exec_errno) == sizeof exec_errno;
  ::close(exec_status[0]);
  if (exec_failed) {
    r.exit_code = -1;
    r.error = exec_errno == ENOENT
                  ? "git is not installed, or not on PATH; install git (on Debian: apt-get "
                    "install git) or add the folder that holds it to PATH"
                  : std::string("cannot run git: ") + std::strerror(exec_errno);
  } else if (WIFEXITED(status)) {
    r.exit_code = WEXITSTATUS(status);
  } else {
    r.error = "git was stopped by a signal";
  }
  return r;
}

std::string git_refusal(const GitOutput& g, const std::string& dir) {
  if (!g.error.empty()) return g.error;
  if (g.exit_code == 0) return "";
  const std::string& said = g.stderr_text;
  // git's first "fatal:" line, as it said it.
  size_t at = said.find("fatal: ");
  std::string fatal = at == std::string::npos ? "" : said.substr(at, said.find('\n', at) - at);
  if (said.find("dubious ownership") != std::string::npos) {
    // git names the exact command; keep it (the folder as git resolved it).
    std::string advice = "git config --global --add safe.directory <the repository's folder>";
    if (size_t cmd = said.find("git config --global --add safe.directory");
        cmd != std::string::npos)
      advice = said.substr(cmd, said.find('\n', cmd) - cmd);
    return "git refuses to work in '" + dir + "': \"" + fatal +
           "\". The repository belongs to another user than the one running plan (common in CI "
           "containers); if you trust it, run what git suggests: " +
           advice;
  }
  if (said.find("not a git repository") != std::string::npos)
    return "'" + dir + "' is not in a git repository (git said \"" + fatal + "\")";
  return "";
}

std::string git_top_level(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path p = fs::absolute(dir, ec);
  if (ec) return "";
  p = p.lexically_normal();
  while (true) {
    if (fs::exists(p / ".git", ec)) return p.string();
    if (!p.has_parent_path() || p.parent_path() == p) return "";
    p = p.parent_path();
  }
}

}  // namespace plan
