// Generates a plan of any size in the documented format, deterministically:
//   plan-generate --recs N --evidence E --updates U --seed S -o DIR
// writes DIR/plan/plan.yaml and DIR/plan/recommendations/<id>.yaml. The same
// arguments always give the same bytes (a fixed LCG, not <random>'s
// implementation-defined distributions). For plan aggregate:
//   --split K   the same recommendations, byte for byte, shared out among K
//               forces' plans (DIR/force-01/plan/ ...), each in one id range
//   --plans N   N forces' plans of N recommendations each (seeds S, S+1, ...)
#include <CLI/CLI.hpp>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "text/yaml_write.h"

namespace {

struct Lcg {
  uint64_t state;
  uint32_t next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return uint32_t(state >> 33);
  }
  int below(int n) { return int(next() % uint32_t(n)); }
};

const char* const words[] = {
    "stalking", "victims", "officers", "review",    "risk",     "training",  "partners",
    "policy",   "support", "evidence", "screening", "orders",   "response",  "force",
    "process",  "quality", "data",     "referral",  "services", "assurance", "investigation",
    "the",      "and",     "of",       "to",        "with",     "for",       "their",
    "in",       "a",       "is",       "are",       "will",     "be",        "should"};

std::string sentence(Lcg& rng, int min_words, int max_words) {
  int n = min_words + rng.below(max_words - min_words + 1);
  std::string s;
  for (int i = 0; i < n; ++i) {
    std::string w = words[rng.below(int(std::size(words)))];
    if (i == 0) w[0] = char(std::toupper(w[0]));
    s += (i ? " " : "") + w;
  }
  return s + ".";
}

std::string paragraph(Lcg& rng, int sentences) {
  std::string p;
  for (int i = 0; i < sentences; ++i) p += (i ? " " : "") + sentence(rng, 8, 20);
  return p;
}

plan::Date date_at(int day_offset) {
  return plan::add_days(
      plan::Date{std::chrono::year{2024}, std::chrono::month{1}, std::chrono::day{1}}, day_offset);
}

plan::DateField date_field(plan::Date d) {
  plan::DateField f;
  f.text = plan::format_iso(d);
  f.value = d;
  return f;
}

std::vector<plan::Update> updates(Lcg& rng, int count, int start_day) {
  std::vector<plan::Update> out;
  int percent = 0;
  for (int i = 0; i < count; ++i) {
    plan::Update u;
    u.date = date_field(date_at(start_day + i * 30));
    percent = std::min(95, percent + rng.below(20));
    u.status = "In Progress";
    u.percent = percent;
    if (rng.below(3) == 0) u.by = "Public Protection Unit";
    u.note = paragraph(rng, 3) + "\n\n" + paragraph(rng, 2);
    out.push_back(u);
  }
  return out;
}

std::string force_folder(int index, int count) {
  int width = int(std::to_string(count).size());
  std::string n = std::to_string(index);
  return "force-" + std::string(size_t(std::max(0, width - int(n.size()))), '0') + n;
}

// Writes one plan (or, with split > 1, one plan's recommendations shared out
// among split plans) under out.
void generate(const std::filesystem::path& out, int recs, int evidence, int update_count,
              uint64_t seed, int split) {
  Lcg rng{seed * 2654435761ULL + 12345};
  namespace fs = std::filesystem;
  auto plan_dir = [&](int part) {
    return split > 1 ? out / force_folder(part + 1, split) / "plan" : out / "plan";
  };
  plan::Plan p;
  p.title = "Generated Action Plan";
  p.organisation = "Benchmark Constabulary";
  p.published = date_field(date_at(0));
  p.introduction = paragraph(rng, 4);
  p.leads = {{"Executive Lead", "Assistant Chief Constable A. Person"}};
  p.owner = "Chief Constables";
  for (int part = 0; part < std::max(1, split); ++part) {
    fs::create_directories(plan_dir(part) / "recommendations");
    plan::Plan named = p;
    if (split > 1) named.organisation += " " + std::to_string(part + 1);
    std::ofstream(plan_dir(part) / "plan.yaml", std::ios::binary) << plan::write_plan_file(named);
  }

  for (int id = 1; id <= recs; ++id) {
    plan::Recommendation r;
    r.id = id;
    r.deadline = date_field(date_at(180 + rng.below(400)));
    r.text = paragraph(rng, 3) + "\n\n" + paragraph(rng, 2);
    for (int e = 1; e <= evidence; ++e) {
      plan::Evidence ev;
      ev.id = std::to_string(id) + "." + std::to_string(e);
      ev.text = paragraph(rng, 2);
      r.evidence.push_back(ev);
    }
    r.updates = updates(rng, update_count, 40 + rng.below(20));
    int part = split > 1 ? int(int64_t(id - 1) * split / recs) : 0;
    std::ofstream(plan_dir(part) / "recommendations" / (std::to_string(id) + ".yaml"),
                  std::ios::binary)
        << plan::write_recommendation_file(r);
  }
}

}  // namespace

int main(int argc, char** argv) {
  int recs = 15, evidence = 3, update_count = 1, split = 1, plans = 1;
  uint64_t seed = 1;
  std::string out_dir = "bench-plan";
  CLI::App app{"Generate a deterministic plan for benchmarks"};
  app.add_option("--recs", recs, "Recommendations")->check(CLI::Range(1, 100000));
  app.add_option("--evidence", evidence, "Evidence items per recommendation")
      ->check(CLI::Range(0, 1000));
  app.add_option("--updates", update_count, "Updates per recommendation")
      ->check(CLI::Range(0, 1000));
  app.add_option("--seed", seed, "Random seed");
  app.add_option("-o,--out", out_dir, "Output folder (gets plan/ inside)");
  app.add_option("--split", split, "Share the recommendations out among this many plans")
      ->check(CLI::Range(1, 10000));
  app.add_option("--plans", plans, "Write this many independent plans")
      ->check(CLI::Range(1, 10000));
  CLI11_PARSE(app, argc, argv);
  if (split > 1 && plans > 1) {
    std::fprintf(stderr, "plan-generate: give --split or --plans, not both\n");
    return 2;
  }
  namespace fs = std::filesystem;
  if (plans > 1) {
    for (int i = 0; i < plans; ++i)
      generate(fs::path(out_dir) / force_folder(i + 1, plans), recs, evidence, update_count,
               seed + uint64_t(i), 1);
    return 0;
  }
  generate(out_dir, recs, evidence, update_count, seed, split);
  return 0;
}
