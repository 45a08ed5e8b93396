#include "check/schema.h"

#include <fmt/format.h>

#include <charconv>
#include <nlohmann/json.hpp>
#include <set>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "load/scalar.h"
#include "util/suggest.h"

namespace plan {

extern const char* const embedded_plan_schema;
extern const char* const embedded_recommendation_schema;
extern const char* const embedded_report_schema;

namespace {

using nlohmann::json;

struct LoadedSchema {
  std::string text;
  json doc;
  valijson::Schema schema;
};

const LoadedSchema& loaded(SchemaKind kind) {
  auto load = [](const char* text) {
    auto s = std::make_unique<LoadedSchema>();
    s->text = text;
    s->doc = json::parse(s->text);
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter adapter(s->doc);
    parser.populateSchema(adapter, s->schema);
    return s;
  };
  static const auto plan_schema = load(embedded_plan_schema);
  static const auto rec_schema = load(embedded_recommendation_schema);
  static const auto report_schema = load(embedded_report_schema);
  if (kind == SchemaKind::report) return *report_schema;
  return kind == SchemaKind::plan ? *plan_schema : *rec_schema;
}

json plain_to_json(const std::string& s) {
  switch (resolve_plain(s)) {
    case ScalarType::null: return nullptr;
    case ScalarType::boolean: return s[0] == 't' || s[0] == 'T';
    case ScalarType::integer: {
      int base = 10;
      size_t from = 0;
      if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o')) {
        base = s[1] == 'x' ? 16 : 8;
        from = 2;
      }
      if (s[0] == '+') from = 1;
      long long v = 0;
      auto [p, ec] = std::from_chars(s.data() + from, s.data() + s.size(), v, base);
      if (ec == std::errc() && p == s.data() + s.size()) return v;
      return std::strtod(s.c_str(), nullptr);  // too large for 64 bits: still a number
    }
    case ScalarType::real: return std::strtod(s.c_str(), nullptr);
    case ScalarType::string: return s;
  }
  return s;
}

json to_json(const YNode& n) {
  switch (n.kind) {
    case YNode::Kind::null: return nullptr;
    case YNode::Kind::scalar: return n.quoted ? json(n.value) : plain_to_json(n.value);
    case YNode::Kind::sequence: {
      json a = json::array();
      for (const YNode& c : n.children) a.push_back(to_json(c));
      return a;
    }
    case YNode::Kind::map: {
      json o = json::object();
      for (size_t i = 0; i < n.map_size(); ++i)
        if (!o.contains(n.key(i).value)) o[n.key(i).value] = to_json(n.val(i));
      return o;
    }
  }
  return nullptr;
}

// A step of valijson's context path: "[evidence]" or "[1]".
std::string step_name(const std::string& step) {
  if (step.size() >= 2 && step.front() == '[' && step.back() == ']')
    return step.substr(1, step.size() - 2);
  return step;
}

struct Located {
  const YNode* node = nullptr;
  const json* schema = nullptr;
  std::string key;  // the last map key on the path, for messages
};

const json* follow_ref(const json& root, const json* s) {
  for (int guard = 0; s && s->contains("$ref") && guard < 8; ++guard) {
    std::string ref = (*s)["$ref"].get<std::string>();
    if (ref.rfind("#/definitions/", 0) != 0) return s;
    const json& defs = root["definitions"];
    auto it = defs.find(ref.substr(14));
    s = it == defs.end() ? nullptr : &*it;
  }
  return s;
}

// Of an anyOf, the branch meant for a node of this kind (a mapping's is the
// object branch), so messages can name that branch's keys and values.
const json* branch_for(const json* s, const YNode& n) {
  if (!s || !s->contains("anyOf") || !n.is_map()) return s;
  for (const json& b : (*s)["anyOf"])
    if (b.value("type", "") == "object") return &b;
  return s;
}

Located locate(const YNode& root, const json& schema_root, const std::vector<std::string>& path) {
  Located at{&root, &schema_root, ""};
  for (size_t i = 1; i < path.size(); ++i) {  // path[0] is "<root>"
    std::string name = step_name(path[i]);
    const YNode* n = at.node;
    const json* s = at.schema;
    if (n->is_map()) {
      n = n->find(name);
      at.key = name;
      if (s && s->contains("properties") && (*s)["properties"].contains(name))
        s = follow_ref(schema_root, &(*s)["properties"][name]);
      else
        s = nullptr;
    } else if (n->is_seq()) {
      size_t index = std::strtoul(name.c_str(), nullptr, 10);
      n = index < n->children.size() ? &n->children[index] : nullptr;
      s = s && s->contains("items") ? follow_ref(schema_root, &(*s)["items"]) : nullptr;
    } else {
      n = nullptr;
    }
    if (!n) break;
    at.node = n;
    at.schema = branch_for(s, *n);
  }
  return at;
}

std::string expected_type(const json* schema) {
  if (!schema || !schema->contains("type")) return "something else";
  std::string t = (*schema)["type"].get<std::string>();
  if (t == "string") return "text";
  if (t == "integer") return "a whole number";
  if (t == "number") return "a number";
  if (t == "boolean") return "true or false";
  if (t == "array") return "a list";
  if (t == "object") return "a mapping of keys and values";
  return t;
}

std::vector<std::string> allowed_keys(const json* schema) {
  std::vector<std::string> keys;
  if (schema && schema->contains("properties"))
    for (auto& [k, v] : (*schema)["properties"].items()) keys.push_back(k);
  return keys;
}

void report_unknown_keys(const Located& at, const std::string& file, Diagnostics& out) {
  std::vector<std::string> keys = allowed_keys(at.schema);
  for (size_t i = 0; i < at.node->map_size(); ++i) {
    const YNode& key = at.node->key(i);
    if (std::find(keys.begin(), keys.end(), key.value) != keys.end()) continue;
    if (!key.is_scalar() || key.value.empty()) {  // "? [a, b]", "~:", ": x"
      out.error("unknown-key", file, key.pos.line, key.pos.col,
                fmt::format("a key must be a name such as '{}', but this one is {}",
                            keys.empty() ? "title" : keys.front(), describe(key)));
      continue;
    }
    std::string hint = did_you_mean(key.value, keys);
    if (hint.empty()) hint = "; the keys allowed here are " + quoted_list(keys, " and ");
    out.error("unknown-key", file, key.pos.line, key.pos.col,
              fmt::format("unknown key '{}'{}", key.value, hint));
  }
}

void report_type(const Located& at, const std::string& file, Diagnostics& out) {
  const YNode& n = *at.node;
  if (at.schema && at.schema->contains("anyOf")) {
    // A status is a name or {name, means}: a mapping's own errors say more.
    if (n.is_map()) return;
    out.error("type", file, n.pos.line, n.pos.col,
              fmt::format("each of '{}' must be a name or a mapping such as {{name: Action "
                          "complete, means: complete}}, but this one is {}",
                          at.key, describe(n)));
    return;
  }
  std::string want = expected_type(at.schema);
  if (n.is_map() && want == "a mapping of keys and values") return;  // another anyOf branch's
  std::string msg = fmt::format("'{}' must be {}, but it is {}", at.key, want, describe(n));
  bool plain_number = n.is_scalar() && !n.quoted;
  if (want == "text" && plain_number && at.key == "id")
    msg = fmt::format("evidence id {} is read as a number; quote it so it stays text: id: \"{}\"",
                      n.value, n.value);
  else if (want == "text" && plain_number)
    msg += fmt::format("; put it in quotes if it is meant as text: \"{}\"", n.value);
  else if (want == "a whole number" && n.is_scalar() && n.value.find('%') != std::string::npos)
    msg += "; write the number without the % sign";
  out.error("type", file, n.pos.line, n.pos.col, msg);
}

void report(const valijson::ValidationResults::Error& e, const YNode& root, const json& schema,
            const std::string& file, Diagnostics& out) {
  const std::string& d = e.description;
  if (d.rfind("Failed to validate", 0) == 0) return;  // a parent of a more precise error
  Located at = locate(root, schema, e.context);
  const YNode& n = *at.node;
  if (n.alias) return;  // reported as an alias already
  if (d.rfind("Object contains a property", 0) == 0) return report_unknown_keys(at, file, out);
  if (d.rfind("Value type not permitted", 0) == 0) return report_type(at, file, out);
  if (d.rfind("Missing required property '", 0) == 0) {
    std::string key = d.substr(27, d.size() - 29);
    std::string what;
    if (at.schema && at.schema->contains("properties") && (*at.schema)["properties"].contains(key))
      what = (*at.schema)["properties"][key].value("description", "");
    out.error("missing-key", file, n.pos.line, n.pos.col,
              fmt::format("missing required key '{}'{}{}", key, what.empty() ? "" : ": ", what));
    return;
  }
  if (d.rfind("Expected number", 0) == 0 && at.schema) {
    std::string range;
    if (at.schema->contains("maximum"))
      range = fmt::format("between {} and {}", (*at.schema)["minimum"].dump(),
                          (*at.schema)["maximum"].dump());
    else
      range = fmt::format("{} or more", (*at.schema)["minimum"].dump());
    out.error(at.key + "-range", file, n.pos.line, n.pos.col,
              fmt::format("{} must be {}, got {}", at.key, range, n.value));
    return;
  }
  if (d.rfind("String should be no fewer", 0) == 0) {
    out.error("empty-value", file, n.pos.line, n.pos.col,
              fmt::format("'{}' must not be empty", at.key));
    return;
  }
  if (d.rfind("Failed to match against any enum", 0) == 0 && at.schema &&
      at.schema->contains("enum")) {
    std::vector<std::string> allowed;
    for (const json& v : (*at.schema)["enum"])
      if (v.is_string()) allowed.push_back(v.get<std::string>());
    std::string hint = n.is_scalar() ? did_you_mean(n.value, allowed) : std::string();
    out.error("schema", file, n.pos.line, n.pos.col,
              fmt::format("'{}' must be one of {}, not {}{}", at.key, quoted_list(allowed, " or "),
                          describe(n), hint));
    return;
  }
  if (d.find("unique") != std::string::npos) {
    out.error("duplicate-item", file, n.pos.line, n.pos.col,
              fmt::format("'{}' lists the same value more than once; each must be different",
                          at.key));
    return;
  }
  if (d.rfind("Array should contain no fewer", 0) == 0) {
    out.error("empty-list", file, n.pos.line, n.pos.col,
              fmt::format("'{}' must list at least one item", at.key));
    return;
  }
  out.error("schema", file, n.pos.line, n.pos.col, fmt::format("'{}': {}", at.key, d));
}

}  // namespace

const std::string& schema_text(SchemaKind kind) { return loaded(kind).text; }

void check_schema(const YNode& root, SchemaKind kind, const std::string& file, Diagnostics& out) {
  const LoadedSchema& s = loaded(kind);
  json doc = to_json(root);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(doc);
  if (validator.validate(s.schema, target, &results)) return;
  valijson::ValidationResults::Error e;
  std::set<std::pair<std::vector<std::string>, std::string>> seen;
  while (results.popError(e)) {
    if (!seen.insert({e.context, e.description}).second) continue;
    report(e, root, s.doc, file, out);
  }
}

}  // namespace plan
