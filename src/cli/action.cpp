// plan action: the force's actions. `add` adds one under a recommendation or
// an evidence requirement and prints its id; `retarget` moves its target
// date with a reason, keeping the old one. Progress is recorded with
// plan update ID (plan update 7a --status … --rag …).
#include <ostream>

#include "cli/command.h"
#include "cli/edit_output.h"
#include "edit/record_action.h"

namespace plan {
namespace {

struct ActionOptions {
  std::string verb;
  std::string id;
  AddActionRequest add;
  RetargetRequest retarget;
  bool dry_run = false;
  bool commit = false;
};

int run_action(const ActionOptions& opt, const std::string& dir, Context& ctx) {
  if (opt.commit && !opt.dry_run) require_git(dir);
  EditOptions edit;
  edit.dry_run = opt.dry_run;
  EditOutcome out = opt.verb == "add" ? add_action(dir, opt.add, ctx.today, edit)
                                      : retarget_action(dir, opt.retarget, ctx.today, edit);
  return finish_line_edit(ctx, out, opt.commit);
}

// Options that belong to the other verb are a usage mistake, named.
void check_verb_options(const ActionOptions& o,
                        const std::vector<std::pair<const char*, bool>>& others,
                        std::vector<std::string>& problems) {
  for (const auto& [name, given] : others)
    if (given)
      problems.push_back(std::string(name) + " does not go with 'plan action " + o.verb + "'");
}

CommandRun setup_action(Options& cli, Context& ctx) {
  auto opt = std::make_shared<ActionOptions>();
  cli.add_option("VERB", opt->verb, "add (a new action) or retarget (move its target date)")
      .required()
      .one_of({"add", "retarget"});
  cli.add_option("ID", opt->id,
                 "add: the recommendation (7) or evidence requirement (7.1); retarget: the "
                 "action (7a)")
      .required();
  Option text = cli.add_option("--text", opt->add.text, "add: what the force will do");
  Option lead = cli.add_option("--lead", opt->add.lead, "add: who leads it");
  Option target =
      cli.add_option("--target", opt->add.target, "add: target date, YYYY-MM-DD or YYYY-MM");
  Option note = cli.add_option("--target-note", opt->add.target_note,
                               "add: a target that is not a date, such as Ongoing");
  Option to = cli.add_option("--to", opt->retarget.to, "retarget: the new target date");
  Option reason = cli.add_option("--reason", opt->retarget.reason, "retarget: why it moved");
  Option decided = cli.add_option("--decided", opt->retarget.decided,
                                  "retarget: when it was decided (default: today)");
  Option dry =
      cli.add_flag("--dry-run", opt->dry_run, "Print the diff it would make; write nothing");
  cli.add_flag("--commit", opt->commit, "Commit the file with git afterwards").excludes(dry);
  return {
      [opt, &ctx, text, lead, target, note, to, reason, decided] {
        std::vector<std::string> problems;
        auto date = [&](std::string& typed, const char* option) {
          if (typed.empty()) return;
          std::string problem;
          typed = typed_plan_date(typed, option, problem);
          if (!problem.empty()) problems.push_back(problem);
        };
        if (opt->verb == "add") {
          opt->add.parent = opt->id;
          check_verb_options(
              *opt,
              {{"--to", to.given()}, {"--reason", reason.given()}, {"--decided", decided.given()}},
              problems);
          if (opt->add.text.find_first_not_of(" \t\n") == std::string::npos)
            problems.push_back("--text is needed: what the force will do");
          date(opt->add.target, "--target");
        } else {
          opt->retarget.action = opt->id;
          check_verb_options(*opt,
                             {{"--text", text.given()},
                              {"--lead", lead.given()},
                              {"--target", target.given()},
                              {"--target-note", note.given()}},
                             problems);
          if (opt->retarget.to.empty()) problems.push_back("--to is needed: the new target date");
          if (opt->retarget.reason.find_first_not_of(" \t\n") == std::string::npos)
            problems.push_back("--reason is needed: a target moves only with a reason");
          date(opt->retarget.to, "--to");
          date(opt->retarget.decided, "--decided");
        }
        refuse_usage(problems);
        return LoadRequest{ctx.today};
      },
      [opt, &ctx](PlanInput& in) { return run_action(*opt, in.dir, ctx); }};
}

}  // namespace

extern const Command command_action{
    "action", "Add one of the force's actions, or move its target date with a reason",
    "Examples:\n"
    "  plan action add 7 --text \"Change the crime recording system.\" \\\n"
    "      --lead \"Head of Crime Recording\" --target 2025-03-31      # prints 7a\n"
    "  plan action add 7.1 --text \"Brief officers.\" --target 2025-04\n"
    "  plan action retarget 7a --to 2025-06-30 --reason \"supplier delay\"\n"
    "  plan update 7a --status \"In Progress\" --percent 25 --rag amber\n\n"
    "The entry is added at the end of its list; nothing else in the file changes. A\n"
    "retarget keeps the old date and adds a revision (the new date, when it was\n"
    "decided and why).\n"
    "Exit status: 0 recorded, 1 refused (the file is unchanged), 2 usage or I/O problem.",
    Phase::plan_to_write, setup_action};

}  // namespace plan
