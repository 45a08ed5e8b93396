// How plan update and plan new tell people what happened: why a change was
// refused (and that nothing changed), warnings about the new lines, and the
// optional git commit.
#pragma once

#include <string>

#include "cli/context.h"
#include "edit/plan_edit.h"

namespace plan {

/// For a refused or failed edit: prints why to ctx.err and returns the exit
/// code (1 refused, 2 I/O). For any other outcome prints the warnings and returns 0.
int print_edit_outcome(Context& ctx, const EditOutcome& out);

/// --commit, checked before anything is written: throws UsageError when the
/// plan folder is not in a git repository.
void require_git(const std::string& plan_dir);

/// Releases the plan's lock (the file is written), then commits out.file;
/// returns the exit code (1 when git refused: the file stays written, and
/// the message says how to commit it by hand).
int commit_edit(Context& ctx, EditOutcome& out);

/// The end of an edit that adds lines to a file (update, action, respond):
/// a refusal printed; with --dry-run the diff; else "FILE: added lines A-B:
/// summary" and the commit, or a reminder to review and commit. Returns the exit code.
int finish_line_edit(Context& ctx, EditOutcome& out, bool commit);

/// Reads text for --note-file / --text-file ("-" is standard input), with
/// Windows line endings and trailing line breaks removed. Throws UsageError.
std::string read_text_option(const std::string& path, const char* option);

/// What makes text given for a plan value unusable, naming where it came
/// from (from: "--note-file 'x.txt'", "the note read from standard input"):
/// saved as UTF-16 or UTF-32, not UTF-8, or holding a control character.
/// "" when it can go into the plan. A refusal (exit 1), not a usage error.
std::string text_option_problem(const std::string& text, const std::string& from);

/// Prints the problem and that nothing changed; returns exit 1.
int refuse_text_option(Context& ctx, const std::string& problem);

}  // namespace plan
