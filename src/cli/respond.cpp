// plan respond: record the force's response to a recommendation (its
// position, its own word for it, the date and the text), as lines added to
// the recommendation's file.
#include <ostream>

#include "cli/command.h"
#include "cli/edit_output.h"
#include "edit/record_action.h"

namespace plan {
namespace {

struct RespondOptions {
  std::string id;
  ResponseRequest request;
  bool dry_run = false;
  bool commit = false;
};

int run_respond(const RespondOptions& opt, const std::string& dir, Context& ctx) {
  if (opt.commit && !opt.dry_run) require_git(dir);
  EditOptions edit;
  edit.dry_run = opt.dry_run;
  EditOutcome out = record_response(dir, opt.request, ctx.today, edit);
  return finish_line_edit(ctx, out, opt.commit);
}

CommandRun setup_respond(Options& cli, Context& ctx) {
  auto opt = std::make_shared<RespondOptions>();
  cli.add_option("ID", opt->id, "The recommendation (7)").required();
  cli.add_option("--position", opt->request.position,
                 "accepted, partially-accepted or not-accepted")
      .required()
      .one_of({"accepted", "partially-accepted", "not-accepted"});
  cli.add_option("--text", opt->request.text, "The response as published");
  cli.add_option("--label", opt->request.label,
                 "The force's own word for its position, e.g. \"Accepted in principle\"");
  cli.add_option("--date", opt->request.date, "When it responded, YYYY-MM-DD or YYYY-MM");
  Option dry =
      cli.add_flag("--dry-run", opt->dry_run, "Print the diff it would make; write nothing");
  cli.add_flag("--commit", opt->commit, "Commit the file with git afterwards").excludes(dry);
  return {[opt, &ctx] {
            std::vector<std::string> problems;
            problems.push_back(id_problem(opt->id, false));
            if (problems.back().empty()) opt->request.rec = std::stoi(opt->id);
            if (!opt->request.date.empty()) {
              std::string problem;
              opt->request.date = typed_plan_date(opt->request.date, "--date", problem);
              problems.push_back(problem);
            }
            refuse_usage(problems);
            return LoadRequest{ctx.today};
          },
          [opt, &ctx](PlanInput& in) { return run_respond(*opt, in.dir, ctx); }};
}

}  // namespace

extern const Command command_respond{
    "respond", "Record the force's response to a recommendation",
    "Example:\n"
    "  plan respond 7 --position partially-accepted --label \"Accepted in part\" \\\n"
    "      --date 2024-09-27 --text \"We accept this recommendation. Our initial \\\n"
    "      assessment is that we partially comply.\"\n\n"
    "The response is added at the end of the file; nothing else changes. A\n"
    "recommendation that has a response already is refused: change it by hand.\n"
    "Exit status: 0 recorded, 1 refused (the file is unchanged), 2 usage or I/O problem.",
    Phase::plan_to_write, setup_respond};

}  // namespace plan
