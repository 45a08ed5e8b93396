// Checks on a file's raw bytes before YAML parsing: size, byte-order mark,
// NUL bytes, UTF-8 validity, tabs in indentation, overlong lines. yaml-cpp
// accepts several of these silently or reports them cryptically. One
// function per rule, in raw_checks.cpp; the ids are rows of diag/rule_table.h.
#pragma once

#include <string>

#include "diag/diagnostic.h"

namespace plan {

/// Appends what is wrong with the bytes. Returns false when the file must not
/// be parsed (the problems would only produce confusing follow-on errors).
bool check_raw_bytes(const std::string& bytes, const std::string& file, Diagnostics& out);

}  // namespace plan
