// Diagnostics in the formats code-scanning dashboards read: SARIF 2.1.0
// (GitHub code scanning and most others) and GitLab's Code Quality report.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace plan {

/// A rule as the report lists it: its id and what it checks.
struct ScanRule {
  std::string id;
  std::string summary;
};

/// One SARIF 2.1.0 log with one run of `plan` (tool version, the rules,
/// one result per diagnostic). File names become relative URIs under
/// %SRCROOT%, so a dashboard links them to the repository.
void write_sarif(std::ostream& out, const Diagnostics& ds, const std::vector<ScanRule>& rules,
                 const std::string& version);

/// GitLab Code Quality: a JSON array of issues, each with a fingerprint that
/// stays the same while the problem does (rule, file, line and message).
void write_codequality(std::ostream& out, const Diagnostics& ds);

/// A relative path as a URI reference: bytes other than unreserved ones
/// and '/' percent-encoded.
std::string path_to_uri(const std::string& path);

}  // namespace plan
