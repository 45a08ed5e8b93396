#include "git/merge_setup.h"

#include <filesystem>
#include <sstream>

#include "check/rule_table.h"
#include "git/git_process.h"
#include "check/load_checked.h"
#include "load/loader.h"
#include "util/atomic_write.h"
#include "util/files.h"

namespace plan {
namespace {

namespace fs = std::filesystem;

std::string plan_dir_in_repo(const std::string& top, const std::string& plan_dir) {
  std::error_code ec;
  fs::path rel = fs::relative(fs::absolute(plan_dir, ec), top, ec);
  if (ec) return "";
  std::string s = rel.lexically_normal().generic_string();
  return s == "." ? "" : s;
}

// merge.plan.driver in the clone's config, and whether git answered at all.
struct ConfigValue {
  bool git_ran = false;
  bool set = false;
  std::string value;
};

ConfigValue config_value(const std::string& top, const std::string& key) {
  GitOutput g = run_git(top, {"config", "--get", key}, "", true);
  ConfigValue v;
  v.git_ran = g.exit_code == 0 || g.exit_code == 1;
  v.set = g.exit_code == 0;
  v.value = g.out;
  while (!v.value.empty() && (v.value.back() == '\n' || v.value.back() == '\r')) v.value.pop_back();
  return v;
}

}  // namespace

std::string gitattributes_line(const std::string& plan_dir_in_repo) {
  std::string prefix = plan_dir_in_repo.empty() ? "" : plan_dir_in_repo + "/";
  return prefix + "recommendations/*.yaml merge=" + merge_driver_name;
}

int attributes_line_naming_driver(const std::string& attributes) {
  std::vector<std::string> lines = split_lines(attributes);
  const std::string wanted = std::string("merge=") + merge_driver_name;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::istringstream words(lines[i]);
    std::string word;
    if (!(words >> word) || word[0] == '#') continue;  // the pattern, or a comment
    while (words >> word)
      if (word == wanted) return int(i + 1);
  }
  return 0;
}

void check_merge_driver(const std::string& plan_dir, Diagnostics& out) {
  std::string top = git_top_level(plan_dir);
  if (top.empty()) return;
  std::string file = join_path(top, ".gitattributes");
  ReadResult r = read_file(file, 1024 * 1024, true);
  if (!r.ok) return;
  int line = attributes_line_naming_driver(r.data);
  if (line == 0) return;
  ConfigValue v = config_value(top, std::string("merge.") + merge_driver_name + ".driver");
  if (!v.git_ran || v.set) return;
  // Messages name the file as the user reaches it from here.
  std::error_code ec;
  fs::path shown = fs::relative(file, fs::current_path(ec), ec);
  out.add(rule("merge-driver"), ec || shown.empty() ? file : shown.generic_string(), line, 1,
          "this clone's git config does not define the 'plan' merge driver that .gitattributes "
          "names, so git merges recommendation files as plain text and two updates to one "
          "recommendation conflict",
          "run 'plan git-setup' once in this clone");
}

GitSetupResult set_up_merge_driver(const std::string& plan_dir) {
  GitSetupResult res;
  std::string top = git_top_level(plan_dir);
  if (top.empty()) {
    res.error =
        "'" + plan_dir + "' is not in a git work tree; run 'git init' (or clone the plan) first";
    return res;
  }
  const std::string prefix = std::string("merge.") + merge_driver_name;
  struct Setting {
    std::string key, value;
  };
  for (const Setting& s : {Setting{prefix + ".name", "plan: keep updates from both sides"},
                           Setting{prefix + ".driver", merge_driver_command}}) {
    ConfigValue v = config_value(top, s.key);
    if (!v.git_ran) {
      res.error = "cannot run git to read its config in " + top;
      return res;
    }
    if (v.set && v.value == s.value) {
      res.already.push_back("git config " + s.key + " is already \"" + s.value + "\"");
      continue;
    }
    GitOutput g = run_git(top, {"config", "--local", s.key, s.value});
    if (g.exit_code != 0) {
      res.error =
          "git config --local " + s.key + " failed" + (g.error.empty() ? "" : ": " + g.error);
      return res;
    }
    res.done.push_back((v.set ? "changed git config " : "set git config ") + s.key + " to \"" +
                       s.value + "\"" + (v.set ? " (it was \"" + v.value + "\")" : ""));
  }
  std::string file = join_path(top, ".gitattributes");
  std::string text;
  if (is_file(file)) {
    ReadResult r = read_file(file, 1024 * 1024, true);
    if (!r.ok) {
      res.error = r.error;
      return res;
    }
    text = r.data;
  }
  if (attributes_line_naming_driver(text) > 0) {
    res.already.push_back(".gitattributes already sends files to the driver");
  } else {
    std::string line = gitattributes_line(plan_dir_in_repo(top, plan_dir));
    if (!text.empty() && text.back() != '\n') text += '\n';
    text += line + "\n";
    if (std::string e = write_file_atomically(file, text); !e.empty()) {
      res.error = e;
      return res;
    }
    res.done.push_back("added '" + line + "' to .gitattributes (commit it, so every clone has it)");
  }
  res.ok = true;
  return res;
}

}  // namespace plan
