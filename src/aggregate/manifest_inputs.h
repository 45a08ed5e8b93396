// A manifest's forces, once collected (aggregate/collect.h), as the inputs
// plan aggregate reads, and the names and contacts the manifest gives them:
// a force whose input is refused goes by the manifest's name on its "no
// return" row, every input is shown by its source as the manifest names it
// (never a path inside the cache), and the chase list carries the contacts.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "aggregate/aggregate.h"
#include "aggregate/collect.h"
#include "aggregate/inputs.h"
#include "aggregate/manifest.h"

namespace plan {

struct ManifestInputs {
  InputList list;                          // what to read, and the sources refused already
  std::map<std::string, size_t> force_of;  // an input's path -> its force in the manifest
};

/// Each source is one force: one plan folder or export file. A source
/// holding none, or several (a folder of inputs), is refused.
ManifestInputs manifest_inputs(const Manifest& m, const Collected& collected);

/// Refused inputs of the manifest's forces: named and shown as the manifest says.
void name_refused(const Manifest& m, const ManifestInputs& in, std::vector<RefusedInput>& refused);

/// text with every path inside the cache (a fetched copy) named by the
/// source it was fetched from instead, so the outputs say the same whatever
/// the cache folder (standard error keeps the paths, for the analyst).
std::string without_cache_paths(const Manifest& m, const ManifestInputs& in, std::string text);

/// The counted forces shown by their sources as the manifest names them, and
/// every force's contact.
void name_counted(const Manifest& m, const ManifestInputs& in, Aggregate& a);

}  // namespace plan
