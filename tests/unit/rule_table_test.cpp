// The rule table (src/diag/rule_table.h) is the only source of rule ids:
// every row names a file that really checks it and has an example case, and
// every id the code emits as text (load/, below the table, cannot use the
// compile-time rule("id")) is a row of the table.
#include "diag/rule_table.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using namespace plan;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const fs::path source_dir = PLAN_SOURCE_DIR;

// A folder entry named id, or id followed by '-' or '.' (rule-tab, tab-indent.yaml).
bool has_entry_named(const fs::path& dir, const std::string& prefix) {
  if (!fs::is_directory(dir)) return false;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    if (name == prefix || name.rfind(prefix + "-", 0) == 0 || name.rfind(prefix + ".", 0) == 0)
      return true;
  }
  return false;
}

// A Catch2 test case "rule-<id>: …", for a rule the shipped schemas cannot
// trigger (its example needs a schema of its own).
bool unit_test_named(const std::string& name) {
  for (const auto& e : fs::directory_iterator(source_dir / "tests" / "unit"))
    if (slurp(e.path()).find("TEST_CASE(\"" + name + ":") != std::string::npos) return true;
  return false;
}

bool has_example(const std::string& id) {
  const fs::path tests = source_dir / "tests";
  for (const char* dir : {"cases", "bad-input", "limits", "faults", "import"})
    if (has_entry_named(tests / dir, id)) return true;
  return has_entry_named(tests / "cases", "rule-" + id) || unit_test_named("rule-" + id);
}

}  // namespace

TEST_CASE("rule table: ids are unique and sorted, each with a summary and a file") {
  std::string previous;
  for (const Rule& r : rule_table) {
    INFO(r.id);
    CHECK(std::string(r.id) > previous);
    CHECK(!r.summary.empty());
    previous = std::string(r.id);
    const fs::path file = source_dir / "src" / std::string(r.checked_in);
    REQUIRE(fs::exists(file));
    // The file named as the checker really reports this id.
    CHECK(slurp(file).find("\"" + std::string(r.id) + "\"") != std::string::npos);
  }
}

TEST_CASE("rule table: every rule has an example case named after it") {
  for (const Rule& r : rule_table) {
    INFO("add an example: tests/cases/rule-" << r.id << "/, tests/bad-input/" << r.id
                                             << "-NAME.yaml or tests/limits/" << r.id
                                             << "-NAME.case");
    CHECK(has_example(std::string(r.id)));
  }
}

TEST_CASE("rule table: every rule id emitted as text in src/ is in the table") {
  // The ways code names a rule by text: out.error("id", …), warning, the
  // importer's warn("id", …), the YAML builder's problem("id", …) and
  // Refusal{"id", …}, and a warning list's push_back({"id", …}).
  const std::regex emitted(
      R"re((?:\b(?:error|warning|warn|problem)\(\s*|Refusal\{\s*|push_back\(\s*\{\s*)"([a-z0-9-]+)")re");
  int found = 0;
  for (const auto& e : fs::recursive_directory_iterator(source_dir / "src")) {
    if (!e.is_regular_file()) continue;
    std::string text = slurp(e.path());
    for (auto m = std::sregex_iterator(text.begin(), text.end(), emitted);
         m != std::sregex_iterator(); ++m) {
      std::string id = (*m)[1];
      INFO(e.path().string() << " emits '" << id << "'");
      CHECK(find_rule(id) != nullptr);
      ++found;
    }
  }
  CHECK(found > 20);  // the scan does see the load/ and import/ rules
}

TEST_CASE("rule table: a diagnostic made from a row carries its id and severity") {
  Diagnostics ds;
  ds.add(rule("percent-decrease"), "f.yaml", 3, 4, "percent goes down", "say why");
  REQUIRE(ds.items().size() == 1);
  CHECK(ds.items()[0].rule == "percent-decrease");
  CHECK(ds.items()[0].severity == Severity::warning);
  CHECK(full_message(ds.items()[0]) == "percent goes down; say why");
  CHECK(find_rule("no-such-rule") == nullptr);
}
