// SARIF 2.1.0 and GitLab Code Quality output for `plan validate`. Both are
// JSON written by hand (as report.cpp does), so the bytes are stable.
#include "diag/code_scanning.h"

#include <fmt/format.h>

#include <cstdint>

#include "diag/print_diagnostics.h"

namespace plan {
namespace {

const char* sarif_level(Severity s) { return s == Severity::error ? "error" : "warning"; }
const char* codequality_severity(Severity s) { return s == Severity::error ? "major" : "minor"; }

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
    if (keep) out += char(c);
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

void write_sarif(std::ostream& out, const Diagnostics& ds, const std::vector<ScanRule>& rules,
                 const std::string& version) {
  out << "{\n"
         "  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
         "  \"version\": \"2.1.0\",\n"
         "  \"runs\": [\n    {\n"
         "      \"tool\": {\n        \"driver\": {\n"
         "          \"name\": \"plan\",\n";
  out << fmt::format("          \"version\": \"{}\",\n", json_escape(version));
  out << "          \"rules\": [";
  for (size_t i = 0; i < rules.size(); ++i)
    out << (i ? ",\n" : "\n")
        << fmt::format("            {{\"id\": \"{}\", \"shortDescription\": {{\"text\": \"{}\"}}}}",
                       json_escape(rules[i].id), json_escape(rules[i].summary));
  out << (rules.empty() ? "]\n" : "\n          ]\n");
  out << "        }\n      },\n"
         "      \"originalUriBaseIds\": {\"%SRCROOT%\": {\"description\": {\"text\": "
         "\"The folder plan validate ran in (the repository root in CI).\"}}},\n"
         "      \"results\": [";
  bool first = true;
  for (const Diagnostic& d : ds.items()) {
    out << (first ? "\n" : ",\n");
    first = false;
    int index = -1;
    for (size_t i = 0; i < rules.size(); ++i)
      if (rules[i].id == d.rule) index = int(i);
    out << fmt::format("        {{\"ruleId\": \"{}\", ", json_escape(d.rule));
    if (index >= 0) out << fmt::format("\"ruleIndex\": {}, ", index);
    out << fmt::format("\"level\": \"{}\", \"message\": {{\"text\": \"{}\"}}, ",
                       sarif_level(d.severity), json_escape(d.message));
    // A relative path is relative to the repository root (%SRCROOT%); an
    // absolute one (plan -C /some/where) becomes a file: URI.
    if (!d.file.empty() && d.file[0] == '/')
      out << fmt::format(
          "\"locations\": [{{\"physicalLocation\": {{\"artifactLocation\": {{\"uri\": "
          "\"file://{}\"}}",
          json_escape(path_to_uri(d.file)));
    else
      out << fmt::format(
          "\"locations\": [{{\"physicalLocation\": {{\"artifactLocation\": {{\"uri\": "
          "\"{}\", \"uriBaseId\": \"%SRCROOT%\"}}",
          json_escape(path_to_uri(d.file)));
    if (d.line > 0)
      out << fmt::format(", \"region\": {{\"startLine\": {}, \"startColumn\": {}}}", d.line,
                         d.col > 0 ? d.col : 1);
    out << fmt::format("}}}}], \"partialFingerprints\": {{\"planDiagnostic/v1\": \"{}\"}}}}",
                       fingerprint(d));
  }
  out << (first ? "]\n" : "\n      ]\n");
  out << "    }\n  ]\n}\n";
}

void write_codequality(std::ostream& out, const Diagnostics& ds) {
  out << "[";
  bool first = true;
  for (const Diagnostic& d : ds.items()) {
    out << (first ? "\n" : ",\n");
    first = false;
    out << fmt::format(
        "  {{\"description\": \"{}\", \"check_name\": \"{}\", \"fingerprint\": \"{}\", "
        "\"severity\": \"{}\", \"location\": {{\"path\": \"{}\", \"lines\": {{\"begin\": {}}}}}}}",
        json_escape(d.message + " [" + d.rule + "]"), json_escape(d.rule), fingerprint(d),
        codequality_severity(d.severity), json_escape(d.file), d.line > 0 ? d.line : 1);
  }
  out << (first ? "]\n" : "\n]\n");
}

}  // namespace plan
