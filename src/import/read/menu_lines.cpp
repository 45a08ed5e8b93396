#include "import/read/menu_lines.h"

#include <algorithm>

#include "import/fields/furniture.h"
#include "import/fields/line_patterns.h"
#include "import/read/table_cells.h"

namespace plan {
namespace {

bool is_menu_item(const Block& b) {
  return furniture_kind(trim_line(b.text)) == "navigation";
}

// A menu item's or crumb's length: a few words, no sentence, no label.
bool short_item(const Block& b) {
  std::string_view t = trim_line(b.text);
  if (t.empty() || t.size() > 40 || b.kind == BlockKind::table_row) return false;
  if (t.find(':') != std::string_view::npos || t.back() == '.' || has_table_separator(t))
    return false;
  int words = 1;
  for (char c : t) words += c == ' ';
  return words <= 5 && classify_line(t).kind == LineKind::paragraph;
}

bool is_sentence(const Block& b) {
  std::string_view t = trim_line(b.text);
  return !t.empty() && (t.back() == '.' || t.size() > 120);
}

bool plan_begins(const Block& b) {
  return b.kind == BlockKind::table_row ||
         classify_line(trim_line(b.text)).kind == LineKind::heading;
}

}  // namespace

std::vector<int> take_out_menu_neighbours(std::vector<Block>& lines) {
  std::vector<size_t> out;  // indexes to take out
  size_t i = 0;
  while (i < lines.size() && !plan_begins(lines[i])) {
    if (!is_menu_item(lines[i])) {
      ++i;
      continue;
    }
    size_t first = i, last = i;  // the run, blank lines inside it allowed
    int items = 0;
    for (size_t k = i; k < lines.size() && !plan_begins(lines[k]); ++k) {
      if (trim_line(lines[k].text).empty()) continue;
      if (!is_menu_item(lines[k])) break;
      last = k;
      ++items;
    }
    if (items >= 2) {
      // One short line before (the site's name), two after (the trail's
      // last crumbs), no further: the page's title may follow.
      size_t before = first;
      while (before > 0 && trim_line(lines[before - 1].text).empty()) --before;
      if (before > 0 && short_item(lines[before - 1]) && (out.empty() || out.back() < before - 1))
        out.push_back(before - 1);
      std::vector<size_t> crumbs;
      size_t after = last + 1;
      while (crumbs.size() < 2) {
        while (after < lines.size() && trim_line(lines[after].text).empty()) ++after;
        if (after >= lines.size() || !short_item(lines[after])) break;
        crumbs.push_back(after++);
      }
      // The page's title comes before its first sentence: a short line
      // right above a sentence is the title, not a crumb.
      while (after < lines.size() && trim_line(lines[after].text).empty()) ++after;
      if (!crumbs.empty() && (after >= lines.size() || is_sentence(lines[after])))
        crumbs.pop_back();
      out.insert(out.end(), crumbs.begin(), crumbs.end());
      last = std::max(last, after - 1);
    }
    i = last + 1;
  }
  std::vector<int> taken;
  std::vector<Block> kept;
  size_t next = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (next < out.size() && out[next] == k) {
      taken.push_back(lines[k].line);
      ++next;
      continue;
    }
    kept.push_back(std::move(lines[k]));
  }
  lines = std::move(kept);
  return taken;
}

}  // namespace plan
