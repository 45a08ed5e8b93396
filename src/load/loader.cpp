#include "load/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <thread>

#include "load/build_model.h"
#include "load/limits.h"
#include "load/raw_checks.h"
#include "util/files.h"

namespace plan {

std::string join_path(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == ".") return name;
  return dir.back() == '/' ? dir + name : dir + "/" + name;
}

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

LoadedPlan load_plan_files(const std::string& dir, const TreeCheck& check, int threads,
                           bool recommendations, Prose prose) {
  LoadedPlan out;
  out.plan.dir = dir;
  std::string plan_file = join_path(dir, "plan.yaml");
  out.files = 1;
  ReadResult read = read_file(plan_file, limits::max_file_bytes, true);
  if (!read.ok) {
    out.diagnostics.error("read-error", plan_file, 0, 0, read.error);
    out.io_failed = true;
    return out;
  }
  load_plan_file_text(read.data, plan_file, out.plan, out.diagnostics, check);
  if (!recommendations) return out;

  std::string rec_dir = join_path(dir, "recommendations");
  if (!is_directory(rec_dir)) {
    out.diagnostics.error("no-recommendations", rec_dir, 0, 0,
                          "there is no recommendations folder; create it and add one file per "
                          "recommendation, named <id>.yaml");
    return out;
  }
  std::string error;
  std::vector<std::string> names = list_files(rec_dir, ".yaml", error);
  if (!error.empty()) {
    out.diagnostics.error("read-error", rec_dir, 0, 0, error);
    out.io_failed = true;
    return out;
  }
  if (names.size() > limits::max_recommendations) {
    out.diagnostics.error("too-many-files", rec_dir, 0, 0,
                          fmt::format("{} recommendation files, over the limit of {}",
                                      names.size(), limits::max_recommendations));
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
  std::vector<std::thread> pool;
  for (int t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();

  out.plan.recommendations.reserve(results.size());
  for (FileResult& r : results) {
    out.diagnostics.append(r.diagnostics);
    if (r.loaded) out.plan.recommendations.push_back(std::move(r.rec));
  }
  std::stable_sort(out.plan.recommendations.begin(), out.plan.recommendations.end(),
                   [](const Recommendation& a, const Recommendation& b) { return a.id < b.id; });
  return out;
}

}  // namespace plan
