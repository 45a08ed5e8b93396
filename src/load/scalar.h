// Types of plain (unquoted) YAML scalars by the YAML 1.2 core schema:
// `25` is a number, `"25"` and `2025-01-15` are text, `true` is a boolean.
#pragma once

#include <string>

namespace plan {

enum class ScalarType { null, boolean, integer, real, string };

ScalarType resolve_plain(const std::string& s);

}  // namespace plan
