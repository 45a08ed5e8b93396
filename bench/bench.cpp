// Timing driver: runs plan's commands and the yaml-cpp parse-only yardstick
// on the same corpus, alternating, and prints medians and their ratios.
//   plan-bench --plan build/plan --parse-only build/bench/plan-parse-only
//              --corpus DIR [--small DIR] [--runs 7]
//              [--split DIR] [--many DIR] [--aggregate-runs 3]
// DIR holds plan/ as written by plan-generate; --split the same corpus as
// 43 forces' plans (plan-generate --split 43), --many 1,000 small plans
// (plan-generate --plans 1000), for plan aggregate.
#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

extern char** environ;

namespace {

struct RunResult {
  double seconds = 0;
  long max_rss_kb = 0;
  int status = 0;
};

RunResult run(const std::vector<std::string>& argv) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  auto start = std::chrono::steady_clock::now();
  pid_t pid;
  RunResult r;
  if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0) {
    std::fprintf(stderr, "cannot run %s\n", args[0]);
    std::exit(2);
  }
  struct rusage usage {};
  wait4(pid, &r.status, 0, &usage);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.max_rss_kb = usage.ru_maxrss;
  posix_spawn_file_actions_destroy(&actions);
  return r;
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

struct Timing {
  double command = 0, yardstick = 0;
  long max_rss_kb = 0;
};

// Alternates the command and the yardstick so both see the same machine load.
Timing compare(const std::vector<std::string>& command, const std::vector<std::string>& yardstick,
               int runs, const std::function<void()>& before_each = {}) {
  std::vector<double> a, b;
  Timing t;
  for (int i = 0; i < runs; ++i) {
    if (before_each) before_each();
    RunResult rc = run(command);
    if (!WIFEXITED(rc.status) || WEXITSTATUS(rc.status) > 1) {
      std::fprintf(stderr, "command failed (status %d): %s ...\n", rc.status, command[0].c_str());
      std::exit(2);
    }
    a.push_back(rc.seconds);
    t.max_rss_kb = std::max(t.max_rss_kb, rc.max_rss_kb);
    if (!yardstick.empty()) b.push_back(run(yardstick).seconds);
  }
  t.command = median(a);
  t.yardstick = b.empty() ? 0 : median(b);
  return t;
}

void row(const std::string& name, const Timing& t, const std::string& bound) {
  std::printf("%-34s %9.3f s %9.3f s %7.2fx   %s\n", name.c_str(), t.command, t.yardstick,
              t.yardstick > 0 ? t.command / t.yardstick : 0.0, bound.c_str());
}

uintmax_t corpus_bytes(const std::filesystem::path& dir) {
  uintmax_t total = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file()) total += e.file_size();
  return total;
}

}  // namespace

