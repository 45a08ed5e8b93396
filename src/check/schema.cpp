#include "check/schema.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <set>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "diag/rule_table.h"
#include "load/scalar.h"
#include "util/suggest.h"

namespace plan {

extern const char* const embedded_plan_schema;
extern const char* const embedded_recommendation_schema;
extern const char* const embedded_report_schema;
extern const char* const embedded_manifest_schema;

namespace {

using nlohmann::json;

struct LoadedSchema {
  std::string text;
  json doc;
  valijson::Schema schema;
};

std::unique_ptr<LoadedSchema> load(const std::string& text) {
  auto s = std::make_unique<LoadedSchema>();
  s->text = text;
  s->doc = json::parse(s->text);
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter adapter(s->doc);
  parser.populateSchema(adapter, s->schema);
  return s;
}

const LoadedSchema& loaded(SchemaKind kind) {
  static const auto plan_schema = load(embedded_plan_schema);
  static const auto rec_schema = load(embedded_recommendation_schema);
  static const auto report_schema = load(embedded_report_schema);
  static const auto manifest_schema = load(embedded_manifest_schema);
  if (kind == SchemaKind::report) return *report_schema;
  if (kind == SchemaKind::manifest) return *manifest_schema;
  return kind == SchemaKind::plan ? *plan_schema : *rec_schema;
}

json plain_to_json(const std::string& s) {
  switch (resolve_plain(s)) {
    case ScalarType::null:
      return nullptr;
    case ScalarType::boolean:
      return s[0] == 't' || s[0] == 'T';
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
    case ScalarType::real:
      return std::strtod(s.c_str(), nullptr);
    case ScalarType::string:
      return s;
  }
  return s;
}

json to_json(const YNode& n) {
  switch (n.kind) {
    case YNode::Kind::null:
      return nullptr;
    case YNode::Kind::scalar:
      return n.quoted ? json(n.value) : plain_to_json(n.value);
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

// Where a failing path of valijson's result leads: the YAML node (for its
// line and column), the JSON value valijson saw and the sub-schema it failed.
struct Located {
  const YNode* node = nullptr;
  const json* value = nullptr;
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

bool has_type(const json& value, const std::string& type) {
  if (type == "string") return value.is_string();
  if (type == "integer") return value.is_number_integer();
  if (type == "number") return value.is_number();
  if (type == "boolean") return value.is_boolean();
  if (type == "array") return value.is_array();
  if (type == "object") return value.is_object();
  if (type == "null") return value.is_null();
  return true;
}

bool type_fails(const json& value, const json& schema) {
  if (!schema.contains("type")) return false;
  const json& t = schema["type"];
  if (t.is_string()) return !has_type(value, t.get<std::string>());
  for (const json& one : t)
    if (one.is_string() && has_type(value, one.get<std::string>())) return false;
  return true;
}

// Of an anyOf, the form meant for a value of this type (a mapping's is the
// object form, a text's the string form), so messages can name that form's
// keys and limits. With no form of its type, the anyOf itself (check_any_of).
const json* branch_for(const json* s, const json& value) {
  if (!s || !s->contains("anyOf")) return s;
  for (const json& form : (*s)["anyOf"])
    if (!type_fails(value, form)) return &form;
  return s;
}

Located locate(const YNode& root, const json& doc, const json& schema_root,
               const std::vector<std::string>& path) {
  Located at{&root, &doc, &schema_root, ""};
  for (size_t i = 1; i < path.size(); ++i) {  // path[0] is "<root>"
    std::string name = step_name(path[i]);
    const YNode* n = at.node;
    const json* v = at.value;
    const json* s = at.schema;
    if (n->is_map() && v->is_object()) {
      n = n->find(name);
      auto it = v->find(name);
      v = it == v->end() ? nullptr : &*it;
      at.key = name;
      if (s && s->contains("properties") && (*s)["properties"].contains(name))
        s = follow_ref(schema_root, &(*s)["properties"][name]);
      else
        s = nullptr;
    } else if (n->is_seq() && v->is_array()) {
      size_t index = std::strtoul(name.c_str(), nullptr, 10);
      n = index < n->children.size() ? &n->children[index] : nullptr;
      v = index < v->size() ? &(*v)[index] : nullptr;
      s = s && s->contains("items") ? follow_ref(schema_root, &(*s)["items"]) : nullptr;
    } else {
      n = nullptr;
    }
    if (!n || !v) return at;
    at.node = n;
    at.value = v;
    at.schema = branch_for(s, *v);
  }
  return at;
}

std::string expected_type(const json* schema) {
  if (!schema || !schema->contains("type") || !(*schema)["type"].is_string())
    return "something else";
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

// One function per keyword the schemas use; each reports what failed at the
// located value, and returns whether it found anything.

bool check_type(const Located& at, const std::string& file, Diagnostics& out) {
  if (!at.schema || !type_fails(*at.value, *at.schema)) return false;
  const YNode& n = *at.node;
  std::string want = expected_type(at.schema);
  std::string msg = fmt::format("'{}' must be {}, but it is {}", at.key, want, describe(n));
  std::string hint;
  bool plain_number = n.is_scalar() && !n.quoted;
  if (want == "text" && plain_number && at.key == "id") {
    msg = fmt::format("evidence id {} is read as a number", n.value);
    hint = fmt::format("quote it so it stays text: id: \"{}\"", n.value);
  } else if (want == "text" && plain_number) {
    hint = fmt::format("put it in quotes if it is meant as text: \"{}\"", n.value);
  } else if (want == "a whole number" && n.is_scalar() && n.value.find('%') != std::string::npos) {
    hint = "write the number without the % sign";
  }
  out.add(rule("type"), file, n.pos.line, n.pos.col, msg, hint);
  return true;
}

// A value that may take one of several forms (a status: a name, or
// {name, means}) and takes none of them. A mapping is located in the object
// form (branch_for), whose own keywords then say what is wrong inside it.
bool check_any_of(const Located& at, const std::string& file, Diagnostics& out) {
  if (!at.schema || !at.schema->contains("anyOf")) return false;
  for (const json& form : (*at.schema)["anyOf"])
    if (!type_fails(*at.value, form)) return false;
  const YNode& n = *at.node;
  if (at.key == "source") {  // a manifest's force: a path, {git: …} or {url: …}
    out.add(rule("type"), file, n.pos.line, n.pos.col,
            fmt::format("'source' must be a path or a mapping, but it is {}", describe(n)),
            "write a folder or file such as ../kent, {git: URL, ref: main} or {url: URL}");
    return true;
  }
  out.add(rule("type"), file, n.pos.line, n.pos.col,
          fmt::format("each of '{}' must be a name or a mapping, but this one is {}", at.key,
                      describe(n)),
          "write a name such as In Progress, or {name: Action complete, means: complete}");
  return true;
}

bool check_enum(const Located& at, const std::string& file, Diagnostics& out) {
  if (!at.schema || !at.schema->contains("enum")) return false;
  std::vector<std::string> allowed;
  for (const json& v : (*at.schema)["enum"]) {
    if (v == *at.value) return false;
    if (v.is_string()) allowed.push_back(v.get<std::string>());
  }
  const YNode& n = *at.node;
  std::string hint = n.is_scalar() ? did_you_mean(n.value, allowed) : std::string();
  out.add(rule("value-unknown"), file, n.pos.line, n.pos.col,
          fmt::format("'{}' must be one of {}, not {}", at.key, quoted_list(allowed, " or "),
                      describe(n)),
          hint.empty() ? std::string() : hint.substr(2));
  return true;
}

bool check_required(const Located& at, const std::string& file, Diagnostics& out) {
  if (!at.schema || !at.schema->contains("required") || !at.value->is_object()) return false;
  bool found = false;
  for (const json& k : (*at.schema)["required"]) {
    std::string key = k.get<std::string>();
    if (at.value->contains(key)) continue;
    std::string what;
    if (at.schema->contains("properties") && (*at.schema)["properties"].contains(key))
      what = (*at.schema)["properties"][key].value("description", "");
    out.add(rule("missing-key"), file, at.node->pos.line, at.node->pos.col,
            fmt::format("missing required key '{}'{}{}", key, what.empty() ? "" : ": ", what));
    found = true;
  }
  return found;
}

bool check_known_keys(const Located& at, const std::string& file, Diagnostics& out) {
  if (!at.schema || at.schema->value("additionalProperties", true) || !at.node->is_map())
    return false;
  std::vector<std::string> keys = allowed_keys(at.schema);
  bool found = false;
  for (size_t i = 0; i < at.node->map_size(); ++i) {
    const YNode& key = at.node->key(i);
    if (std::find(keys.begin(), keys.end(), key.value) != keys.end()) continue;
    found = true;
    if (!key.is_scalar() || key.value.empty()) {  // "? [a, b]", "~:", ": x"
      // Name the keys a reader most likely meant: the required ones first.
      std::vector<std::string> examples;
      if (at.schema->contains("required"))
        for (const auto& k : (*at.schema)["required"])
          if (examples.size() < 3) examples.push_back(k.get<std::string>());
      for (size_t k = 0; examples.size() < 3 && k < keys.size(); ++k)
        if (std::find(examples.begin(), examples.end(), keys[k]) == examples.end())
          examples.push_back(keys[k]);
      out.add(rule("unknown-key"), file, key.pos.line, key.pos.col,
              fmt::format("this key is {}; a key is a plain name, such as {}", describe(key),
                          quoted_list(examples, " or ")));
      continue;
    }
    std::string hint = did_you_mean(key.value, keys);  // "; did you mean 'x'?"
    hint =
        hint.empty() ? "the keys allowed here are " + quoted_list(keys, " and ") : hint.substr(2);
    out.add(rule("unknown-key"), file, key.pos.line, key.pos.col,
            fmt::format("unknown key '{}'", key.value), hint);
  }
  return found;
}

// The rule for a number out of its range: named after the key it is under.
const Rule& range_rule(const std::string& key) {
  if (key == "id") return rule("id-range");
  if (key == "percent") return rule("percent-range");
  return rule("schema");
}

bool check_range(const Located& at, const std::string& file, Diagnostics& out) {
  if (!at.schema || !at.value->is_number()) return false;
  const json& s = *at.schema;
  double v = at.value->get<double>();
  bool low = s.contains("minimum") && v < s["minimum"].get<double>();
  bool high = s.contains("maximum") && v > s["maximum"].get<double>();
  if (!low && !high) return false;
  std::string range =
      s.contains("maximum") && s.contains("minimum")
          ? fmt::format("between {} and {}", s["minimum"].dump(), s["maximum"].dump())
      : low ? fmt::format("{} or more", s["minimum"].dump())
            : fmt::format("{} or less", s["maximum"].dump());
  out.add(range_rule(at.key), file, at.node->pos.line, at.node->pos.col,
          fmt::format("{} must be {}, got {}", at.key, range, at.node->value));
  return true;
}

bool check_min_length(const Located& at, const std::string& file, Diagnostics& out) {
  if (!at.schema || !at.value->is_string() || !at.schema->contains("minLength")) return false;
  if (at.value->get<std::string>().size() >= (*at.schema)["minLength"].get<size_t>()) return false;
  out.add(rule("empty-value"), file, at.node->pos.line, at.node->pos.col,
          fmt::format("'{}' must not be empty", at.key));
  return true;
}

bool check_min_items(const Located& at, const std::string& file, Diagnostics& out) {
  if (!at.schema || !at.value->is_array() || !at.schema->contains("minItems")) return false;
  if (at.value->size() >= (*at.schema)["minItems"].get<size_t>()) return false;
  out.add(rule("empty-list"), file, at.node->pos.line, at.node->pos.col,
          fmt::format("'{}' must list at least one item", at.key));
  return true;
}

bool check_unique_items(const Located& at, const std::string& file, Diagnostics& out) {
  if (!at.schema || !at.value->is_array() || !at.schema->value("uniqueItems", false)) return false;
  std::set<json> seen;
  const json* repeated = nullptr;
  for (const json& item : *at.value)
    if (!seen.insert(item).second && !repeated) repeated = &item;
  if (!repeated) return false;
  // Name the value (a status, say) when it is short text, so it can be found.
  std::string which = repeated->is_string() && repeated->get<std::string>().size() <= 60
                          ? "'" + repeated->get<std::string>() + "' more than once"
                          : "the same value more than once";
  out.add(rule("duplicate-item"), file, at.node->pos.line, at.node->pos.col,
          fmt::format("'{}' lists {}", at.key, which), "each must be different, so remove one");
  return true;
}

// Says what failed at one path of valijson's result. The keyword is found by
// testing the value against each keyword of its sub-schema, not from
// valijson's English. A path that fails only because something inside it
// does (valijson reports those too) has a deeper path in the result: skipped.
void explain_failure(const std::vector<std::string>& path, const std::string& description,
                     bool has_deeper_failure, const YNode& root, const json& doc,
                     const json& schema, const std::string& file, Diagnostics& out) {
  Located at = locate(root, doc, schema, path);
  if (at.node->alias) return;  // reported as an alias already
  bool found = check_type(at, file, out);
  found = check_any_of(at, file, out) || found;
  found = check_enum(at, file, out) || found;
  found = check_required(at, file, out) || found;
  found = check_known_keys(at, file, out) || found;
  found = check_range(at, file, out) || found;
  found = check_min_length(at, file, out) || found;
  found = check_min_items(at, file, out) || found;
  found = check_unique_items(at, file, out) || found;
  if (!found && !has_deeper_failure)
    out.add(rule("schema"), file, at.node->pos.line, at.node->pos.col,
            fmt::format("'{}': {}", at.key, description));
}

bool starts_with(const std::vector<std::string>& path, const std::vector<std::string>& prefix) {
  return path.size() > prefix.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

}  // namespace

const std::string& schema_text(SchemaKind kind) {
  return loaded(kind).text;
}

namespace {

void validate(const YNode& root, const LoadedSchema& s, const std::string& file, Diagnostics& out) {
  json doc = to_json(root);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(doc);
  if (validator.validate(s.schema, target, &results)) return;
  // The failing paths, each once, in valijson's order, with its first description.
  std::vector<std::pair<std::vector<std::string>, std::string>> failures;
  std::set<std::vector<std::string>> seen;
  valijson::ValidationResults::Error e;
  while (results.popError(e))
    if (seen.insert(e.context).second) failures.emplace_back(e.context, e.description);
  for (const auto& [path, description] : failures) {
    auto next = seen.upper_bound(path);  // paths under this one sort right after it
    bool deeper = next != seen.end() && starts_with(*next, path);
    explain_failure(path, description, deeper, root, doc, s.doc, file, out);
  }
}

}  // namespace

void check_schema(const YNode& root, SchemaKind kind, const std::string& file, Diagnostics& out) {
  validate(root, loaded(kind), file, out);
}

void check_against_schema(const YNode& root, const std::string& schema_json,
                          const std::string& file, Diagnostics& out) {
  validate(root, *load(schema_json), file, out);
}

}  // namespace plan
