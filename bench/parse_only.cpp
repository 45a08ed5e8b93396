// The yardstick: parse every file of a plan with YAML::LoadFile and nothing
// else, single-threaded. plan's own commands are timed against this.
#include <yaml-cpp/yaml.h>

#include <cstdio>
#include <filesystem>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: plan-parse-only PLAN_DIR (the folder holding plan.yaml)\n");
    return 2;
  }
  namespace fs = std::filesystem;
  size_t nodes = 0;
  YAML::Node plan = YAML::LoadFile((fs::path(argv[1]) / "plan.yaml").string());
  nodes += plan.size();
  for (const auto& entry : fs::directory_iterator(fs::path(argv[1]) / "recommendations")) {
    YAML::Node rec = YAML::LoadFile(entry.path().string());
    nodes += rec.size();
  }
  std::printf("%zu\n", nodes);
  return 0;
}
