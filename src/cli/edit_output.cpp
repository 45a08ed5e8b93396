#include "cli/edit_output.h"

#include <iostream>
#include <iterator>
#include <memory>
#include <ostream>

#include "git/git_commit.h"
#include "text/unified_diff.h"
#include "util/files.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

namespace plan {
namespace {

// Quotes lines of the edited file from the text in hand (it may not be on disk).
LineSource lines_of(const EditOutcome& out) {
  auto lines = std::make_shared<std::vector<std::string>>(split_lines(out.quoted_text));
  LineSource disk = file_line_source();
  std::string file = out.file;
  return [lines, disk, file](const std::string& f, int line) -> std::string {
    if (f != file) return disk(f, line);
    if (line < 1 || size_t(line) > lines->size()) return "";
    return (*lines)[size_t(line - 1)];
  };
}

}  // namespace

int print_edit_outcome(Context& ctx, const EditOutcome& out) {
  using Kind = EditOutcome::Kind;
  if (out.kind == Kind::written || out.kind == Kind::dry_run) {
    write_text(ctx.err, out.warnings, lines_of(out));
    return exit_ok;
  }
  for (const std::string& p : out.problems) ctx.err << "plan: error: " << terminal_safe(p) << "\n";
  if (!out.heading.empty()) {
    ctx.err << out.heading << "\n";
    write_text(ctx.err, out.diagnostics, lines_of(out));
  }
  if (out.kind == Kind::refused)
    ctx.err << (out.file.empty() ? std::string("Nothing was changed.")
                : is_file(out.file)
                    ? "Nothing was changed: " + terminal_safe(out.file) + " is as it was."
                    : "Nothing was changed: " + terminal_safe(out.file) + " was not created.")
            << "\n";
  return out.kind == Kind::refused ? exit_plan_errors : exit_usage;
}

void require_git(const std::string& plan_dir) {
  std::string why = git_ready(plan_dir);
  if (!why.empty()) throw UsageError{"--commit: " + why + "; nothing was changed"};
}

int commit_edit(Context& ctx, EditOutcome& out) {
  // The file is whole on disk: other runs may edit the plan while git and
  // the user's hooks (pre-commit, commit-msg) run, however long they take.
  out.lock.unlock();
  ctx.out.flush();
  std::string error = git_commit_file(out.file, out.summary, out.details);
  if (error.empty()) return exit_ok;
  if (git_file_committed(out.file)) {
    ctx.err << "plan: " << terminal_safe(out.file)
            << " is already committed as written (another run committed it meanwhile), so "
               "this update is in the last commit that changed it\n";
    return exit_ok;
  }
  ctx.err << "plan: error: " << terminal_safe(error) << "; " << terminal_safe(out.file)
          << " is written but not committed (the update is in the file). Deal with what git or "
             "its hook said, then commit it yourself:\n  "
          << terminal_safe(git_commit_command(out.file, out.summary)) << "\n";
  return exit_plan_errors;
}

std::string text_option_problem(const std::string& text, const std::string& from) {
  if (WideEncoding wide = wide_encoding(text); !wide.name.empty())
    return from + " is saved as " + wide.name + " (" + wide.evidence + "), not UTF-8; " +
           save_as_utf8;
  std::string bad = forbidden_character(text, true);
  if (bad.empty()) return "";
  if (bad.rfind("the byte", 0) == 0) return from + " holds " + bad + "; " + save_as_utf8;
  return from + " holds " + bad + "; a plan holds plain text, so delete it";
}

int refuse_text_option(Context& ctx, const std::string& problem) {
  ctx.err << "plan: error: " << terminal_safe(problem) << "\nNothing was changed.\n";
  return exit_plan_errors;
}

std::string read_text_option(const std::string& path, const char* option) {
  const size_t max_bytes =
      1024 * 1024;  // read no more than this (+1), so `yes |` cannot exhaust memory
  std::string text;
  if (path == "-") {
    char buf[65536];
    while (text.size() <= max_bytes && std::cin.read(buf, sizeof buf).gcount() > 0)
      text.append(buf, size_t(std::cin.gcount()));
  } else {
    ReadResult r = read_file(path, max_bytes);
    if (!r.ok) throw UsageError{std::string(option) + ": " + r.error};
    text = std::move(r.data);
  }
  if (text.size() > max_bytes)
    throw UsageError{std::string(option) +
                     ": the text is larger than 1 MiB; a note should be a "
                     "few paragraphs"};
  std::string out;
  for (size_t i = 0; i < text.size(); ++i)
    if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) out += text[i];
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

int finish_line_edit(Context& ctx, EditOutcome& out, bool commit) {
  if (int code = print_edit_outcome(ctx, out); code != exit_ok) return code;
  if (out.kind == EditOutcome::Kind::dry_run) {
    ctx.out << unified_diff(out.file, out.old_text, out.new_text);
    return exit_ok;
  }
  ctx.out << terminal_safe(out.file) << ": added lines " << out.first_line << "-" << out.last_line
          << ": " << out.summary << "\n";
  if (commit) return commit_edit(ctx, out);
  ctx.out << "Review the change with 'git diff', then commit it.\n";
  return exit_ok;
}

}  // namespace plan
