// Writing an imported plan: the files it makes, the plan files already in
// the folder, and replacing them only when asked.
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "import/write/write_imported_plan.h"
#include "temp_dir.h"
#include "text/yaml_write.h"
#include "util/files.h"
#include "util/write_files.h"

using namespace plan;

namespace {

Plan small_plan(std::vector<int> ids) {
  Plan p;
  p.title = "T";
  p.organisation = "O";
  for (int id : ids) {
    Recommendation r;
    r.id = id;
    r.deadline.text = "2025-03-27";
    r.deadline.value = parse_iso_date("2025-03-27");
    r.text = "do " + std::to_string(id);
    p.recommendations.push_back(r);
  }
  return p;
}

std::vector<std::string> names_in(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("an imported plan is plan.yaml plus one file per recommendation") {
  Plan p = small_plan({7, 10});
  std::vector<PlanFileText> files = imported_plan_files(p);
  REQUIRE(files.size() == 3);
  CHECK(files[0].path == "plan/plan.yaml");
  CHECK(files[0].text == write_plan_file(p));
  CHECK(files[1].path == "plan/recommendations/7.yaml");
  CHECK(files[2].path == "plan/recommendations/10.yaml");
  CHECK(files[2].text == write_recommendation_file(p.recommendations[1]));
}

TEST_CASE("files are written whole, with no temporary files left behind") {
  TempDir dir;
  std::string out = dir.path + "/new/folder";
  Plan p = small_plan({7, 10});
  WriteOutcome w = write_plan_files(out, imported_plan_files(p), false);
  REQUIRE(w.error.empty());
  CHECK(names_in(out + "/plan") == std::vector<std::string>{"plan.yaml", "recommendations"});
  CHECK(names_in(out + "/plan/recommendations") == std::vector<std::string>{"10.yaml", "7.yaml"});
  CHECK(read_file(out + "/plan/recommendations/7.yaml").data ==
        write_recommendation_file(p.recommendations[0]));
  CHECK(existing_plan_files(out) == std::vector<std::string>{out + "/plan/plan.yaml",
                                                             out + "/plan/recommendations/10.yaml",
                                                             out + "/plan/recommendations/7.yaml"});
}

TEST_CASE("replacing a plan removes recommendation files the import does not have") {
  TempDir dir;
  REQUIRE(
      write_plan_files(dir.path, imported_plan_files(small_plan({7, 99})), false).error.empty());
  WriteOutcome w = write_plan_files(dir.path, imported_plan_files(small_plan({7, 10})), true);
  REQUIRE(w.error.empty());
  CHECK(w.removed == std::vector<std::string>{dir.path + "/plan/recommendations/99.yaml"});
  CHECK(names_in(dir.path + "/plan/recommendations") ==
        std::vector<std::string>{"10.yaml", "7.yaml"});
}

TEST_CASE("a plan folder that is a file is reported, and it stays as it was") {
  TempDir dir;
  REQUIRE(write_file(dir.path + "/plan", "not a folder").empty());
  WriteOutcome w = write_plan_files(dir.path, imported_plan_files(small_plan({7})), false);
  CHECK(w.error == "cannot create folder '" + dir.path + "/plan': Not a directory");
  CHECK(read_file(dir.path + "/plan").data == "not a folder");
}

TEST_CASE("when one file cannot be written, none is") {
  TempDir dir;
  // The last file goes to a folder that is a file, so the write fails (at the
  // folders, before any file is staged) and the folders it made are removed.
  std::vector<PlanFileText> files = imported_plan_files(small_plan({7, 10}));
  std::filesystem::create_directories(dir.path + "/plan/recommendations");
  { std::ofstream(dir.path + "/plan/recommendations/blocked") << "a file"; }
  files.back().path = "plan/recommendations/blocked/10.yaml";
  WriteOutcome w = write_plan_files(dir.path, files, false);
  CHECK(w.error ==
        "cannot create folder '" + dir.path + "/plan/recommendations/blocked': Not a directory");
  CHECK(existing_plan_files(dir.path).empty());
  CHECK(names_in(dir.path + "/plan/recommendations").size() == 1);  // only the obstacle
}
