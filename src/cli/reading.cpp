#include "cli/reading.h"

#include <ostream>

#include "check/rules.h"
#include "util/files.h"
#include "util/platform.h"
#include "util/write_files.h"

namespace plan {

Terminal stdout_terminal() {
  Terminal t;
  os::Console console = os::stdout_console();
  t.is_terminal = console.is_terminal;
  if (!t.is_terminal) return t;
  if (console.columns >= 20) t.columns = console.columns;
  bool set = false;
  std::string no_colour = os::environment("NO_COLOR", set);
  t.colour = console.colour && no_colour.empty();
  return t;
}

void write_output(Context& ctx, const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    ctx.out << text;
    ctx.out.flush();
    return;
  }
  std::string error = write_file(path, text);
  if (!error.empty()) throw UsageError{error};
}

}  // namespace plan

namespace plan {

std::string read_template_option(const std::string& path) {
  ReadResult r = read_file(path, 1024 * 1024);
  if (!r.ok) throw UsageError{"--template: " + r.error};
  if (r.data.size() > 1024 * 1024)
    throw UsageError{"--template: '" + path + "' is larger than 1 MB"};
  if (r.data.empty()) throw UsageError{"--template: '" + path + "' is empty"};
  return r.data;
}

}  // namespace plan
