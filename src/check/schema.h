// Structure checks against the JSON Schemas in schemas/, which the binary
// embeds at build time. Validation is done by valijson on a JSON copy of the
// YAML tree; each error is mapped back to the line and column it came from
// and rewritten as a message that says what would be right.
#pragma once

#include <string>

#include "diag/diagnostic.h"
#include "load/yaml_tree.h"

namespace plan {

enum class SchemaKind { plan, recommendation, report };

/// The schema text as embedded in the binary.
const std::string& schema_text(SchemaKind kind);

/// Appends one diagnostic per problem. Safe to call from several threads.
void check_schema(const YNode& root, SchemaKind kind, const std::string& file, Diagnostics& out);

}  // namespace plan
