// The command line, and the one file that includes CLI11: builds the app from
// the command table (cli/commands.cpp), maps cli/options.h onto CLI11,
// explains parse errors, then runs the chosen command in its phase
// (cli/phase.cpp). Keeping CLI11 here saves its compile time in every command file.
#include "cli/app.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <ostream>

#include "cli/command.h"
#include "cli/help.h"
#include "cli/phase.h"
#include "util/suggest.h"
#include "util/terminal_text.h"

namespace plan {

Option Option::required() {
  o_->required();
  return *this;
}

// CLI11's own validators word their refusals for programmers ("Value -1 not
// in range 0.000000 to 1797693…", "xx not in {table,json,csv}"); these say
// what was given and what is allowed. CLI11 puts "--option: " before them.
Option Option::one_of(std::initializer_list<const char*> values) {
  std::vector<std::string> allowed(values.begin(), values.end());
  std::string shown = "{";
  for (const std::string& v : allowed) shown += (shown.size() > 1 ? "," : "") + v;
  o_->check(CLI::Validator(
      [allowed](std::string& value) -> std::string {
        if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return "";
        std::string listed;
        for (size_t i = 0; i < allowed.size(); ++i)
          listed += (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + allowed[i];
        return "'" + value + "' is not one of " + listed + did_you_mean(value, allowed);
      },
      shown + "}"));
  return *this;
}

Option Option::non_negative() {
  o_->check(CLI::Validator(
      [](std::string& value) -> std::string {
        bool digits = !value.empty() && value.size() <= 9 &&
                      value.find_first_not_of("0123456789") == std::string::npos;
        return digits ? "" : "'" + value + "' is not a whole number from 0 to 999999999";
      },
      "NONNEGATIVE"));
  return *this;
}

bool Option::given() const {
  return o_->count() > 0;
}

Option Option::excludes(Option other) {
  o_->excludes(other.o_);
  return *this;
}

Option Option::type_name(const std::string& name) {
  o_->type_name(name);
  return *this;
}

Option Options::add_option(const std::string& names, std::string& into, const std::string& help) {
  return Option(app_.add_option(names, into, help));
}

Option Options::add_option(const std::string& names, std::vector<std::string>& into,
                           const std::string& help) {
  return Option(app_.add_option(names, into, help));
}

Option Options::add_option(const std::string& names, int& into, const std::string& help) {
  return Option(app_.add_option(names, into, help));
}

Option Options::add_flag(const std::string& names, bool& into, const std::string& help) {
  return Option(app_.add_flag(names, into, help));
}

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

// What went wrong with the command line, in one line, with "did you mean"
// for an unknown subcommand or option (options of the subcommand given).
std::string explain_parse_error(const CLI::App& app, const CLI::ParseError& error, int argc,
                                char** argv) {
  std::string message = error.what();
  // "Could not convert: --jobs = x": a number option given something else.
  if (dynamic_cast<const CLI::ConversionError*>(&error) &&
      message.rfind("Could not convert: ", 0) == 0 && message.find(" = ") != std::string::npos) {
    std::string rest = message.substr(19);
    size_t eq = rest.find(" = ");
    return rest.substr(0, eq) + " must be a whole number; got '" + rest.substr(eq + 3) + "'";
  }
  // "--format: 1 required TEXT:{table,json,csv} missing": an option with no value after it.
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) &&
      message.find(" required ") != std::string::npos && message.size() > 8 &&
      message.compare(message.size() - 8, 8, " missing") == 0 &&
      message.find(": ") != std::string::npos) {
    std::string name = message.substr(0, message.find(": "));
    size_t open = message.find('{'), close = message.find('}');
    std::string values;
    if (open != std::string::npos && close != std::string::npos && close > open) {
      std::string inner = message.substr(open + 1, close - open - 1);
      for (char& c : inner)
        if (c == ',') c = '|';
      values = " (" + inner + ")";
    }
    return name + " needs a value after it" + values;
  }
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

// Messages name files and values as found (a file name may hold an escape
// sequence): shown as validate shows them, line breaks kept.
std::string shown_safely(const std::string& message) {
  std::string shown;
  for (size_t at = 0; at <= message.size();) {
    size_t nl = std::min(message.find('\n', at), message.size());
    shown += terminal_safe(std::string_view(message).substr(at, nl - at), size_t(-1));
    if (nl < message.size()) shown += '\n';
    at = nl + 1;
  }
  return shown;
}

}  // namespace

int run_plan(int argc, char** argv, Context& ctx) {
  CLI::App app{
      "plan: keep an action plan as YAML files in git, check it, record progress, "
      "publish it",
      "plan"};
  // The source a release was built from, when it says: plan init's CI examples build from it.
  app.set_version_flag("--version", std::string("plan ") + PLAN_VERSION +
                                        (std::string(PLAN_SOURCE_URL).empty()
                                             ? ""
                                             : std::string("\nsource: ") + PLAN_SOURCE_URL));
  app.add_option("-C,--plan", ctx.plan_dir_option,
                 "Folder of the plan (holding plan/plan.yaml or plan.yaml); default: $PLAN_DIR, "
                 "else the nearest one from here upward");
  app.require_subcommand(1);
  app.fallthrough();
  app.footer(main_help_footer());
  std::vector<std::pair<const Command*, CommandRun>> commands;
  for (const Command* command : command_table()) {
    CLI::App* sub = app.add_subcommand(command->name, command->summary);
    sub->footer(command->footer);
    Options options(*sub);
    commands.emplace_back(command, command->setup(options, ctx));
  }

  try {
    app.parse(argc, argv);
    for (const auto& [command, run] : commands)
      if (app.got_subcommand(command->name)) ctx.exit_code = run_in_phase(*command, run, ctx);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::string message = explain_parse_error(app, e, argc, argv);
    // A mistake in a command's options points at that command's help.
    std::vector<CLI::App*> given = app.get_subcommands();
    std::string help = given.size() == 1 && message.rfind("unknown command", 0) != 0
                           ? "Run 'plan " + given[0]->get_name() + " --help' for its options.\n"
                           : "Run 'plan --help' for the commands.\n";
    ctx.err << "plan: error: " << message << "\n" << help;
    return exit_usage;
  } catch (const UsageError& e) {
    ctx.err << "plan: error: " << shown_safely(e.message) << "\n";
    return exit_usage;
  } catch (const RefusalError& e) {
    ctx.err << "plan: error: " << shown_safely(e.message) << "\n";
    return exit_plan_errors;
  }
  // A full disk or a closed pipe must not pass for success with nothing printed.
  if (!ctx.out.flush()) {
    ctx.err << "plan: error: cannot write the output: " << std::strerror(errno) << "\n";
    return exit_usage;
  }
  return ctx.exit_code;
}

}  // namespace plan
