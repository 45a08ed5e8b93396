#include "diff/revision_reader.h"

#include <algorithm>
#include <filesystem>
#include <thread>

#include "check/load_checked.h"
#include "git/git_process.h"
#include "load/limits.h"
#include "load/loader.h"
#include "util/files.h"
#include "util/terminal_text.h"

namespace plan {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> split_nul(const std::string& s) {
  std::vector<std::string> out;
  size_t begin = 0;
  while (begin < s.size()) {
    size_t end = s.find('\0', begin);
    if (end == std::string::npos) end = s.size();
    if (end > begin) out.push_back(s.substr(begin, end - begin));
    begin = end + 1;
  }
  return out;
}

// The texts of paths at revision, by path; a path absent there is left out.
std::map<std::string, std::string> blobs_at(const std::string& top, const std::string& revision,
                                            const std::vector<std::string>& paths,
                                            std::string& error) {
  std::map<std::string, std::string> out;
  std::string input;
  for (const std::string& p : paths) {
    if ((revision + p).find_first_of("\n\r") != std::string::npos) {  // one request a line
      error = "'" + terminal_safe(revision + ":" + p) +
              "' holds a line break, which plan cannot ask git for";
      return out;
    }
    input += revision + ":" + p + "\n";
  }
  if (input.empty()) return out;
  GitOutput g = run_git(top, {"cat-file", "--batch"}, input);
  if (g.exit_code != 0) {
    error = "git cat-file could not read " + revision + (g.error.empty() ? "" : ": " + g.error);
    return out;
  }
  size_t at = 0;
  for (const std::string& p : paths) {
    size_t nl = g.out.find('\n', at);
    if (nl == std::string::npos) break;
    std::string header = g.out.substr(at, nl - at);
    at = nl + 1;
    if (header.size() >= 8 && header.compare(header.size() - 8, 8, " missing") == 0) continue;
    // "<id> <type> <size>"; anything else (an ambiguous name) has no body.
    size_t sp = header.rfind(' ');
    if (sp == std::string::npos ||
        header.find_first_not_of("0123456789", sp + 1) != std::string::npos ||
        sp + 1 == header.size()) {
      error = "git cat-file answered '" + header + "' for " + revision + ":" + p;
      return out;
    }
    size_t size = std::stoul(header.substr(sp + 1));
    if (size > g.out.size() - at) {
      error = "git cat-file's answer for " + revision + ":" + p + " was cut short";
      return out;
    }
    if (header.find(" blob ") != std::string::npos) out[p] = g.out.substr(at, size);
    at += size + 1;
  }
  // Every answer read by its length, and nothing left over: otherwise the
  // answers were not for the requests made.
  if (at != g.out.size()) {
    error = "git cat-file's answers for " + revision + " did not match the files asked for";
    out.clear();
  }
  return out;
}

std::string relative_dir(const std::string& top, const std::string& dir) {
  std::error_code ec;
  fs::path rel = fs::relative(fs::absolute(dir, ec), top, ec).lexically_normal();
  std::string s = rel.generic_string();
  return s == "." ? "" : s + "/";
}

// Fills plan from plan.yaml's text and the recommendation texts.
void build_side(const std::string& shown_dir, const std::string& rel,
                const std::optional<std::string>& plan_text,
                const std::map<std::string, std::string>& rec_texts, Plan& plan,
                std::vector<std::string>& unreadable, const std::string& label) {
  Diagnostics ignored;
  plan.file = join_path(shown_dir, "plan.yaml");
  plan.dir = shown_dir;
  if (plan_text) load_plan_text(*plan_text, plan.file, plan, ignored);
  for (const auto& [path, text] : rec_texts) {
    Recommendation rec;
    std::string name = path.substr(rel.size() + std::string("recommendations/").size());
    std::string file = join_path(join_path(shown_dir, "recommendations"), name);
    Diagnostics ds;
    if (!load_recommendation_text(text, file, rec, ds) || rec.id == 0) {
      unreadable.push_back(file + " in " + label + " could not be read as a recommendation");
      continue;
    }
    plan.recommendations.push_back(std::move(rec));
  }
  std::sort(plan.recommendations.begin(), plan.recommendations.end(),
            [](const Recommendation& a, const Recommendation& b) { return a.id < b.id; });
}

// Why git's name for a file cannot be a plan file's, or "".
std::string name_problem(const std::string& path) {
  std::string bad = forbidden_character(path, false);
  if (bad.empty()) return "";
  return "holds " + bad;
}

bool is_recommendation_path(const std::string& path, const std::string& rel) {
  std::string prefix = rel + "recommendations/";
  return path.size() > prefix.size() + 5 && path.compare(0, prefix.size(), prefix) == 0 &&
         path.find('/', prefix.size()) == std::string::npos &&
         path.compare(path.size() - 5, 5, ".yaml") == 0;
}

}  // namespace

