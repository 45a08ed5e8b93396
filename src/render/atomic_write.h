// Writes a whole file so that readers see the old file or the new one,
// never half of one: a temporary file in the same folder, then a rename.
#pragma once

#include <string>

namespace plan {

/// Returns "" on success, else what went wrong ("cannot write 'x': reason").
std::string write_file_atomic(const std::string& path, const std::string& data);

/// Creates dir (one level) if it does not exist. Returns "" or the problem.
std::string ensure_directory(const std::string& dir);

}  // namespace plan
