// What every subcommand shares: exit codes, the plan folder option, today's
// date, and the output streams. Passed in, never global, so tests can fix them.
#pragma once

#include <ctime>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "diag/print_diagnostics.h"
#include "model/date.h"

namespace plan {

enum ExitCode : int { exit_ok = 0, exit_plan_errors = 1, exit_usage = 2 };

/// Thrown by a subcommand for a usage or I/O problem: message, then exit 2.
struct UsageError {
  std::string message;
};

/// Thrown when what was found is refused before any plan is read (a plan/
/// folder that is a symbolic link): message, then exit 1.
struct RefusalError {
  std::string message;
};

struct Context {
  std::ostream& out;
  std::ostream& err;
  std::string plan_dir_option;  // -C / --plan
  std::string env_plan_dir;     // $PLAN_DIR
  // Today in UTC until the plan is found; then in the plan's time zone
  // (plan_dir() sets it), so every command agrees on the date (model/clock.h).
  mutable Date today;
  int exit_code = exit_ok;
  std::string source_date_epoch{};  // $SOURCE_DATE_EPOCH, for reproducible dates on pages
  std::time_t now = std::time(nullptr);
  mutable std::string timezone{};  // the plan's `timezone:`, "" for UTC

  /// The folder holding plan.yaml; throws UsageError when there is none.
  /// Also sets today (and timezone) from the plan's time zone.
  std::string plan_dir() const;
  /// --as-of DATE if given (must be a real YYYY-MM-DD date), else today.
  Date as_of(const std::string& option) const;
};

/// Parses a real YYYY-MM-DD date or throws UsageError naming the option.
Date parse_date_option(const std::string& text, const char* option);

// A malformed value on the command line is a usage error (exit 2) in every
// command, found before the plan is read; a well-formed one the plan refuses
// (an id it has not got, a date before its latest update) exits 1. These say
// what is wrong with a value, or "" when its form is right.

/// What is wrong with a date option's value: not a real YYYY-MM-DD date, or
/// outside the years a plan's dates can have.
std::string date_problem(const std::string& text, const char* option);
/// What is wrong with an id: a recommendation number (23) or, when
/// evidence is allowed, an evidence requirement's id (23.1).
std::string id_problem(const std::string& id, bool evidence_allowed);
/// What is wrong with a percent: a whole number from 0 to 100 ("40%" too).
std::string percent_problem(const std::string& typed);
/// Throws one UsageError naming every problem, each on its own line; returns when there are none.
void refuse_usage(const std::vector<std::string>& problems);

/// Reads lines of files on demand, for quoting them under a message.
LineSource file_line_source();

}  // namespace plan
