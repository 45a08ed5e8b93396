// SARIF 2.1.0 and GitLab Code Quality output for `plan validate`, written
// with nlohmann::ordered_json so the keys keep their order and the bytes are stable.
#include "diag/code_scanning.h"

#include <fmt/format.h>

#include <cstdint>
#include <nlohmann/json.hpp>

#include "diag/print_diagnostics.h"

namespace plan {
namespace {

const char* sarif_level(Severity s) {
  return s == Severity::error ? "error" : "warning";
}
const char* codequality_severity(Severity s) {
  return s == Severity::error ? "major" : "minor";
}

/// FNV-1a, 64 bits, as 16 hex digits: a stable fingerprint, not a secret.
std::string fingerprint(const Diagnostic& d) {
  std::uint64_t h = 14695981039346656037ull;
  auto mix = [&h](const std::string& s) {
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h = (h ^ 0xFF) * 1099511628211ull;  // separator, so "ab"+"c" differs from "a"+"bc"
  };
  mix(d.rule);
  mix(d.file);
  mix(std::to_string(d.line));
  mix(d.message);
  return fmt::format("{:016x}", h);
}

}  // namespace

std::string path_to_uri(const std::string& path) {
  std::string out;
  for (unsigned char c : path) {
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep)
      out += char(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

void write_sarif(std::ostream& out, const Diagnostics& ds, const std::vector<ScanRule>& rules,
                 const std::string& version) {
  using json = nlohmann::ordered_json;
  json rule_list = json::array();
  for (const ScanRule& r : rules)
    rule_list.push_back({{"id", r.id}, {"shortDescription", {{"text", r.summary}}}});
  json results = json::array();
  for (const Diagnostic& d : ds.items()) {
    json result = {{"ruleId", d.rule}};
    for (size_t i = 0; i < rules.size(); ++i)
      if (rules[i].id == d.rule) result["ruleIndex"] = i;
    result["level"] = sarif_level(d.severity);
    result["message"] = {{"text", d.message}};
    // A relative path is relative to the repository root (%SRCROOT%); an
    // absolute one (plan -C /some/where) becomes a file: URI.
    json artifact = {{"uri", path_to_uri(d.file)}};
    if (!d.file.empty() && d.file[0] == '/')
      artifact["uri"] = "file://" + path_to_uri(d.file);
    else
      artifact["uriBaseId"] = "%SRCROOT%";
    json location = {{"artifactLocation", artifact}};
    if (d.line > 0)
      location["region"] = {{"startLine", d.line}, {"startColumn", d.col > 0 ? d.col : 1}};
    result["locations"] = json::array({{{"physicalLocation", location}}});
    result["partialFingerprints"] = {{"planDiagnostic/v1", fingerprint(d)}};
    results.push_back(result);
  }
  json srcroot = {
      {"description", {{"text", "The folder plan validate ran in (the repository root in CI)."}}}};
  json run = {
      {"tool", {{"driver", {{"name", "plan"}, {"version", version}, {"rules", rule_list}}}}},
      {"originalUriBaseIds", {{"%SRCROOT%", srcroot}}},
      {"results", results}};
  json doc = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({run})}};
  out << dump_json(doc) << "\n";
}

void write_codequality(std::ostream& out, const Diagnostics& ds) {
  nlohmann::ordered_json issues = nlohmann::ordered_json::array();
  for (const Diagnostic& d : ds.items())
    issues.push_back(
        {{"description", d.message + " [" + d.rule + "]"},
         {"check_name", d.rule},
         {"fingerprint", fingerprint(d)},
         {"severity", codequality_severity(d.severity)},
         {"location", {{"path", d.file}, {"lines", {{"begin", d.line > 0 ? d.line : 1}}}}}});
  out << dump_json(issues) << "\n";
}

}  // namespace plan
