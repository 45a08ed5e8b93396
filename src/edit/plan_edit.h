// What plan update and plan new share: the outcome they report, taking the
// plan's lock and loading the plan, and checking a file's new text by
// plan validate's rules within the rest of the plan before it is written.
#pragma once

#include <string>
#include <vector>

#include "check/check_in_plan.h"
#include "diag/diagnostic.h"
#include "edit/folder_lock.h"
#include "load/loader.h"
#include "util/write_files.h"

namespace plan {

struct EditOptions {
  bool dry_run = false;
  int lock_wait_ms = 20000;
  BeforeRename before_rename;  // test seam, see util/write_files.h
};

/// The outcome of an edit, for the command to print.
struct EditOutcome {
  enum class Kind { written, dry_run, refused, io_error };
  Kind kind = Kind::refused;
  std::string file;                   // the file written, or that would be
  std::vector<std::string> problems;  // why not, one sentence each
  std::string heading;                // what `diagnostics` are about
  Diagnostics diagnostics;            // problems in files, with positions
  std::string quoted_text;            // the text of `file` the diagnostics' lines are in
  Diagnostics warnings;               // warnings about the new lines (written anyway)
  std::string old_text;
  std::string new_text;
  int first_line = 0;  // the new lines in new_text
  int last_line = 0;
  std::string summary;  // one line, used as the commit subject
  std::string details;  // the commit message's body
  FolderLock lock;      // held until the file is written; released before a commit's hooks run

  bool refused(std::string problem);
  bool io_error(std::string problem);
};

/// Takes the plan's lock, then loads the plan. Returns false (with out
/// filled) when the lock is not free, the plan cannot be read, or plan.yaml
/// has errors (by plan validate's rules as of today).
/// all_recommendations false loads plan.yaml alone.
bool open_plan_for_edit(const std::string& dir, int lock_wait_ms, Date today, EditOutcome& out,
                        LoadedPlan& loaded, bool all_recommendations = true);

/// Checks out.new_text within the rest of the plan by validate's rules. With
/// errors: false, out refused ("this WHAT would leave FILE with errors, so it
/// was not written:"). Else keeps the warnings about the new lines
/// (first_line to last_line) and returns true.
bool check_new_lines(const LoadedPlan& loaded, Date today, const std::string& what,
                     EditOutcome& out);

/// Writes new_text over (or as) out.file unless dry_run; sets out.kind.
void write_outcome(EditOutcome& out, bool create, const EditOptions& opt);

}  // namespace plan
