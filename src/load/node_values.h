// Reading typed values out of a parsed YAML mapping: text, whole numbers and
// dates, each only when the value has that type (the schema check reports
// the rest), with the position of the value where a rule needs it.
#pragma once

#include <optional>
#include <string>

#include "load/yaml_tree.h"
#include "model/plan.h"

namespace plan {

/// A scalar that is text (quoted, or plain text by the YAML 1.2 core schema).
bool is_text(const YNode* n);

/// The text under key, or "" when missing or not text; pos gets its position.
std::string text_of(const YNode& map, const char* key, Pos* pos = nullptr);

/// A plain whole number, or nullopt.
std::optional<int> int_of(const YNode* n);

/// The date under key as written, with its value when it is a real YYYY-MM-DD date.
DateField date_of(const YNode& map, const char* key);

/// Calls f on every mapping item of the list under key.
template <class F>
void each_map_item(const YNode& map, const char* key, F f) {
  const YNode* list = map.find(key);
  if (!list || !list->is_seq()) return;
  for (const YNode& item : list->children)
    if (item.is_map()) f(item);
}

/// The text items of the list under key (empty ones left out).
std::vector<std::string> text_list_of(const YNode& map, const char* key);

}  // namespace plan
