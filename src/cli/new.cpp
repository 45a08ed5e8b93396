// plan new: create a recommendation file by the plan's conventions, with
// its id, deadline, owner and text, ready for updates.
#include <CLI/CLI.hpp>
#include <ostream>

#include "cli/commands.h"
#include "cli/edit_report.h"
#include "edit/new_recommendation.h"

namespace plan {
namespace {

struct NewOptions {
  NewRecommendation request;
  std::string text_file;
  bool dry_run = false;
  bool commit = false;
};

int run_new(NewOptions& opt, Context& ctx) {
  if (!opt.text_file.empty()) opt.request.text = read_text_option(opt.text_file, "--text-file");
  std::string dir = ctx.plan_dir();
  if (opt.commit && !opt.dry_run) require_git(dir);
  EditOptions edit;
  edit.dry_run = opt.dry_run;
  EditOutcome out = create_recommendation(dir, opt.request, ctx.today, edit);
  if (int code = report_edit(ctx, out); code != exit_ok) return code;
  if (out.kind == EditOutcome::Kind::dry_run) {
    ctx.out << "Would create " << out.file << ":\n" << out.new_text;
    return exit_ok;
  }
  ctx.out << "Created " << out.file << "\n";
  if (opt.request.text.empty())
    ctx.out << "Its text is empty: write the recommendation as published under 'text:'.\n";
  if (opt.commit) return commit_edit(ctx, out);
  return exit_ok;
}

}  // namespace

void setup_new(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<NewOptions>();
  CLI::App* cmd = app.add_subcommand("new", "Create a new recommendation file");
  cmd->footer(
      "Example:\n"
      "  plan new 30 --deadline 2025-06-30 --owner \"Head of Public Protection\" \\\n"
      "      --text \"review the stalking screening tool.\"\n\n"
      "Exit status: 0 created, 1 refused (nothing is written), 2 usage or I/O problem.");
  cmd->add_option("ID", opt->request.id, "The recommendation's number")->required();
  cmd->add_option("--deadline", opt->request.deadline, "Deadline, YYYY-MM-DD")->required();
  cmd->add_option("--owner", opt->request.owner, "Who owns it (default: the plan's owner)");
  auto* text = cmd->add_option("--text", opt->request.text, "The recommendation as published");
  auto* text_file = cmd->add_option("--text-file", opt->text_file,
                                    "Read the text from FILE ('-' for standard input)");
  text->excludes(text_file);
  auto* dry =
      cmd->add_flag("--dry-run", opt->dry_run, "Print the file it would create; write nothing");
  cmd->add_flag("--commit", opt->commit, "Commit the new file with git afterwards")->excludes(dry);
  cmd->callback([opt, &ctx] { ctx.exit_code = run_new(*opt, ctx); });
}

}  // namespace plan
