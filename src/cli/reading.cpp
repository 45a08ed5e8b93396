#include "cli/reading.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <ostream>

#include "check/rules.h"
#include "util/atomic_write.h"

namespace plan {

Terminal stdout_terminal() {
  Terminal t;
  t.is_terminal = ::isatty(STDOUT_FILENO) == 1;
  if (!t.is_terminal) return t;
  winsize ws{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20) t.columns = ws.ws_col;
  const char* no_colour = std::getenv("NO_COLOR");
  t.colour = !(no_colour && *no_colour);
  return t;
}

void write_output(Context& ctx, const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    ctx.out << text;
    ctx.out.flush();
    return;
  }
  std::string error = write_file_atomically(path, text);
  if (!error.empty()) throw UsageError{error};
}

}  // namespace plan
