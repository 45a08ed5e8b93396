#include "cli/reading.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <ostream>

#include "check/load_checked.h"
#include "check/rules.h"

namespace plan {

std::optional<LoadedPlan> load_checked_plan(Context& ctx, Date as_of) {
  LoadedPlan loaded = load_plan(ctx.plan_dir());
  if (!loaded.io_failed) check_plan(loaded.plan, as_of, loaded.diagnostics);
  loaded.diagnostics.sort();
  if (loaded.diagnostics.errors() == 0 && !loaded.io_failed) return loaded;
  Diagnostics errors;
  for (const Diagnostic& d : loaded.diagnostics.items())
    if (d.severity == Severity::error) errors.add(d);
  write_text(ctx.err, errors, file_line_source());
  ctx.err << "plan: error: " << summary_line(errors, loaded.files)
          << "; fix them first ('plan validate' checks the plan)\n";
  ctx.exit_code = loaded.io_failed ? exit_usage : exit_plan_errors;
  return std::nullopt;
}

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
