// Reads a file written by `plan export --format json` back into the plan
// model, so exports and plan folders are aggregated by the same code. The
// file is held to the same rules as plan files (docs/national-view.md): a
// size it can be read in, nesting a few levels deep, whole numbers an id
// can be, real dates (a day or a month) in the years a plan date may have,
// no control characters. It is checked against the schema of its own
// format_version (2, or the current one, embedded in the binary); a newer
// version than this program knows is refused by name. Each status's
// category is the one the export states, never worked out from its place.
#pragma once

#include <optional>
#include <string>

#include "model/plan.h"

namespace plan {

/// The largest export read: about 20 times this is held in memory while it
/// is parsed, and a plan's export is well under a megabyte.
inline constexpr size_t max_export_bytes = size_t(32) << 20;

struct ReadExport {
  bool ok = false;
  Plan plan;
  std::optional<Date> exported;  // the export's as_of date
  std::string error;             // why it was refused, when !ok
  std::string short_reason;      // the same in a few words for a public page
  std::string organisation;      // the plan's organisation, when the file says it
};

/// text is the file's bytes; file is its path, for the plan's file field.
ReadExport read_export_text(const std::string& text, const std::string& file);

/// Reads the file (at most max_export_bytes) and then its text.
ReadExport read_export_file(const std::string& path);

}  // namespace plan
