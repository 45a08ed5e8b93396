// The command table: every subcommand, in the order `plan --help` lists them.
// A new command is a file src/cli/<name>.cpp defining `extern const Command
// command_<name>` (see cli/command.h and docs/architecture.md) and one line
// in each list below.
#include "cli/command.h"

namespace plan {

extern const Command command_validate, command_update, command_new, command_import, command_list,
    command_show, command_export, command_init, command_render, command_diff, command_git_setup,
    command_merge_file, command_aggregate, command_action, command_respond;

const std::vector<const Command*>& command_table() {
  static const std::vector<const Command*> table = {
      &command_validate,  &command_update,     &command_action,    &command_respond,
      &command_new,       &command_import,     &command_list,      &command_show,
      &command_export,    &command_init,       &command_render,    &command_diff,
      &command_git_setup, &command_merge_file, &command_aggregate,
  };
  return table;
}

}  // namespace plan
