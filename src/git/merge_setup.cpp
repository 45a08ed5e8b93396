#include "git/merge_setup.h"

#include <fmt/format.h>

#include <filesystem>
#include <sstream>

#include "check/load_checked.h"
#include "diag/rule_table.h"
#include "git/git_process.h"
#include "load/loader.h"
#include "util/files.h"
#include "util/write_files.h"

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
  std::string refusal;  // git missing, or refusing the repository (git_refusal)
};

ConfigValue config_value(const std::string& top, const std::string& key) {
  GitOutput g = run_git(top, {"config", "--get", key}, "", true);
  ConfigValue v;
  v.git_ran = g.exit_code == 0 || g.exit_code == 1;
  if (!v.git_ran) v.refusal = git_refusal(g, top);
  v.set = g.exit_code == 0;
  v.value = g.out;
  while (!v.value.empty() && (v.value.back() == '\n' || v.value.back() == '\r')) v.value.pop_back();
  return v;
}

// .gitattributes is read whole (or refused) before it is changed: a file cut
// at a limit and written back would lose its tail.
constexpr size_t max_attributes_bytes = 16 * 1024 * 1024;

// A folder name written so a gitattributes pattern matches it literally:
// glob characters escaped with a backslash.
std::string literal_pattern(const std::string& dir) {
  std::string out;
  for (char c : dir) {
    if ((out.empty() && (c == '!' || c == '#')) || c == '*' || c == '?' || c == '[' || c == ']' ||
        c == '\\')
      out += '\\';
    out += c;
  }
  return out;
}

// gitattributes splits a line at spaces and reads '#' and '!' at its start
// specially; a pattern starting with '"' is read C-style quoted (git 2.x).
bool needs_quotes(const std::string& pattern) {
  if (pattern.empty() || pattern[0] == '#' || pattern[0] == '!' || pattern[0] == '"') return true;
  for (unsigned char c : pattern)
    if (c <= ' ' || c == '"' || c == 0x7f || c >= 0x80) return true;
  return false;
}

std::string c_quoted(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        if (c < ' ' || c == 0x7f)
          out += fmt::format("\\{:03o}", unsigned(c));
        else
          out += char(c);  // UTF-8 bytes as they are: git reads them so inside quotes
    }
  }
  return out + "\"";
}

}  // namespace

std::string gitattributes_line(const std::string& plan_dir_in_repo) {
  std::string prefix = plan_dir_in_repo.empty() ? "" : literal_pattern(plan_dir_in_repo) + "/";
  std::string pattern = prefix + "recommendations/*.yaml";
  return (needs_quotes(pattern) ? c_quoted(pattern) : pattern) + " merge=" + merge_driver_name;
}

std::string resolved_merge_attribute(const std::string& top, const std::string& plan_dir) {
  std::string rel = plan_dir_in_repo(top, plan_dir);
  std::string sample = (rel.empty() ? "" : rel + "/") + "recommendations/1.yaml";
  GitOutput g = run_git(top, {"check-attr", "-z", "merge", "--", sample}, "", true);
  if (g.exit_code != 0) return "";
  // -z: "<path>\0merge\0<value>\0"
  size_t a = g.out.find('\0');
  size_t b = a == std::string::npos ? a : g.out.find('\0', a + 1);
  size_t c = b == std::string::npos ? b : g.out.find('\0', b + 1);
  if (c == std::string::npos) return "";
  return g.out.substr(b + 1, c - b - 1);
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
  ReadResult r = read_file(file, max_attributes_bytes, true);
  if (!r.ok) return;
  int line = attributes_line_naming_driver(r.data);
  if (line == 0) return;
  // Messages name the file as the user reaches it from here.
  std::error_code ec;
  fs::path shown_path = fs::relative(file, fs::current_path(ec), ec);
  std::string shown = ec || shown_path.empty() ? file : shown_path.generic_string();
  // What git itself resolves, not what the line seems to say: a pattern git
  // reads differently (a space in the folder's name) sends no file to the driver.
  std::string resolved = resolved_merge_attribute(top, plan_dir);
  std::string rel = plan_dir_in_repo(top, plan_dir);
  if (resolved != merge_driver_name && !resolved.empty()) {
    out.add(rule("merge-driver"), shown, line, 1,
            fmt::format("this line names the 'plan' merge driver, but git does not apply it to "
                        "the recommendation files (git check-attr says merge is '{}' for {}), so "
                        "two updates to one recommendation conflict",
                        resolved, (rel.empty() ? "" : rel + "/") + "recommendations/1.yaml"),
            "write the line as 'plan git-setup' does: run it once in this clone and commit "
            ".gitattributes");
    return;
  }
  ConfigValue v = config_value(top, fmt::format("merge.{}.driver", merge_driver_name));
  if (!v.git_ran || v.set) return;
  out.add(rule("merge-driver"), shown, line, 1,
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
  // .gitattributes first: one that cannot be read whole refuses the setup
  // before the config is touched.
  std::string file = join_path(top, ".gitattributes");
  std::string text;
  std::error_code ec;
  bool existed = fs::symlink_status(file, ec).type() != fs::file_type::not_found;
  if (existed) {
    ReadResult r = read_file_to_edit(file, max_attributes_bytes);
    if (!r.ok) {
      res.error = r.error;
      return res;
    }
    text = std::move(r.data);
  }
  const std::string prefix = std::string("merge.") + merge_driver_name;
  struct Setting {
    std::string key, value;
  };
  for (const Setting& s : {Setting{prefix + ".name", "plan: keep updates from both sides"},
                           Setting{prefix + ".driver", merge_driver_command}}) {
    ConfigValue v = config_value(top, s.key);
    if (!v.git_ran) {
      res.error = v.refusal.empty() ? "cannot run git to read its config in " + top : v.refusal;
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
  if (resolved_merge_attribute(top, plan_dir) == merge_driver_name) {
    res.already.push_back(".gitattributes already sends the recommendation files to the driver");
    res.ok = true;
    return res;
  }
  std::string line = gitattributes_line(plan_dir_in_repo(top, plan_dir));
  const std::string before = text;
  if (!text.empty() && text.back() != '\n') text += '\n';
  text += line + "\n";
  if (std::string e = write_file(file, text); !e.empty()) {
    res.error = e;
    return res;
  }
  // Git decides what the line means: if it does not send the files to the
  // driver, the file is put back as it was and the setup refused.
  std::string resolved = resolved_merge_attribute(top, plan_dir);
  if (resolved != merge_driver_name) {
    std::string undo = existed ? replace_file(file, before) : "";
    if (!existed) fs::remove(file, ec);
    res.error =
        "git does not apply the line '" + line +
        "' to the recommendation files (git check-attr says merge is '" + resolved +
        "'), so .gitattributes was " +
        (undo.empty() ? "put back as it was" : "left changed: " + undo) +
        "; rename the plan folder to plain letters, digits and dashes, or add the line by hand";
    return res;
  }
  res.done.push_back("added '" + line + "' to .gitattributes (commit it, so every clone has it)");
  res.ok = true;
  return res;
}

}  // namespace plan
