// Collecting each force of a manifest from where it publishes: a local path
// is read where it is; a git repository is cloned or fetched (shallow) into
// the cache; an export's http(s) URL is downloaded into the cache. Each
// fetched copy has a record beside it (when, the commit or HTTP status and
// ETag), so a rerun is quick (a 304 keeps the copy) and --offline reads the
// cache alone. Everything written stays inside the cache folder, and each
// file is written atomically. Sources are fetched a few at a time.
#pragma once

#include <ctime>
#include <optional>
#include <string>
#include <vector>

#include "aggregate/aggregate.h"
#include "aggregate/manifest.h"

namespace plan {

struct CollectOptions {
  std::string cache;     // the cache folder; made when missing
  bool offline = false;  // read the cache alone
  int jobs = 0;          // sources fetched at once; 0: four
  std::time_t now = 0;   // when, for the records (never in any output)
};

/// One force of the manifest, collected.
struct CollectedSource {
  std::string path;                     // the local folder or file to read; "" when refused
  bool page = false;                    // a published page (over http), not an export
  std::optional<RefusedInput> refused;  // when its source could not be had
  std::string said;                     // what it got and when, for standard error
};

struct Collected {
  std::vector<CollectedSource> sources;  // parallel to the manifest's forces
  std::string error;                     // the cache folder cannot be used: nothing was fetched
};

Collected collect_sources(const Manifest& m, const CollectOptions& options);

/// The short public reason of a source that could not be had.
inline constexpr const char* source_not_fetched = "source could not be fetched";

}  // namespace plan
