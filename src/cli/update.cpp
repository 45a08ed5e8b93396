// plan update: record a dated update (status, percent, note) on a
// recommendation or an evidence requirement, as lines added to its file.
#include <ostream>

#include "cli/command.h"
#include "cli/edit_output.h"
#include "edit/record_update.h"
#include "util/utf8.h"

namespace plan {
namespace {

struct UpdateOptions {
  UpdateRequest request;
  std::string note_file;
  bool dry_run = false;
  bool commit = false;
  bool note_read = false;  // prepare may run twice; standard input is read once
};

int run_update(const UpdateOptions& opt, const std::string& dir, Context& ctx) {
  // Other characters the note may not hold are refused by edit/, which names the file changed.
  if (!wide_encoding(opt.request.note).name.empty())
    return refuse_text_option(ctx, text_option_problem(opt.request.note, opt.request.note_from));
  if (opt.commit && !opt.dry_run) require_git(dir);
  EditOptions edit;
  edit.dry_run = opt.dry_run;
  EditOutcome out = record_update(dir, opt.request, ctx.today, edit);
  return finish_line_edit(ctx, out, opt.commit);
}

// An action's id is its parent's id and lower-case letters ("7a", "7.1b").
std::string target_id_problem(const std::string& id) {
  size_t letters = id.find_last_not_of("abcdefghijklmnopqrstuvwxyz") + 1;
  if (letters > 0 && id_problem(id.substr(0, letters), true).empty()) return "";
  return "'" + id +
         "' is not an id; give a recommendation number such as 23, an evidence requirement "
         "such as 23.1, or an action such as 23a";
}

CommandRun setup_update(Options& cli, Context& ctx) {
  auto opt = std::make_shared<UpdateOptions>();
  cli.add_option("ID", opt->request.id,
                 "Recommendation (23), evidence requirement (23.1) or action (23a, 23.1a)")
      .required();
  Option status = cli.add_option(
      "--status", opt->request.status,
      "One of the plan's statuses; leave it out to record a dated note with no status");
  cli.add_option("--percent", opt->request.percent, "Progress, a whole number from 0 to 100");
  cli.add_option("--rag", opt->request.rag,
                 "The force's RAG rating: red, amber, green or blue (never a status)");
  Option note = cli.add_option("--note", opt->request.note, "What happened (line breaks are kept)");
  Option note_file = cli.add_option("--note-file", opt->note_file,
                                    "Read the note from FILE ('-' for standard input)");
  note.excludes(note_file);
  cli.add_option("--date", opt->request.date, "Date of the update, YYYY-MM-DD (default: today)");
  cli.add_option("--by", opt->request.by, "Who is reporting");
  Option dry =
      cli.add_flag("--dry-run", opt->dry_run, "Print the diff it would make; write nothing");
  cli.add_flag("--commit", opt->commit, "Commit the file with git afterwards").excludes(dry);
  return {
      [opt, &ctx, status] {
        opt->request.status_given = status.given();
        const UpdateRequest& r = opt->request;
        refuse_usage({target_id_problem(r.id), r.percent.empty() ? "" : percent_problem(r.percent),
                      r.date.empty() ? "" : date_problem(r.date, "--date")});
        if (!opt->note_file.empty() && !opt->note_read) {
          opt->request.note = read_text_option(opt->note_file, "--note-file");
          opt->request.note_from = opt->note_file == "-" ? "the note read from standard input"
                                                         : "--note-file '" + opt->note_file + "'";
          opt->note_read = true;
        }
        return LoadRequest{ctx.today};
      },
      [opt, &ctx](PlanInput& in) { return run_update(*opt, in.dir, ctx); }};
}

}  // namespace

extern const Command command_update{
    "update", "Record a dated update on a recommendation, evidence requirement or action",
    "Example:\n"
    "  plan update 23 --status \"In Progress\" --percent 40 \\\n"
    "      --note \"Screening tool live in two districts.\"\n"
    "  plan update 23.1 --status Complete --date 2025-01-15 --dry-run\n"
    "  plan update 23a --status \"In Progress\" --percent 25 --rag amber\n\n"
    "The entry is added at the end of the updates list; nothing else in the file changes.\n"
    "Exit status: 0 recorded, 1 refused (the file is unchanged), 2 usage or I/O problem.",
    Phase::plan_to_write, setup_update};

}  // namespace plan
