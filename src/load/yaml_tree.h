// A YAML document as a small tree that remembers where each value was and
// whether a scalar was quoted. Built from yaml-cpp's event API so that
// anchors, aliases, duplicate keys and deep nesting are caught while parsing,
// before anything walks the tree.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/plan.h"

namespace plan {

struct YNode {
  enum class Kind { null, scalar, sequence, map };
  Kind kind = Kind::null;
  bool quoted = false;  // quoted or block scalar: always a string
  bool alias =
      false;          // an alias (or a number that cannot be read), already reported and left empty
  std::string value;  // scalar text
  Pos pos;
  // Sequence: the items. Map: keys and values alternate (key, value, key, value …).
  std::vector<YNode> children;

  bool is_map() const { return kind == Kind::map; }
  bool is_seq() const { return kind == Kind::sequence; }
  bool is_scalar() const { return kind == Kind::scalar; }
  size_t map_size() const { return children.size() / 2; }
  const YNode& key(size_t i) const { return children[2 * i]; }
  const YNode& val(size_t i) const { return children[2 * i + 1]; }
  /// The value under key, or nullptr.
  const YNode* find(const std::string& key) const;
  /// The key node for key, or nullptr.
  const YNode* find_key(const std::string& key) const;
};

/// Parses text. On a problem that makes the document unusable, appends errors
/// and returns nullopt; duplicate keys, anchors and aliases are reported and
/// parsing goes on (an alias becomes null, so nothing is expanded). A file over
/// a limit of src/load/limits.h is refused as soon as the limit is passed; the
/// reason is then the last diagnostic appended.
std::optional<YNode> parse_yaml(const std::string& text, const std::string& file, Diagnostics& out);

/// How a value reads to people in a message: "the number 4.1", "a list", …
std::string describe(const YNode& n);

}  // namespace plan
