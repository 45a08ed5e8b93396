// What a command declares on its command line: options, flags and
// positional arguments, with the few checks plan uses. The names follow
// CLI11's (add_option, add_flag, required, excludes) and cli/app.cpp maps
// them onto it: that file is the only one that includes CLI11, a header-only
// library that costs several seconds of compile time in every file that
// includes it.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace plan {

/// One declared option, to refine further.
class Option {
 public:
  explicit Option(CLI::Option* o) : o_(o) {}
  Option required();
  /// The value must be one of these.
  Option one_of(std::initializer_list<const char*> values);
  /// The value must be a whole number, 0 or more.
  Option non_negative();
  /// Giving both is a usage error.
  Option excludes(Option other);
  /// Whether the command line gave it (after parsing).
  bool given() const;
  /// The placeholder shown in --help, such as DIR.
  Option type_name(const std::string& name);

 private:
  CLI::Option* o_;
};

/// The command line of one command. names: "--format", "-o,--output", or a
/// positional argument's name such as "ID".
class Options {
 public:
  explicit Options(CLI::App& app) : app_(app) {}
  Option add_option(const std::string& names, std::string& into, const std::string& help);
  Option add_option(const std::string& names, std::vector<std::string>& into,
                    const std::string& help);
  Option add_option(const std::string& names, int& into, const std::string& help);
  Option add_flag(const std::string& names, bool& into, const std::string& help);

 private:
  CLI::App& app_;
};

}  // namespace plan
