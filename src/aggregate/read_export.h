// Reads a file written by `plan export --format json` back into the plan
// model, so exports and plan folders are aggregated by the same code. The
// file is checked against schemas/export.schema.json (embedded in the
// binary) after its format_version: a newer version than this program
// knows is refused by name, not as a pile of schema errors.
#pragma once

#include <string>

#include "model/plan.h"

namespace plan {

struct ReadExport {
  bool ok = false;
  Plan plan;
  std::string error;  // why it was refused, when !ok
};

/// text is the file's bytes; file is its path, for the plan's file field.
ReadExport read_export_text(const std::string& text, const std::string& file);

/// Reads the file (at most 1 GiB) and then its text.
ReadExport read_export_file(const std::string& path);

}  // namespace plan
