// A path's parts, with '/' as the separator plan writes on every system
// (Windows accepts it too); the platform layer splits native paths itself.
#pragma once

#include <string>

namespace plan {

/// The path of a file inside dir as people see it ("plan/plan.yaml"; just
/// the name when dir is "" or ".").
std::string join_path(const std::string& dir, const std::string& name);

/// The folder a path is in: "plan" for "plan/plan.yaml", "." for a bare
/// name, "/" for "/name".
std::string folder_of(const std::string& path);

/// The last part of a path: "plan.yaml" for "plan/plan.yaml".
std::string name_of(const std::string& path);

}  // namespace plan
