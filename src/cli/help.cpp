#include "cli/help.h"

namespace plan {
std::string main_help_footer() {
  return "Examples:\n"
         "  plan init my-plan                       # start a new plan repo\n"
         "  plan validate                           # check every file\n"
         "  plan list --overdue                     # past their deadline and not done\n"
         "  plan show 23                            # one recommendation in full\n"
         "  plan export --format csv -o plan.csv    # for a spreadsheet\n\n"
         "Run 'plan COMMAND --help' for a command's options and examples, or 'man plan'.\n"
         "Exit status: 0 success, 1 plan errors or a refusal, 2 usage or I/O problem.";
}

}  // namespace plan
