// What plan update and plan new share: the outcome they report, taking the
// plan's lock and loading the plan, and checking a file's new text by
// plan validate's rules within the rest of the plan before it is written.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "util/atomic_write.h"
#include "edit/folder_lock.h"
#include "load/loader.h"

namespace plan {

struct EditOptions {
  bool dry_run = false;
  int lock_wait_ms = 20000;
  BeforeRename before_rename;  // test seam, see atomic_write.h
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
  FolderLock lock;      // held until the command has finished (and committed)

  bool refused(std::string problem);
  bool io_error(std::string problem);
};

/// Takes the plan's lock, then loads the plan. Returns false (with out
/// filled) when the lock is not free, the plan cannot be read, or plan.yaml
/// has errors (by plan validate's rules as of today).
/// all_recommendations false loads plan.yaml alone: an update reads only the
/// file it changes, so its time does not grow with the plan.
bool open_plan_for_edit(const std::string& dir, int lock_wait_ms, Date today, EditOutcome& out,
                        LoadedPlan& loaded, bool all_recommendations = true);

/// Loads text as the recommendation file `file` in place of its old version
/// (or as a new file) and runs plan validate's rules on the plan. Errors in
/// `file` or plan.yaml go to errors, warnings in `file` to warnings.
void check_in_plan(const Plan& plan, const std::string& file, const std::string& text, Date today,
                   Diagnostics& errors, Diagnostics& warnings);

/// Writes new_text over (or as) out.file unless dry_run; sets out.kind.
void write_outcome(EditOutcome& out, bool create, const EditOptions& opt);

}  // namespace plan
