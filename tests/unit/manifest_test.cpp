// The manifest of plan aggregate --manifest: what it reads, and every
// problem reported at once, where it is.
#include "aggregate/manifest.h"

#include <catch2/catch.hpp>

#include "aggregate/chase.h"
#include "aggregate/collect.h"
#include "aggregate/manifest_inputs.h"

using namespace plan;

namespace {

std::string rules_of(const Diagnostics& ds) {
  std::string out;
  for (const Diagnostic& d : ds.items())
    out += std::to_string(d.line) + ":" + std::to_string(d.col) + " " + d.rule + "\n";
  return out;
}

const Diagnostic* find(const Diagnostics& ds, const std::string& rule) {
  for (const Diagnostic& d : ds.items())
    if (d.rule == rule) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("manifest: every kind of source, groups and contacts are read") {
  ManifestRead r = parse_manifest(
      "title: Progress against the stalking super-complaint\n"
      "report: reports/stalking.yaml\n"
      "forces:\n"
      "  - name: Cambridgeshire Constabulary\n"
      "    groups: {region: Eastern, size: medium}\n"
      "    contact: action.plans@cambs.example\n"
      "    source: ../cambs\n"
      "  - name: Northshire Police\n"
      "    source: {git: https://git.example/northshire-plan.git, ref: main}\n"
      "  - name: Southshire Police\n"
      "    source: {git: repos/southshire}\n"
      "  - name: Kent Police\n"
      "    source: {url: https://kent.example/plan-export.json}\n"
      "  - name: Essex Police\n"
      "    source: /srv/exports/essex.json\n",
      "forces.yaml", "national");
  INFO(rules_of(r.diagnostics));
  REQUIRE(r.manifest);
  const Manifest& m = *r.manifest;
  CHECK(m.title == "Progress against the stalking super-complaint");
  CHECK(m.report == "national/reports/stalking.yaml");
  REQUIRE(m.forces.size() == 5);
  CHECK(m.forces[0].contact == "action.plans@cambs.example");
  REQUIRE(m.forces[0].groups.size() == 2);
  CHECK(m.forces[0].groups[0] == std::pair<std::string, std::string>("region", "Eastern"));
  CHECK(m.forces[0].source.kind == ManifestSource::Kind::path);
  CHECK(m.forces[0].source.resolved == "cambs");  // national/../cambs
  CHECK(m.forces[1].source.kind == ManifestSource::Kind::git);
  CHECK(m.forces[1].source.resolved == "https://git.example/northshire-plan.git");
  CHECK(m.forces[1].source.ref == "main");
  CHECK(source_text(m.forces[1].source) == "https://git.example/northshire-plan.git at main");
  CHECK(m.forces[2].source.resolved == "national/repos/southshire");  // a local repository
  CHECK(m.forces[2].source.local);
  CHECK_FALSE(m.forces[1].source.local);
  CHECK(m.forces[3].source.kind == ManifestSource::Kind::url);
  CHECK(m.forces[4].source.resolved == "/srv/exports/essex.json");  // absolute stays
}

TEST_CASE("manifest: shape problems come from the schema, all in one run, located") {
  ManifestRead r = parse_manifest(
      "title: National view\n"
      "forces:\n"
      "  - name: Kent Police\n"
      "    sorce: ../kent\n"
      "  - name: Essex Police\n"
      "    source: [../essex]\n"
      "  - name: Surrey Police\n"
      "    source: {git: https://x.example/s.git, branch: main}\n",
      "forces.yaml", "");
  CHECK_FALSE(r.manifest);
  INFO(rules_of(r.diagnostics));
  const Diagnostic* unknown = find(r.diagnostics, "unknown-key");
  REQUIRE(unknown);
  CHECK(unknown->line == 4);
  CHECK(unknown->col == 5);
  CHECK(unknown->message == "unknown key 'sorce'");
  CHECK(unknown->hint == "did you mean 'source'?");
  const Diagnostic* missing = find(r.diagnostics, "missing-key");
  REQUIRE(missing);
  CHECK(missing->line == 3);
  const Diagnostic* type = find(r.diagnostics, "type");
  REQUIRE(type);
  CHECK(type->line == 6);
  CHECK(type->message == "'source' must be a path or a mapping, but it is a list");
  // The git mapping's unknown key, with the keys allowed there.
  int unknown_keys = 0;
  for (const Diagnostic& d : r.diagnostics.items())
    if (d.rule == "unknown-key") ++unknown_keys;
  CHECK(unknown_keys == 2);
}

TEST_CASE("manifest: a manifest that is not YAML or has no forces cannot be used") {
  CHECK_FALSE(parse_manifest("forces: [\n", "f.yaml", "").manifest);
  ManifestRead none = parse_manifest("title: x\n", "f.yaml", "");
  CHECK_FALSE(none.manifest);
  REQUIRE(find(none.diagnostics, "missing-key"));
  ManifestRead empty = parse_manifest("forces: []\n", "f.yaml", "");
  CHECK_FALSE(empty.manifest);
  CHECK(find(empty.diagnostics, "empty-list"));
  ManifestRead alias =
      parse_manifest("forces:\n  - &k {name: Kent Police, source: kent}\n  - *k\n", "f.yaml", "");
  CHECK_FALSE(alias.manifest);
}

TEST_CASE("rule-manifest-source: git options, schemes and mixed sources are refused") {
  ManifestRead r = parse_manifest(
      "forces:\n"
      "  - name: A\n"
      "    source: {git: --upload-pack=touch /tmp/x, ref: main}\n"
      "  - name: B\n"
      "    source: {git: https://x.example/b.git, ref: -b}\n"
      "  - name: C\n"
      "    source: {url: file:///etc/passwd}\n"
      "  - name: D\n"
      "    source: {git: https://x.example/d.git, url: https://x.example/d.json}\n"
      "  - name: E\n"
      "    source: {ref: main}\n"
      "  - name: F\n"
      "    source: {url: https://x.example/f.json, ref: main}\n",
      "forces.yaml", "");
  CHECK_FALSE(r.manifest);
  std::vector<int> lines;
  for (const Diagnostic& d : r.diagnostics.items()) {
    INFO(d.line << ": " << d.message);
    CHECK(d.rule == "manifest-source");
    lines.push_back(d.line);
  }
  CHECK(lines == std::vector<int>{3, 5, 7, 9, 11, 13});
  CHECK(r.diagnostics.items()[0].message ==
        "the repository '--upload-pack=touch /tmp/x' starts with '-', which git would read as "
        "an option");
  CHECK(r.diagnostics.items()[2].message == "'file:///etc/passwd' is not an http or https address");
}

TEST_CASE("rule-manifest-duplicate: a force listed twice, ignoring case and spaces") {
  ManifestRead r = parse_manifest(
      "forces:\n"
      "  - name: Kent Police\n"
      "    source: kent\n"
      "  - name: ' kent police'\n"
      "    source: kent2.json\n",
      "forces.yaml", "");
  CHECK_FALSE(r.manifest);
  REQUIRE(r.diagnostics.items().size() == 1);
  const Diagnostic& d = r.diagnostics.items()[0];
  CHECK(d.rule == "manifest-duplicate");
  CHECK(d.line == 4);
  CHECK(d.message == "' kent police' is listed already, at line 2");
}

TEST_CASE("rule-manifest-group: a grouping holds one name") {
  ManifestRead r = parse_manifest(
      "forces:\n"
      "  - name: Kent Police\n"
      "    groups: {region: [South East, London]}\n"
      "    source: kent\n",
      "forces.yaml", "");
  CHECK_FALSE(r.manifest);
  REQUIRE(r.diagnostics.items().size() == 1);
  CHECK(r.diagnostics.items()[0].rule == "manifest-group");
  CHECK(r.diagnostics.items()[0].message == "the group 'region' must be a name, but it is a list");
}

TEST_CASE("manifest: a control character in a name is refused") {
  ManifestRead r =
      parse_manifest("forces:\n  - name: \"Kent\\e[31m\"\n    source: kent\n", "f.yaml", "");
  CHECK_FALSE(r.manifest);
  REQUIRE(find(r.diagnostics, "control-character"));
}

TEST_CASE(
    "manifest: refused sources go by the manifest's name, and contacts reach the chase list") {
  ManifestRead r = parse_manifest(
      "forces:\n"
      "  - name: Zeta Police\n"
      "    contact: plans@zeta.example\n"
      "    source: {url: https://zeta.example/export.json}\n"
      "  - name: Eta Police\n"
      "    source: {git: https://eta.example/plan.git, ref: main}\n",
      "forces.yaml", "");
  REQUIRE(r.manifest);
  Collected collected;
  for (const ManifestForce& f : r.manifest->forces) {
    CollectedSource c;
    c.refused = RefusedInput{.path = source_text(f.source),
                             .reason = "its source could not be fetched: no answer in time",
                             .short_reason = source_not_fetched,
                             .organisation = f.name};
    collected.sources.push_back(c);
  }
  ManifestInputs in = manifest_inputs(*r.manifest, collected);
  CHECK(in.list.inputs.empty());
  REQUIRE(in.list.refused.size() == 2);
  std::vector<RefusedInput> refused = in.list.refused;
  name_refused(*r.manifest, in, refused);
  CHECK(refused[1].path == "https://eta.example/plan.git at main");
  CHECK(refused[1].organisation == "Eta Police");
  Aggregate a;
  a.refused = refused;
  name_counted(*r.manifest, in, a);
  std::vector<ChaseEntry> chase = chase_list(a);
  REQUIRE(chase.size() == 2);
  CHECK(chase[0].name == "Eta Police");
  CHECK(chase[0].contact.empty());
  CHECK(chase[1].name == "Zeta Police");
  CHECK(chase[1].contact == "plans@zeta.example");
  CHECK(chase[1].reasons == std::vector<std::string>{"no return: source could not be fetched"});
}
