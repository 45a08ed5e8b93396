// Typed values out of a YAML mapping; see node_values.h.
#include "load/node_values.h"

#include <charconv>

#include "load/scalar.h"

namespace plan {

bool is_text(const YNode* n) {
  return n && n->is_scalar() && (n->quoted || resolve_plain(n->value) == ScalarType::string);
}

std::string text_of(const YNode& map, const char* key, Pos* pos) {
  const YNode* n = map.find(key);
  if (n && pos) *pos = n->pos;
  return is_text(n) ? n->value : std::string();
}

std::optional<int> int_of(const YNode* n) {
  if (!n || !n->is_scalar() || n->quoted) return std::nullopt;
  int v = 0;
  auto [p, ec] = std::from_chars(n->value.data(), n->value.data() + n->value.size(), v);
  if (ec != std::errc() || p != n->value.data() + n->value.size()) return std::nullopt;
  return v;
}

DateField date_of(const YNode& map, const char* key) {
  DateField d;
  const YNode* n = map.find(key);
  if (!n) return d;
  d.pos = n->pos;
  if (n->is_scalar()) d.text = n->value;
  auto parsed = parse_iso_date(d.text);
  if (parsed && parsed->ok()) d.value = parsed;
  return d;
}

std::vector<std::string> text_list_of(const YNode& map, const char* key) {
  std::vector<std::string> out;
  const YNode* list = map.find(key);
  if (!list || !list->is_seq()) return out;
  for (const YNode& item : list->children)
    if (is_text(&item) && !item.value.empty()) out.push_back(item.value);
  return out;
}

}  // namespace plan
