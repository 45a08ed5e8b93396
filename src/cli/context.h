// What every subcommand shares: exit codes, the plan folder option, today's
// date, and the output streams. Passed in, never global, so tests can fix them.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "diag/report.h"
#include "model/date.h"

namespace plan {

enum ExitCode : int { exit_ok = 0, exit_plan_errors = 1, exit_usage = 2 };

/// Thrown by a subcommand for a usage or I/O problem: message, then exit 2.
struct UsageError {
  std::string message;
};

struct Context {
  std::ostream& out;
  std::ostream& err;
  std::string plan_dir_option;  // -C / --plan
  std::string env_plan_dir;     // $PLAN_DIR
  Date today;
  int exit_code = exit_ok;
  std::string source_date_epoch{};  // $SOURCE_DATE_EPOCH, for reproducible dates on pages

  /// The folder holding plan.yaml; throws UsageError when there is none.
  std::string plan_dir() const;
  /// --as-of DATE if given (must be a real YYYY-MM-DD date), else today.
  Date as_of(const std::string& option) const;
};

/// Parses a real YYYY-MM-DD date or throws UsageError naming the option.
Date parse_date_option(const std::string& text, const char* option);

/// Reads lines of files on demand, for quoting them under a message.
LineSource file_line_source();

}  // namespace plan