SidePlans read_changed_sides(const std::string& plan_dir, const PlanSide& before,
                             const PlanSide& after) {
  SidePlans out;
  std::string top = git_top_level(plan_dir);
  if (top.empty()) {
    out.error =
        "'" + plan_dir + "' is not in a git work tree, so there are no revisions to compare";
    return out;
  }
  for (const PlanSide* s : {&before, &after}) {
    if (s->revision.empty()) continue;
    GitOutput g =
        run_git(top, {"rev-parse", "--verify", "--quiet", s->revision + "^{commit}"}, "", true);
    if (std::string why = git_refusal(g, plan_dir); !why.empty()) {
      out.error = why;
      return out;
    }
    if (g.exit_code != 0) {
      out.error = "'" + s->revision +
                  "' is not a revision of this repository (try HEAD, HEAD~1, a "
                  "branch name or a commit id)";
      return out;
    }
  }
  std::string rel = relative_dir(top, plan_dir);
  std::string recs_spec = rel + "recommendations";
  std::vector<std::string> args = {"diff",         "--name-only",   "-z",
                                   "--no-renames", "--no-ext-diff", before.revision};
  if (!after.revision.empty()) args.push_back(after.revision);
  args.push_back("--");
  args.push_back(":(literal)" + recs_spec);
  GitOutput changed = run_git(top, args);
  if (changed.exit_code != 0) {
    std::string why = git_refusal(changed, plan_dir);
    out.error = why.empty() ? "git diff failed (git's message is above)" : why;
    return out;
  }
  std::vector<std::string> paths, listed = split_nul(changed.out);
  if (after.revision.empty()) {  // new files not yet added to git count too
    GitOutput others = run_git(
        top, {"ls-files", "-z", "--others", "--exclude-standard", "--", ":(literal)" + recs_spec});
    for (std::string& p : split_nul(others.out)) listed.push_back(std::move(p));
  }
  for (std::string& p : listed) {
    // A name holding a line break would be read as two requests by git
    // cat-file (and could hide a change); no plan file can be named so.
    if (std::string problem = name_problem(p); !problem.empty()) {
      out.error = "the file '" + terminal_safe(p) + "' has a name that " + problem +
                  ", which no plan file can have, so the plan's changes cannot be shown safely; "
                  "rename it (git mv) or remove it";
      return out;
    }
    if (is_recommendation_path(p, rel)) paths.push_back(std::move(p));
  }
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());

  // The two sides are read and parsed at once, one thread each: parsing is
  // most of the cost when many files changed.
  struct SideResult {
    std::string error;
    std::vector<std::string> unreadable;
  };
  SideResult results[2];
  auto read_side = [&](int side) {
    const PlanSide& s = side == 0 ? before : after;
    Plan& plan = side == 0 ? out.before : out.after;
    SideResult& res = results[side];
    std::optional<std::string> plan_text;
    std::map<std::string, std::string> texts;
    if (s.revision.empty()) {
      ReadResult r = read_file(join_path(plan_dir, "plan.yaml"), limits::max_file_bytes, true);
      if (r.ok) plan_text = std::move(r.data);
      for (const std::string& p : paths) {
        std::string file = join_path(top, p);
        if (!is_file(file)) continue;
        ReadResult rr = read_file(file, limits::max_file_bytes, true);
        if (rr.ok)
          texts[p] = std::move(rr.data);
        else
          res.unreadable.push_back(rr.error);
      }
    } else {
      std::vector<std::string> wanted = paths;
      wanted.push_back(rel + "plan.yaml");
      texts = blobs_at(top, s.revision, wanted, res.error);
      if (!res.error.empty()) return;
      if (auto it = texts.find(rel + "plan.yaml"); it != texts.end()) {
        plan_text = std::move(it->second);
        texts.erase(it);
      }
    }
    build_side(plan_dir, rel, plan_text, texts, plan, res.unreadable, s.label);
  };
  std::thread other(read_side, 0);
  read_side(1);
  other.join();
  for (SideResult& r : results) {
    if (!r.error.empty()) {
      out.error = r.error;
      return out;
    }
    out.unreadable.insert(out.unreadable.end(), r.unreadable.begin(), r.unreadable.end());
  }
  out.ok = true;
  return out;
}

}  // namespace plan
