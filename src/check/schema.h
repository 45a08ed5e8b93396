// Structure checks against the JSON Schemas in schemas/, which the binary
// embeds at build time. Validation is done by valijson on a JSON copy of the
// YAML tree; each failing path of valijson's result is mapped back to the
// line and column it came from, and the keyword that failed there (type,
// required, minimum …) gives the rule id and a message saying what would be right.
#pragma once

#include <string>

#include "diag/diagnostic.h"
#include "load/yaml_tree.h"

namespace plan {

enum class SchemaKind { plan, recommendation, report, manifest };

/// The schema text as embedded in the binary.
const std::string& schema_text(SchemaKind kind);

/// Appends one diagnostic per problem. Safe to call from several threads.
void check_schema(const YNode& root, SchemaKind kind, const std::string& file, Diagnostics& out);

/// The same against a schema given as JSON text (for tests, and for a schema
/// that is not embedded). Throws nlohmann::json::exception on bad JSON.
void check_against_schema(const YNode& root, const std::string& schema_json,
                          const std::string& file, Diagnostics& out);

}  // namespace plan
