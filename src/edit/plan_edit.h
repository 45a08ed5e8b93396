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

/// Loads text as the recommendation file `file` in place of its old version
/// (or as a new file) and runs plan validate's rules on the plan. Errors in
/// `file` or plan.yaml go to errors, warnings in `file` to warnings.
void check_in_plan(const Plan& plan, const std::string& file, const std::string& text, Date today,
                   Diagnostics& errors, Diagnostics& warnings);

/// The same, and errors about which file is which recommendation go to
/// errors wherever they are (a duplicate 07.yaml beside 7.yaml, two files
/// with one id, a file that is not loaded: plan_wide_rule). found_loading
/// is what loading the whole plan reported (`file`'s own entries are
/// replaced by text's). What plan update and plan new check before writing.
void check_in_plan(const Plan& plan, const Diagnostics& found_loading, const std::string& file,
                   const std::string& text, Date today, Diagnostics& errors, Diagnostics& warnings);

/// Rules about which recommendations have files (report-missing): plan.yaml
/// is not refused for them before an edit; an edit must not bring new ones.
bool coverage_rule(const std::string& rule);

/// Rules whose errors make it unclear which file holds which recommendation,
/// or whether every file is read: an edit anywhere waits until they are fixed.
bool plan_wide_rule(const std::string& rule);

/// Writes new_text over (or as) out.file unless dry_run; sets out.kind.
void write_outcome(EditOutcome& out, bool create, const EditOptions& opt);

}  // namespace plan
