// plan new: create a recommendation file by the plan's conventions, with
// its id, deadline, owner and text, ready for updates.
#include <ostream>

#include "cli/command.h"
#include "cli/edit_output.h"
#include "edit/new_recommendation.h"
#include "util/terminal_text.h"

namespace plan {
namespace {

struct NewOptions {
  NewRecommendation request;
  std::string text_file;
  std::string text_from = "--text";  // where the text came from, for messages
  bool dry_run = false;
  bool commit = false;
};

int run_new(const NewOptions& opt, const std::string& dir, Context& ctx) {
  if (std::string problem = text_option_problem(opt.request.text, opt.text_from); !problem.empty())
    return refuse_text_option(ctx, problem);
  if (opt.commit && !opt.dry_run) require_git(dir);
  EditOptions edit;
  edit.dry_run = opt.dry_run;
  EditOutcome out = create_recommendation(dir, opt.request, ctx.today, edit);
  if (int code = print_edit_outcome(ctx, out); code != exit_ok) return code;
  if (out.kind == EditOutcome::Kind::dry_run) {
    ctx.out << "Would create " << terminal_safe(out.file) << ":\n" << out.new_text;
    return exit_ok;
  }
  ctx.out << "Created " << terminal_safe(out.file) << "\n";
  if (opt.request.text.empty())
    ctx.out << "Its text is empty: write the recommendation as published under 'text:'.\n";
  if (opt.commit) return commit_edit(ctx, out);
  return exit_ok;
}

CommandRun setup_new(Options& cli, Context& ctx) {
  auto opt = std::make_shared<NewOptions>();
  cli.add_option("ID", opt->request.id, "The recommendation's number").required();
  cli.add_option("--deadline", opt->request.deadline, "Deadline, YYYY-MM-DD").required();
  cli.add_option("--owner", opt->request.owner, "Who owns it (default: the plan's owner)");
  Option text = cli.add_option("--text", opt->request.text, "The recommendation as published");
  Option text_file = cli.add_option("--text-file", opt->text_file,
                                    "Read the text from FILE ('-' for standard input)");
  text.excludes(text_file);
  Option dry =
      cli.add_flag("--dry-run", opt->dry_run, "Print the file it would create; write nothing");
  cli.add_flag("--commit", opt->commit, "Commit the new file with git afterwards").excludes(dry);
  return {[opt, &ctx] {
            refuse_usage({id_problem(opt->request.id, false),
                          date_problem(opt->request.deadline, "--deadline")});
            if (!opt->text_file.empty()) {
              opt->request.text = read_text_option(opt->text_file, "--text-file");
              opt->text_from = opt->text_file == "-" ? "the text read from standard input"
                                                     : "--text-file '" + opt->text_file + "'";
            }
            return LoadRequest{ctx.today};
          },
          [opt, &ctx](PlanInput& in) { return run_new(*opt, in.dir, ctx); }};
}

}  // namespace

extern const Command command_new{
    "new", "Create a new recommendation file",
    "Example:\n"
    "  plan new 30 --deadline 2025-06-30 --owner \"Head of Public Protection\" \\\n"
    "      --text \"review the stalking screening tool.\"\n\n"
    "Exit status: 0 created, 1 refused (nothing is written), 2 usage or I/O problem.",
    Phase::plan_to_write, setup_new};

}  // namespace plan
