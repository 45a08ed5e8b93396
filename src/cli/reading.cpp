#include "cli/reading.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <ostream>

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
  std::string temp = path + ".tmp-plan";
  {
    std::ofstream f(temp, std::ios::binary | std::ios::trunc);
    if (f) f << text;
    if (!f || !f.flush()) {
      std::string why = std::strerror(errno);
      std::remove(temp.c_str());
      throw UsageError{"cannot write '" + path + "': " + why};
    }
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    std::string why = std::strerror(errno);
    std::remove(temp.c_str());
    throw UsageError{"cannot write '" + path + "': " + why};
  }
}

}  // namespace plan
