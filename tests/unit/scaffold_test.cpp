#include "init/scaffold.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "check/load_checked.h"
#include "fixtures.h"
#include "load/yaml_tree.h"

using namespace plan;
using plan::test::day;

namespace {
const ScaffoldFile& file(const std::vector<ScaffoldFile>& files, const std::string& path) {
  for (const ScaffoldFile& f : files)
    if (f.path == path) return f;
  FAIL("no file " << path);
  throw;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The run steps of a job in a parsed workflow, in order.
std::vector<std::string> run_steps(const YNode& workflow, const std::string& job) {
  std::vector<std::string> runs;
  const YNode* steps = workflow.find("jobs")->find(job)->find("steps");
  REQUIRE(steps);
  for (const YNode& step : steps->children)
    if (const YNode* run = step.find("run")) runs.push_back(run->value);
  return runs;
}
}  // namespace

TEST_CASE("every YAML and JSON file plan init writes is well-formed") {
  for (const ScaffoldFile& f : scaffold_files(day("2025-01-15"))) {
    INFO(f.path);
    if (ends_with(f.path, ".yaml") || ends_with(f.path, ".yml")) {
      Diagnostics ds;
      CHECK(parse_yaml(f.content, f.path, ds));
      CHECK(ds.empty());
    } else if (ends_with(f.path, ".json")) {
      CHECK(nlohmann::json::accept(f.content));
    }
  }
}

TEST_CASE("the plan plan init writes loads and passes every check") {
  std::vector<ScaffoldFile> files = scaffold_files(day("2025-01-15"));
  Plan p;
  Diagnostics ds;
  REQUIRE(load_plan_text(file(files, "plan/plan.yaml").content, "plan/plan.yaml", p, ds));
  Recommendation r;
  REQUIRE(load_recommendation_text(file(files, "plan/recommendations/1.yaml").content,
                                   "plan/recommendations/1.yaml", r, ds));
  p.recommendations.push_back(r);
  check_plan(p, day("2025-01-15"), ds);
  INFO((ds.empty() ? std::string() : ds.items().front().message));
  CHECK(ds.empty());
  CHECK(format_iso(*r.deadline.value) == "2025-07-15");
}

TEST_CASE("the CI examples validate on push and render on release") {
  std::vector<ScaffoldFile> files =
      scaffold_files(day("2025-01-15"), CiSource{"https://example.org/plan.git", "v1.2.3", ""});
  Diagnostics ds;
  auto gh = parse_yaml(file(files, ".github/workflows/plan.yml").content, "plan.yml", ds);
  REQUIRE(gh);
  const YNode* on = gh->find("on");
  REQUIRE(on);
  CHECK(on->find("push"));
  CHECK(on->find("pull_request"));
  CHECK(on->find("release"));
  CHECK(gh->find("env")->find("PLAN_SOURCE_REPO")->value == "https://example.org/plan.git");
  CHECK(gh->find("env")->find("PLAN_SOURCE_TAG")->value == "v1.2.3");
  CHECK(run_steps(*gh, "validate").back() == "bash ci/validate.sh github");
  CHECK(run_steps(*gh, "pages").back() == "bash ci/render.sh site");
  CHECK(gh->find("jobs")->find("pages")->find("if")->value == "github.event_name == 'release'");

  auto gl = parse_yaml(file(files, ".gitlab-ci.yml").content, ".gitlab-ci.yml", ds);
  REQUIRE(gl);
  CHECK(gl->find("variables")->find("PLAN_SOURCE_TAG")->value == "v1.2.3");
  CHECK(gl->find("validate")->find("script")->children.at(0).value == "bash ci/validate.sh gitlab");
  CHECK(gl->find("validate")->find("artifacts")->find("reports")->find("codequality")->value ==
        "gl-code-quality-report.json");
  const YNode* pages = gl->find("pages");
  REQUIRE(pages);
  CHECK(pages->find("rules")->children.at(0).find("if")->value == "$CI_COMMIT_TAG");
  CHECK(file(files, "ci/render.sh")
            .content.find("git -c safe.directory=\"$PWD\" log -1 --format=%ct") !=
        std::string::npos);

  auto hooks = parse_yaml(file(files, ".pre-commit-config.yaml").content, "pc.yaml", ds);
  REQUIRE(hooks);
  const YNode& hook = hooks->find("repos")->children.at(0).find("hooks")->children.at(0);
  CHECK(hook.find("entry")->value == "plan validate");
  CHECK(ds.empty());

  auto settings = nlohmann::json::parse(file(files, ".vscode/settings.json").content);
  CHECK(settings["yaml.schemas"]["./schemas/recommendation.schema.json"][0] ==
        "plan/recommendations/*.yaml");
}
