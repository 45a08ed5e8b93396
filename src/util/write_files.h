// Folders for the files plan writes (the files themselves go through the one
// writer, util/atomic_write.h, which also stages several files all or nothing).
#pragma once

#include <string>

#include "util/atomic_write.h"  // StagedFile, stage_file, commit_staged

namespace plan {

/// Creates a folder and any missing parents (like mkdir -p).
std::string make_directories(const std::string& path);

}  // namespace plan
