#include "aggregate/manifest.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>

#include "check/schema.h"
#include "diag/rule_table.h"
#include "load/limits.h"
#include "load/raw_checks.h"
#include "load/yaml_tree.h"
#include "util/ascii_case.h"
#include "util/files.h"
#include "util/terminal_text.h"

namespace plan {
namespace {

// The same force however its name is spaced or capitalised.
std::string name_key(const std::string& name) {
  size_t from = name.find_first_not_of(" \t");
  size_t to = name.find_last_not_of(" \t");
  return from == std::string::npos ? "" : ascii_lowered(name.substr(from, to - from + 1));
}

std::string joined(const std::string& folder, const std::string& path) {
  if (folder.empty() || folder == "." || std::filesystem::path(path).is_absolute()) return path;
  return (std::filesystem::path(folder) / path).lexically_normal().string();
}

// A repository git reaches over the network ("https://…", "ssh://…",
// "file:///…", "user@host:path") rather than a folder named by its path.
bool remote_repository(const std::string& location) {
  if (location.find("://") != std::string::npos) return true;
  size_t colon = location.find(':');
  size_t slash = location.find('/');
  size_t at = location.find('@');
  return at != std::string::npos && colon != std::string::npos && at < colon &&
         (slash == std::string::npos || colon < slash);
}

bool http_url(const std::string& url) {
  std::string head = ascii_lowered(url.substr(0, 8));
  return head.rfind("http://", 0) == 0 || head.rfind("https://", 0) == 0;
}

class Checker {
 public:
  Checker(std::string file, std::string folder, Diagnostics& out)
      : file_(std::move(file)), folder_(std::move(folder)), out_(out) {}

  // The text of a scalar, reporting a character no value may hold.
  std::string text(const YNode* n) {
    if (!n || !n->is_scalar()) return "";
    if (std::string bad = forbidden_character(n->value, false); !bad.empty())
      out_.add(rule("control-character"), file_, n->pos.line, n->pos.col,
               fmt::format("the value holds {}", bad), "write it as plain text on one line");
    return n->value;
  }

  void groups(const YNode& map, ManifestForce& force) {
    for (size_t i = 0; i < map.map_size(); ++i) {
      const YNode& v = map.val(i);
      if (!v.is_scalar() || v.value.empty()) {
        out_.add(rule("manifest-group"), file_, v.pos.line, v.pos.col,
                 fmt::format("the group '{}' must be a name, but it is {}", map.key(i).value,
                             describe(v)),
                 "write one name, such as region: Eastern");
        continue;
      }
      force.groups.emplace_back(text(&map.key(i)), text(&v));
    }
  }

  void refuse_option_like(const YNode* n, const std::string& what) {
    if (n && n->is_scalar() && !n->value.empty() && n->value[0] == '-')
      out_.add(rule("manifest-source"), file_, n->pos.line, n->pos.col,
               fmt::format("the {} '{}' starts with '-', which git would read as an option", what,
                           n->value),
               "give the repository's URL or path, and a branch or tag name");
  }

  ManifestSource source(const YNode& n) {
    ManifestSource s;
    if (n.is_scalar()) {
      s.location = text(&n);
      s.resolved = joined(folder_, s.location);
      s.local = true;
      return s;
    }
    if (!n.is_map()) return s;  // the schema says what is wrong
    const YNode* git = n.find("git");
    const YNode* url = n.find("url");
    const YNode* ref = n.find("ref");
    if ((git != nullptr) == (url != nullptr)) {
      out_.add(rule("manifest-source"), file_, n.pos.line, n.pos.col,
               git ? "a source names either 'git' or 'url', not both"
                   : "a source mapping names 'git' (a repository) or 'url' (an export's address)",
               "write {git: URL, ref: main} or {url: https://…/plan-export.json}");
      return s;
    }
    if (url) {
      s.kind = ManifestSource::Kind::url;
      s.location = s.resolved = text(url);
      if (ref)
        out_.add(rule("manifest-source"), file_, ref->pos.line, ref->pos.col,
                 "'ref' goes with a git repository, not with a url", "remove 'ref'");
      if (url->is_scalar() && !http_url(url->value))
        out_.add(rule("manifest-source"), file_, url->pos.line, url->pos.col,
                 fmt::format("'{}' is not an http or https address", url->value),
                 "give the export's address starting with https:// (or http://), or a local "
                 "file as a path");
      return s;
    }
    s.kind = ManifestSource::Kind::git;
    s.location = text(git);
    s.ref = text(ref);
    refuse_option_like(git, "repository");
    refuse_option_like(ref, "ref");
    s.local = !remote_repository(s.location);
    s.resolved = s.local ? joined(folder_, s.location) : s.location;
    return s;
  }

  void forces(const YNode& list, Manifest& m) {
    std::map<std::string, const YNode*> seen;
    for (const YNode& item : list.children) {
      if (!item.is_map()) continue;  // the schema says what is wrong
      const YNode* name = item.find("name");
      const YNode* source_node = item.find("source");
      if (!name || !source_node || !name->is_scalar()) continue;
      ManifestForce f;
      f.name = text(name);
      f.contact = text(item.find("contact"));
      if (const YNode* g = item.find("groups"); g && g->is_map()) groups(*g, f);
      f.source = source(*source_node);
      auto [it, added] = seen.emplace(name_key(f.name), name);
      if (!added)
        out_.add(rule("manifest-duplicate"), file_, name->pos.line, name->pos.col,
                 fmt::format("'{}' is listed already, at line {}", f.name, it->second->pos.line),
                 "list each force once");
      m.forces.push_back(std::move(f));
    }
  }

 private:
  std::string file_, folder_;
  Diagnostics& out_;
};

}  // namespace

std::string source_text(const ManifestSource& s) {
  if (s.kind == ManifestSource::Kind::git && !s.ref.empty()) return s.location + " at " + s.ref;
  return s.location;
}

ManifestRead parse_manifest(const std::string& text, const std::string& file,
                            const std::string& folder) {
  ManifestRead r;
  if (!check_raw_bytes(text, file, r.diagnostics)) return r;
  std::optional<YNode> root = parse_yaml(text, file, r.diagnostics);
  if (!root) return r;
  check_schema(*root, SchemaKind::manifest, file, r.diagnostics);
  Manifest m;
  Checker check(file, folder, r.diagnostics);
  if (root->is_map()) {
    m.title = check.text(root->find("title"));
    if (const YNode* report = root->find("report"); report && report->is_scalar())
      m.report = joined(folder, check.text(report));
    if (const YNode* forces = root->find("forces"); forces && forces->is_seq())
      check.forces(*forces, m);
  }
  r.diagnostics.sort();
  if (r.diagnostics.errors() == 0) r.manifest = std::move(m);
  return r;
}

ManifestRead read_manifest(const std::string& path) {
  ReadResult file = read_file(path, limits::max_file_bytes);
  if (!file.ok) {
    ManifestRead r;
    r.diagnostics.add(rule("read-error"), path, 0, 0, file.error);
    return r;
  }
  std::string folder = std::filesystem::path(path).parent_path().string();
  return parse_manifest(file.data, path, folder);
}

}  // namespace plan
