// The data a page template is filled from: texts, flags, lists and named
// fields, as mustache sees them. The stages build it without the template
// engine (only template/fill.cpp includes it, as it is heavy).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace plan {

struct TemplateValue {
  enum class Kind { fields, list, text, flag };

  Kind kind = Kind::fields;
  std::string text;
  bool flag = false;
  std::vector<TemplateValue> items;                           // a list's
  std::vector<std::pair<std::string, TemplateValue>> fields;  // in the order set

  TemplateValue() = default;  // no fields yet
  TemplateValue(std::string s) : kind(Kind::text), text(std::move(s)) {}
  TemplateValue(const char* s) : kind(Kind::text), text(s) {}
  TemplateValue(bool b) : kind(Kind::flag), flag(b) {}
  static TemplateValue list() {
    TemplateValue v;
    v.kind = Kind::list;
    return v;
  }

  /// Sets a field, replacing one of the same name.
  void set(const std::string& name, TemplateValue value) {
    for (auto& [n, v] : fields)
      if (n == name) {
        v = std::move(value);
        return;
      }
    fields.emplace_back(name, std::move(value));
  }
  void push_back(TemplateValue value) { items.push_back(std::move(value)); }
};

/// Sets name and has_name, so a template can test for an empty value and a
/// missing value never falls through to an outer one of the same name.
inline void set_text(TemplateValue& d, const std::string& name, const std::string& value) {
  d.set(name, value);
  d.set("has_" + name, !value.empty());
}

}  // namespace plan
