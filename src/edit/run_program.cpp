#include "edit/run_program.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace plan {

RunResult run_program(const std::vector<std::string>& argv, bool quiet) {
  RunResult r;
  if (argv.empty()) {
    r.error = "no program to run";
    return r;
  }
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  // A pipe that closes on exec tells us whether execvp worked, and why not.
  int report[2];
  if (::pipe2(report, O_CLOEXEC) != 0) {
    r.error = std::string("cannot start ") + argv[0] + ": " + std::strerror(errno);
    return r;
  }
  pid_t pid = ::fork();
  if (pid < 0) {
    r.error = std::string("cannot start ") + argv[0] + ": " + std::strerror(errno);
    ::close(report[0]);
    ::close(report[1]);
    return r;
  }
  if (pid == 0) {
    ::close(report[0]);
    if (quiet) {
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
  int exec_errno = 0;
  ssize_t n;
  do n = ::read(report[0], &exec_errno, sizeof exec_errno);
  while (n < 0 && errno == EINTR);
  ::close(report[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (n == sizeof exec_errno) {
    r.error = exec_errno == ENOENT
                  ? argv[0] +
                        " is not installed, or not on PATH; install it or add the folder "
                        "that holds it to PATH"
                  : std::string("cannot run ") + argv[0] + ": " + std::strerror(exec_errno);
    return r;
  }
  if (WIFEXITED(status)) {
    r.exit_code = WEXITSTATUS(status);
  } else {
    r.error = std::string(argv[0]) + " was stopped by signal " +
              std::to_string(WIFSIGNALED(status) ? WTERMSIG(status) : 0);
  }
  return r;
}

}  // namespace plan
