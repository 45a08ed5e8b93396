#include "cli/help.h"

#include <CLI/CLI.hpp>

#include "util/suggest.h"

namespace plan {
namespace {

std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* o : app.get_options()) {
    for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
    for (const std::string& s : o->get_snames()) names.push_back("-" + s);
  }
  return names;
}

bool takes_value(const CLI::App& app, const std::string& arg) {
  for (const CLI::Option* o : app.get_options())
    if (o->check_name(arg)) return o->get_type_size() != 0;
  return false;
}

}  // namespace

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

std::string explain_parse_error(const CLI::App& app, const CLI::ParseError& error, int argc,
                                char** argv) {
  std::string message = error.what();
  // Unknown words end as extras; before a subcommand, CLI11 says one is required.
  bool extras = dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr;
  bool no_command = dynamic_cast<const CLI::RequiredError*>(&error) != nullptr &&
                    message.find("subcommand") != std::string::npos;
  if (!extras && !no_command) return message;

  std::vector<std::string> commands;
  for (const CLI::App* sub : app.get_subcommands({})) commands.push_back(sub->get_name());
  const CLI::App* command = nullptr;
  std::string first_word;  // the first word that is neither an option nor its value
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() > 1 && arg[0] == '-') {
      if (arg.find('=') == std::string::npos && takes_value(app, arg)) ++i;
      continue;
    }
    if (!command) {
      for (const CLI::App* sub : app.get_subcommands({}))
        if (sub->get_name() == arg) command = sub;
      if (first_word.empty()) first_word = arg;
    }
  }
  std::vector<std::string> known = option_names(app);
  if (command) {
    std::vector<std::string> own = option_names(*command);
    known.insert(known.end(), own.begin(), own.end());
  }
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") break;
    if (arg.size() < 2 || arg[0] != '-' || (arg[1] >= '0' && arg[1] <= '9')) continue;
    std::string name = arg.substr(0, arg.find('='));
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    std::string where = command ? "'plan " + command->get_name() + "'" : "'plan'";
    std::string hint = did_you_mean(name, known);
    return "unknown option '" + name + "' for " + where +
           (hint.empty() ? "; run " + where.substr(0, where.size() - 1) + " --help' for its options"
                         : hint);
  }
  std::string all = "the commands are " + quoted_list(commands, " and ");
  if (!command && !first_word.empty()) {
    std::string hint = did_you_mean(first_word, commands);
    return "unknown command '" + first_word + "'" + (hint.empty() ? "; " + all : hint);
  }
  if (!command) return "no command given; " + all;
  return message;
}

}  // namespace plan
