// The manifest of a national view (plan aggregate --manifest FILE): the
// forces expected to return, each with its name, groupings, contact and
// source (a local plan folder or export file, a git repository, or the
// http(s) URL of an export). Read from YAML, checked against
// schemas/manifest.schema.json, then by the rules below; every problem is
// reported in one run, with its line and column.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.h"

namespace plan {

struct ManifestSource {
  enum class Kind { path, git, url };
  Kind kind = Kind::path;
  std::string location;  // the path, repository or URL as the manifest writes it
  std::string ref;       // git: the branch or tag; "" for the repository's default
  std::string resolved;  // a local path joined to the manifest's folder; else location
  bool local = false;    // a path on this machine (a folder, a file, a local repository)
};

struct ManifestForce {
  std::string name;
  std::string contact;                                      // "" when none is given
  std::vector<std::pair<std::string, std::string>> groups;  // as written, in order
  ManifestSource source;
};

struct Manifest {
  std::string title;                  // "" when not given
  std::string report;                 // joined to the manifest's folder; "" when not given
  std::vector<ManifestForce> forces;  // in the manifest's order
};

struct ManifestRead {
  std::optional<Manifest> manifest;  // none when there is an error
  Diagnostics diagnostics;
};

/// A source as the manifest names it, for messages and outputs: the path,
/// the repository (with " at REF"), or the URL.
std::string source_text(const ManifestSource& s);

/// text is the manifest's bytes; file names it in messages; folder is where
/// its relative paths start ("" for the current folder).
ManifestRead parse_manifest(const std::string& text, const std::string& file,
                            const std::string& folder);

/// Reads the file (at most a plan file's size limit) and parses it; paths are relative to its
/// folder.
ManifestRead read_manifest(const std::string& path);

}  // namespace plan
