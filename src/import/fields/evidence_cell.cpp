#include "import/fields/evidence_cell.h"

#include <cctype>

#include "import/fields/line_patterns.h"

namespace plan {
namespace {

std::vector<std::string_view> paragraphs_of(std::string_view cell) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t end = cell.find("\n\n", start);
    std::string_view p =
        trim_line(cell.substr(start, end == std::string_view::npos ? end : end - start));
    if (!p.empty()) out.push_back(p);
    if (end == std::string_view::npos) return out;
    start = end + 2;
  }
}

// "- item", "* item", "• item", "– item": the bullet taken off; true if there was one.
bool take_bullet(std::string_view& p) {
  for (std::string_view b : {"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 ", "\xC2\xB7 "}) {
    if (p.substr(0, b.size()) == b) {
      p = trim_line(p.substr(b.size()));
      return true;
    }
  }
  return false;
}

// An evidence id of recommendation `number` starting a sentence at i
// ("… produced. 11.2 Regular …"), or 0 when none does.
bool id_starts_at(std::string_view p, size_t i, int number) {
  if (i == 0 || p[i - 1] != ' ' || !std::isdigit(static_cast<unsigned char>(p[i]))) return false;
  size_t before = p.find_last_not_of(' ', i - 1);
  if (before == std::string_view::npos ||
      std::string_view(".;:").find(p[before]) == std::string_view::npos)
    return false;
  LineShape shape = classify_line(p.substr(i));
  return shape.kind == LineKind::evidence && shape.number == number;
}

// One paragraph that starts with an id, cut where the next id of the same recommendation starts.
std::vector<std::string_view> split_at_ids(std::string_view p, int number) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 1; i < p.size(); ++i) {
    if (!id_starts_at(p, i, number)) continue;
    out.push_back(trim_line(p.substr(start, i - start)));
    start = i;
  }
  out.push_back(trim_line(p.substr(start)));
  return out;
}

void add_text(CellEvidence& item, std::string_view text) {
  if (!item.text.empty()) item.text += "\n\n";
  item.text += text;
}

}  // namespace

std::vector<CellEvidence> split_evidence_cell(std::string_view cell) {
  std::vector<CellEvidence> items;
  bool listed = true;  // every paragraph so far a bullet or an id: the cell is a list of them
  for (std::string_view p : paragraphs_of(cell)) {
    bool bullet = take_bullet(p);
    LineShape shape = classify_line(p);
    if (shape.kind != LineKind::evidence) {
      // In a list, a bullet is an item of its own; anything else continues the item above
      // (a bullet under a plain paragraph is that requirement's own list).
      listed = listed && bullet;
      if (listed || items.empty()) items.emplace_back();
      add_text(items.back(),
               (bullet && !listed) ? std::string("- ") + std::string(p) : std::string(p));
      continue;
    }
    for (std::string_view piece : split_at_ids(p, shape.number)) {
      LineShape part = classify_line(piece);
      CellEvidence item;
      item.id = part.evidence_id;
      item.number = part.number;
      item.text = std::string(part.text);
      items.push_back(std::move(item));
    }
  }
  if (items.empty()) items.emplace_back();
  return items;
}

}  // namespace plan
