#include "load/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <thread>

#include "load/build_model.h"
#include "load/limits.h"
#include "load/raw_checks.h"
#include "load/report_loader.h"
#include "util/files.h"
#include "util/parallel.h"
#include "util/write_files.h"

namespace plan {

namespace {

// Appends the first limits::max_problems_per_file of a file's problems (in
// file order) and, when there were more, one line saying so. When the file
// was refused, its last problem is the reason: always shown.
void append_capped(const Diagnostics& found, bool refused, const std::string& file,
                   Diagnostics& out) {
  const std::vector<Diagnostic>& items = found.items();
  size_t rest = items.size() - (refused && !items.empty() ? 1 : 0);
  if (rest <= limits::max_problems_per_file) {
    out.append(found);
    return;
  }
  Diagnostics shown;
  for (size_t i = 0; i < rest; ++i) shown.add(items[i]);
  shown.sort();
  for (size_t i = 0; i < limits::max_problems_per_file; ++i) out.add(shown.items()[i]);
  if (rest < items.size()) out.add(items.back());
  out.error("too-many-problems", file, 0, 0,
            fmt::format("this file has more than {} problems; only the first {} are shown, so "
                        "fix those (or check it is the right file) and run again",
                        limits::max_problems_per_file, limits::max_problems_per_file));
}

// Raw bytes, YAML, then the caller's check: the tree, or nullopt when unusable.
std::optional<YNode> parse_and_check(const std::string& text, const std::string& file,
                                     FileKind kind, const TreeCheck& check, Diagnostics& out) {
  Diagnostics found;
  std::optional<YNode> root;
  bool raw_ok = check_raw_bytes(text, file, found);
  if (raw_ok) {
    root = parse_yaml(text, file, found);
    if (root && check) check(*root, kind, file, found);
  }
  append_capped(found, raw_ok && !root, file, out);
  return root;
}

}  // namespace

bool load_recommendation_file_text(const std::string& text, const std::string& file,
                                   Recommendation& rec, Diagnostics& out, const TreeCheck& check) {
  rec.file = file;
  std::optional<YNode> root = parse_and_check(text, file, FileKind::recommendation, check, out);
  if (root) build_recommendation(*root, rec);
  return root.has_value();
}

bool load_plan_file_text(const std::string& text, const std::string& file, Plan& plan,
                         Diagnostics& out, const TreeCheck& check) {
  plan.file = file;
  std::optional<YNode> root = parse_and_check(text, file, FileKind::plan, check, out);
  if (root) build_plan(*root, plan);
  return root.has_value();
}

namespace {

struct FileResult {
  Recommendation rec;
  Diagnostics diagnostics;
  bool loaded = false;
};

// Frees a prose field's words, keeping only whether it had any.
void keep_presence(std::string& s) {
  bool present = !s.empty();
  std::string().swap(s);  // release the buffer, not just the length
  if (present) s = prose_present;
}

void keep_presence(std::vector<Update>& updates) {
  for (Update& u : updates) keep_presence(u.note);
}

void drop_prose(Recommendation& rec) {
  keep_presence(rec.text);
  for (Milestone& m : rec.milestones) keep_presence(m.text);
  for (Evidence& ev : rec.evidence) {
    keep_presence(ev.text);
    keep_presence(ev.updates);
  }
  keep_presence(rec.updates);
}

bool ends_with(const std::string& s, const std::string& end) {
  return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

// The name a file that is not loaded probably meant ("7.yml" -> "7.yaml"), or "".
std::string meant_name(const std::string& name) {
  std::string n = name;
  while (!n.empty() && (n.back() == ' ' || n.back() == '\t' || n.back() == '~')) n.pop_back();
  size_t dot = n.rfind('.');
  if (dot == std::string::npos) return "";
  std::string ext = n.substr(dot + 1);
  for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
  if (ext != "yaml" && ext != "yml") return "";
  return n.substr(0, dot) + ".yaml";
}

// Why an entry of the recommendations folder is not loaded, as a message.
std::string not_loaded_message(const DirEntry& e, const std::vector<DirEntry>& all) {
  if (e.type == DirEntry::Type::folder)
    return "this folder is not read: plan loads only files named <id>.yaml directly in the "
           "recommendations folder, so move its files up (or the folder out of the plan)";
  std::string meant = meant_name(e.name);
  // Never a rename onto a file that is there: that one is the original of a copy.
  bool taken =
      std::any_of(all.begin(), all.end(), [&](const DirEntry& o) { return o.name == meant; });
  bool trailing = !meant.empty() && meant != e.name &&
                  meant.substr(0, meant.size() - 5) == e.name.substr(0, meant.size() - 5) &&
                  e.name.compare(meant.size() - 5, 5, ".yaml") == 0;
  std::string why = trailing ? "its name ends in a space or other character after '.yaml'"
                             : "only names ending in '.yaml' are loaded";
  if (!meant.empty() && taken)
    return fmt::format(
        "this file is not loaded: {}, and '{}' exists already; merge the two into "
        "'{}' and delete this one",
        why, meant, meant);
  if (!meant.empty())
    return fmt::format("this file is not loaded: {}; rename it to '{}'", why, meant);
  return "this file is not loaded: only recommendation files named <id>.yaml belong in the "
         "recommendations folder, so move it out of the plan";
}

}  // namespace

void report_leftover_temp_files(const std::string& folder, Diagnostics& out) {
  for (const std::string& name : leftover_temp_files(folder)) {
    std::string target = name.substr(1, name.rfind(".tmp-") - 1);
    out.warning("temp-file-left", join_path(folder, name), 0, 0,
                fmt::format("this is a temporary file left by a plan command that was stopped "
                            "while writing '{}'; it is not part of the plan, and 'git add -A' "
                            "would commit it",
                            target),
                "delete it (the next plan command that writes '" + target + "' removes it too)");
  }
}

std::vector<std::string> recommendation_files(const std::string& rec_dir, Diagnostics& out,
                                              std::string& error) {
  std::vector<std::string> names;
  report_leftover_temp_files(rec_dir, out);
  std::vector<DirEntry> entries = list_entries(rec_dir, error);
  for (const DirEntry& e : entries) {
    std::string path = join_path(rec_dir, e.name);
    if (e.type == DirEntry::Type::link)
      out.error("symlink", path, 0, 0, std::string("this file is not read: ") + symlink_refusal);
    else if (ends_with(e.name, ".yaml") && e.type != DirEntry::Type::folder)
      names.push_back(e.name);  // a pipe or device is refused when read, with its reason
    else
      out.error("not-loaded", path, 0, 0, not_loaded_message(e, entries));
  }
  return names;
}

namespace {

void load_one(const std::string& path, FileResult& r, Prose prose, const TreeCheck& check) {
  ReadResult read = read_file(path, limits::max_file_bytes, true);
  if (!read.ok) {
    r.rec.file = path;
    r.diagnostics.error("read-error", path, 0, 0, read.error);
    return;
  }
  r.loaded = load_recommendation_file_text(read.data, path, r.rec, r.diagnostics, check);
  if (prose == Prose::presence_only) drop_prose(r.rec);
}

}  // namespace

std::vector<int> recommendation_ids_on_disk(const std::string& dir) {
  std::string error;
  std::vector<int> ids;
  for (const std::string& name : list_files(join_path(dir, "recommendations"), ".yaml", error)) {
    std::string stem = name.substr(0, name.size() - 5);
    if (stem.empty() || stem.size() > 9 || stem[0] == '0' ||
        stem.find_first_not_of("0123456789") != std::string::npos)
      continue;
    ids.push_back(std::stoi(stem));
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

namespace {

// "plan" -> ".", "a/b/plan" -> "a/b", "." -> "..": the folder above, as people write it.
std::string parent_folder(std::string dir) {
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  size_t slash = dir.rfind('/');
  std::string last = slash == std::string::npos ? dir : dir.substr(slash + 1);
  if (dir.empty() || last == "." || last == "..") return join_path(dir.empty() ? "." : dir, "..");
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : dir.substr(0, slash);
}

}  // namespace

std::string report_base(const std::string& plan_dir, const std::string& path) {
  // A plan folder that is a repository's top folder itself: nothing above it is read.
  if (is_directory(join_path(plan_dir, ".git")) || is_file(join_path(plan_dir, ".git")))
    return plan_dir;
  std::string above = parent_folder(plan_dir);
  if (is_file(join_path(above, path)) || !is_file(join_path(plan_dir, path))) return above;
  return plan_dir;
}

std::string report_location(const std::string& plan_dir, const std::string& path) {
  return join_path(report_base(plan_dir, path), path);
}

std::string report_path_problem(const std::string& path) {
  if (path[0] == '/')
    return "it is an absolute path, which may lead outside the repository; write it from the "
           "repository's top folder, such as reports/<name>.yaml";
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    std::string part = path.substr(start, slash == std::string::npos ? slash : slash - start);
    if (part == "..")
      return "it goes up out of the folder with '..', which may lead outside the repository; "
             "put the report inside the repository, such as reports/<name>.yaml";
    if (part.size() > 1 && part[0] == '.')
      return "it names the hidden '" + part +
             "' (such as .git, which holds the clone's settings), which is no report; put the "
             "report in a plain folder, such as reports/<name>.yaml";
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return "";
}

namespace {

// The report plan.yaml names: read, checked, and its id compared.
void load_named_report(LoadedPlan& out, const TreeCheck& check) {
  const ReportRef& ref = out.plan.report;
  if (ref.path.empty()) return;
  // Refused before anything is read, so nothing of a file outside the
  // repository (a CI token in .git/config, /etc/passwd) is ever quoted.
  std::string refusal = report_path_problem(ref.path);
  std::string base = refusal.empty() ? report_base(out.plan.dir, ref.path) : "";
  std::string where = join_path(base, ref.path);
  if (refusal.empty()) {
    std::string linked = linked_folder_on_way(base, ref.path);
    if (!linked.empty())
      refusal = "the folder '" + linked +
                "' on the way is a symbolic link, which may lead outside "
                "the repository; put the folder itself there";
    else if (is_symlink(where))
      refusal =
          "it is a symbolic link, which may lead outside the repository; put the report "
          "file itself there";
  }
  if (!refusal.empty()) {
    out.diagnostics.error("report-path", out.plan.file, ref.pos.line, ref.pos.col,
                          fmt::format("the report path '{}' is refused: {}", ref.path, refusal));
    return;
  }
  if (!is_file(where)) {
    out.diagnostics.error(
        "report-file", out.plan.file, ref.pos.line, ref.pos.col,
        fmt::format("the report file '{}' is not there (looked for {})", ref.path, where),
        "put the report file there, or correct 'report: path:'");
    return;
  }
  LoadedReport report = load_report_file(where, where, check);
  out.files += 1;
  out.diagnostics.append(report.diagnostics);
  if (report.io_failed || report.diagnostics.errors() > 0) return;
  if (report.report.id != ref.id) {
    out.diagnostics.error("report-id", out.plan.file, ref.pos.line, ref.pos.col,
                          fmt::format("the plan names report '{}' but {} is report '{}'", ref.id,
                                      where, report.report.id),
                          "correct 'report: id:', or point 'path:' at the right file");
    return;
  }
  out.plan.report_data = std::make_shared<const Report>(std::move(report.report));
}

}  // namespace

LoadedPlan load_plan_files(const std::string& dir, const TreeCheck& check, int threads,
                           bool recommendations, Prose prose) {
  LoadedPlan out;
  out.plan.dir = dir;
  std::string plan_file = join_path(dir, "plan.yaml");
  out.files = 1;
  if (is_symlink(plan_file)) {  // a plan error, not an I/O one: exit 1 like the others
    out.diagnostics.error("symlink", plan_file, 0, 0,
                          std::string("plan.yaml is not read: ") + symlink_refusal);
    return out;
  }
  ReadResult read = read_file(plan_file, limits::max_file_bytes, true);
  if (!read.ok) {
    out.diagnostics.error("read-error", plan_file, 0, 0, read.error);
    out.io_failed = true;
    return out;
  }
  load_plan_file_text(read.data, plan_file, out.plan, out.diagnostics, check);
  if (!recommendations) return out;
  report_leftover_temp_files(dir.empty() ? "." : dir, out.diagnostics);
  if (out.plan.report.present()) prose = Prose::keep;  // wording is compared with the report's
  load_named_report(out, check);

  std::string rec_dir = join_path(dir, "recommendations");
  if (is_symlink(rec_dir)) {
    out.diagnostics.error(
        "symlink", rec_dir, 0, 0,
        std::string("the recommendations folder is not read: ") + symlink_refusal);
    return out;
  }
  if (!is_directory(rec_dir)) {
    out.diagnostics.error("no-recommendations", rec_dir, 0, 0,
                          "there is no recommendations folder; create it and add one file per "
                          "recommendation, named <id>.yaml");
    return out;
  }
  std::string error;
  std::vector<std::string> names = recommendation_files(rec_dir, out.diagnostics, error);
  if (!error.empty()) {
    out.diagnostics.error("read-error", rec_dir, 0, 0, error);
    out.io_failed = true;
    return out;
  }
  if (names.size() > limits::max_recommendations) {
    out.diagnostics.error("too-many-files", rec_dir, 0, 0,
                          fmt::format("{} recommendation files, over the limit of {}", names.size(),
                                      limits::max_recommendations));
    return out;
  }
  out.files += int(names.size());
  uint64_t total = 0;
  for (const std::string& name : names) total += file_size(join_path(rec_dir, name));
  if (total > limits::max_plan_bytes) {
    out.diagnostics.error(
        "plan-too-large", rec_dir, 0, 0,
        fmt::format("the recommendation files hold {} MiB together, over the limit of {} MiB; even "
                    "a national plan is far smaller, so check the folder holds only plan files",
                    total / (1024 * 1024), limits::max_plan_bytes / (1024 * 1024)));
    return out;
  }

  std::vector<FileResult> results(names.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < names.size();)
      load_one(join_path(rec_dir, names[i]), results[i], prose, check);
  };
  int n = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
  n = std::min<int>(n, int(names.size() / 8) + 1);
  run_on_threads(n, work);

  out.plan.recommendations.reserve(results.size());
  for (size_t i = 0; i < results.size(); ++i) {
    FileResult& r = results[i];
    out.diagnostics.append(r.diagnostics);
    if (r.loaded)
      out.plan.recommendations.push_back(std::move(r.rec));
    else
      out.plan.unloaded_files.push_back(join_path(rec_dir, names[i]));
  }
  std::stable_sort(out.plan.recommendations.begin(), out.plan.recommendations.end(),
                   [](const Recommendation& a, const Recommendation& b) { return a.id < b.id; });
  return out;
}

}  // namespace plan