int main(int argc, char** argv) {
  std::string plan_bin = "build/plan", parse_bin = "build/bench/plan-parse-only";
  std::string corpus, small;
  int runs = 7;
  bool memory_only = false;
  bool diff_only = false;
  std::string split, many;
  int aggregate_runs = 3;
  CLI::App app{"Time plan against a yaml-cpp parse-only pass"};
  app.add_option("--plan", plan_bin, "The plan binary");
  app.add_option("--parse-only", parse_bin, "The plan-parse-only binary");
  app.add_option("--corpus", corpus, "Folder holding plan/ (e.g. the national corpus)")->required();
  app.add_option("--small", small, "A 15-recommendation corpus, for update and ajv-scale figures");
  app.add_option("--runs", runs, "Runs of each command (median is reported)");
  app.add_flag("--memory-only", memory_only, "Only measure validate's peak memory");
  app.add_flag("--diff-only", diff_only, "Only time plan diff (against validate)");
  app.add_option("--split", split, "The corpus split into many plans (plan-generate --split)");
  app.add_option("--many", many, "A folder of many small plans (plan-generate --plans)");
  app.add_option("--aggregate-runs", aggregate_runs, "Runs of each aggregate row (they are long)");
  CLI11_PARSE(app, argc, argv);

  namespace fs = std::filesystem;
  std::string plan_dir = (fs::path(corpus) / "plan").string();
  uintmax_t bytes = corpus_bytes(plan_dir);
  std::vector<std::string> yard = {parse_bin, plan_dir};
  std::printf("corpus %s: %.1f MB; %d runs each, medians, wall time\n", corpus.c_str(),
              double(bytes) / 1e6, runs);

  if (memory_only) {
    Timing v = compare({plan_bin, "-C", corpus, "validate", "--as-of", "2030-01-01"}, {}, 1);
    std::printf("validate peak RSS %.1f MB = %.2fx corpus size   (bound 1.5x)\n",
                double(v.max_rss_kb) / 1024, double(v.max_rss_kb) * 1024 / double(bytes));
    return 0;
  }
  std::printf("%-34s %11s %11s %8s   %s\n", "command", "plan", "parse-only", "ratio", "bound");
  if (!diff_only) {
    Timing v1 =
        compare({plan_bin, "-C", corpus, "validate", "-j1", "--as-of", "2030-01-01"}, yard, runs);
    row("validate (1 thread)", v1, "<= 1.2x");
    Timing v2 = compare({plan_bin, "-C", corpus, "validate", "--as-of", "2030-01-01"}, yard, runs);
    row("validate (all cores)", v2, "<= 0.7x");
    Timing r = compare({plan_bin, "-C", corpus, "render", "--format", "html", "--as-of",
                        "2030-01-01", "-o", "/dev/null"},
                       yard, runs);
    row("render --format html", r, "<= 1.5x");
    Timing e = compare({plan_bin, "-C", corpus, "export", "--format", "json", "-o", "/dev/null"},
                       yard, runs);
    row("export --format json", e, "");
  }

  {
    // diff: a git repository of the corpus with two commits on top, one
    // recording an update on 13 recommendations (1%, a busy day's pull
    // request), one moving every deadline (the worst case). Timed
    // against validate (all cores) on the same corpus, not the yardstick.
    fs::path repo = fs::temp_directory_path() / fmt::format("plan-bench-diff-{}", ::getpid());
    fs::remove_all(repo);
    fs::create_directories(repo);
    fs::copy(corpus, repo, fs::copy_options::recursive);
    std::string r = repo.string();
    std::string plan_abs = fs::absolute(plan_bin).string();
    auto sh = [&](const std::string& cmd) {
      std::string full = "cd '" + r + "' && (" + cmd + ") >/dev/null 2>&1";
      if (std::system(full.c_str()) != 0) {
        std::fprintf(stderr, "bench: failed: %s\n", cmd.c_str());
        std::exit(2);
      }
    };
    std::string git = "git -c user.name=bench -c user.email=bench@example.org";
    sh("git init -q . && " + git + " add -A && " + git + " commit -qm corpus");
    sh("for id in $(ls plan/recommendations | sed 's/.yaml//' | sort -n | head -13); do '" +
       plan_abs +
       "' update $id --status 'In Progress' --date 2026-01-15 --note 'Bench.' || exit 1; "
       "done && " +
       git + " commit -qam updates");
    sh("sed -i 's/^deadline: 20/deadline: 21/' plan/recommendations/*.yaml && " + git +
       " commit -qam owners");
    Timing d = compare({plan_bin, "-C", r, "diff", "HEAD~2", "HEAD~1"},
                       {plan_bin, "-C", r, "validate", "--as-of", "2030-01-01"}, runs);
    row("diff, 13 files changed / validate", d, "<= 2.5x");
    Timing w = compare({plan_bin, "-C", r, "diff", "HEAD~1", "HEAD"},
                       {plan_bin, "-C", r, "validate", "--as-of", "2030-01-01"}, runs);
    row("diff, every file changed / validate", w, "");
    fs::remove_all(repo);
  }
  if (diff_only) return 0;

  if (!small.empty()) {
    // update: the same edit on a fresh copy each run, on the big plan and on the small one.
    auto update_on = [&](const std::string& src) {
      fs::path copy = fs::temp_directory_path() / fmt::format("plan-bench-{}", ::getpid());
      auto reset = [&] {
        fs::remove_all(copy);
        fs::create_directories(copy);
        fs::copy(src, copy, fs::copy_options::recursive);
      };
      Timing t = compare({plan_bin, "-C", copy.string(), "update", "1", "--status", "In Progress",
                          "--percent", "99", "--date", "2029-12-31", "--note", "Benchmark."},
                         {}, std::max(runs, 21), reset);
      fs::remove_all(copy);
      return t.command;
    };
    Timing u;
    u.command = update_on(corpus);
    u.yardstick = update_on(small);
    std::printf("%-34s %9.3f s %9.3f s %7.2fx   %s\n", "update: national vs 15 recs", u.command,
                u.yardstick, u.command / u.yardstick, "<= 1.5x");
    Timing s = compare({plan_bin, "-C", small, "validate", "--as-of", "2030-01-01"},
                       {parse_bin, (fs::path(small) / "plan").string()}, runs);
    row("validate, 15 recs", s, "(ajv-cli 0.37 s)");
  }
  if (!split.empty()) {
    // The same recommendation files as the corpus, as 43 forces' plans,
    // against validate of the corpus (all cores, as aggregate uses them).
    Timing a =
        compare({plan_bin, "aggregate", split, "--as-of", "2030-01-01", "-o", "/dev/null"},
                {plan_bin, "-C", corpus, "validate", "--as-of", "2030-01-01"}, aggregate_runs);
    std::printf("%-34s %9.3f s %9.3f s %7.2fx   %s\n", "aggregate split vs validate", a.command,
                a.yardstick, a.command / a.yardstick, "<= 1.3x");
  }
  if (!many.empty()) {
    // Many small plans in one aggregate run, against validating each of them.
    std::string loop = "for d in '" + many + "'/*/; do '" + plan_bin +
                       "' -C \"$d\" validate --as-of 2030-01-01 >/dev/null || exit 2; done";
    Timing a = compare({plan_bin, "aggregate", many, "--as-of", "2030-01-01", "-o", "/dev/null"},
                       {"/bin/sh", "-c", loop}, aggregate_runs);
    std::printf("%-34s %9.3f s %9.3f s %7.2fx   %s\n", "aggregate many vs validate each", a.command,
                a.yardstick, a.command / a.yardstick, "< 2x");
  }
  Timing version = compare({plan_bin, "--version"}, {}, std::max(runs, 21));
  std::printf("%-34s %9.1f ms   (bound 5 ms)\n", "plan --version", version.command * 1000);
  return 0;
}
