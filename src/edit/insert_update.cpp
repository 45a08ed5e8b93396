#include "edit/insert_update.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "load/limits.h"
#include "load/yaml_tree.h"
#include "text/text_lines.h"
#include "text/yaml_write.h"

namespace plan {
namespace {

// How the file indents its block lists: the dash relative to the key that
// holds the list, and an item's keys relative to the dash.
struct ListStyle {
  int offset = 2;      // "evidence:\n  - id:" is 2
  int key_offset = 2;  // "- id:" is 2
};

struct Source {
  const std::string& text;
  std::vector<TextLine> lines;
  char at(const Pos& p) const {
    size_t i = offset_of(lines, p.line, p.col);
    return i < text.size() ? text[i] : '\0';
  }
  bool blank(int line) const { return line_indent(text, lines[size_t(line - 1)]) < 0; }
  int count() const { return int(lines.size()); }
};

bool is_block_list(const Source& src, const YNode& n) {
  return n.is_seq() && src.at(n.pos) == '-';
}

// The first block list in the file whose items are mappings, in document order.
std::optional<ListStyle> find_style(const Source& src, const YNode& map) {
  for (size_t i = 0; i < map.map_size(); ++i) {
    const YNode& value = map.val(i);
    if (!value.is_seq()) continue;
    if (is_block_list(src, value) && !value.children.empty() && value.children[0].is_map()) {
      ListStyle s{value.pos.col - map.key(i).pos.col, value.children[0].pos.col - value.pos.col};
      if (s.offset >= 0 && s.key_offset >= 2) return s;
    }
    for (const YNode& item : value.children)
      if (item.is_map())
        if (auto s = find_style(src, item)) return s;
  }
  return std::nullopt;
}

// Where a block ends: lines after `start` belong to it while they are indented
// more than stop_indent. Blank lines, and comments at stop_indent or less,
// belong to nothing; `last` is the last line that does belong, `stop` the
// first line that ends the block (count() + 1 at the end of the file).
struct Extent {
  int last = 0;
  int stop = 0;
};

Extent block_extent(const Source& src, int start, int stop_indent) {
  Extent e{start, src.count() + 1};
  for (int i = start + 1; i <= src.count(); ++i) {
    const TextLine& l = src.lines[size_t(i - 1)];
    int indent = line_indent(src.text, l);
    if (indent < 0) continue;
    if (indent <= stop_indent) {
      if (is_comment_line(src.text, l)) continue;
      e.stop = i;
      break;
    }
    e.last = i;
  }
  return e;
}

// One way of making the edit: replace text[begin, end) with insert.
struct Splice {
  size_t begin = 0;
  size_t end = 0;
  std::string insert;
  int first_line = 0;  // the entry's first line in the new text
};

// Inserts block (lines ending "\n") as whole lines before line `before`
// (1-based; count() + 1 for the end of the file), in the file's line endings.
// entry_skip: lines of block before the entry itself (an "updates:" line).
Splice insert_lines(const Source& src, int before, const std::string& block, int entry_skip) {
  Splice s;
  if (before <= src.count()) {
    const TextLine& prev = src.lines[size_t(std::max(before - 2, 0))];
    std::string eol = before > 1 ? line_ending(src.text, prev) : first_line_ending(src.text);
    s.begin = s.end = src.lines[size_t(before - 1)].begin;
    s.insert = with_line_endings(block, eol.empty() ? "\n" : eol);
    s.first_line = before + entry_skip;
    return s;
  }
  const TextLine& last = src.lines.back();
  std::string eol = line_ending(src.text, last);
  s.begin = s.end = src.text.size();
  if (eol.empty()) {  // the last line has no ending: keep it that way
    eol = first_line_ending(src.text);
    std::string body = with_line_endings(block.substr(0, block.size() - 1), eol);
    s.insert = eol + body;
  } else {
    s.insert = with_line_endings(block, eol);
  }
  s.first_line = src.count() + 1 + entry_skip;
  return s;
}

// The item of the list under key whose id is id.
template <class Node>
Node* find_item(Node& parent, const char* key, const std::string& id) {
  auto* list = parent.find(key);
  if (!list || !list->is_seq()) return nullptr;
  for (size_t i = 0; i < list->children.size(); ++i) {
    auto& item = const_cast<Node&>(list->children[i]);
    if (!item.is_map()) continue;
    const YNode* found = item.find("id");
    if (found && found->is_scalar() && found->value == id) return &item;
  }
  return nullptr;
}

// The mapping the entry goes into: the recommendation, an evidence item, or an action of either.
template <class Node>
Node* find_target(Node& root, const EntryPlace& place) {
  Node* base = place.evidence_id.empty() ? &root : find_item(root, "evidence", place.evidence_id);
  if (!base || place.action_id.empty()) return base;
  return find_item(*base, "actions", place.action_id);
}

bool same_tree(const YNode& a, const YNode& b) {
  if (a.kind != b.kind || a.value != b.value || a.children.size() != b.children.size())
    return false;
  if (a.is_scalar() && a.quoted != b.quoted) return false;
  for (size_t i = 0; i < a.children.size(); ++i)
    if (!same_tree(a.children[i], b.children[i])) return false;
  return true;
}

// The tree the new text must read as: the old one with u appended.
std::optional<YNode> expected_tree(const YNode& old_root, const EntryPlace& place,
                                   const EntryLines& lines) {
  Diagnostics ignored;
  const char* key_name = place.list_key.c_str();
  auto entry_doc = parse_yaml(place.list_key + ":\n" + lines(2, 4), "entry", ignored);
  if (!entry_doc || !entry_doc->find(key_name) || !entry_doc->find(key_name)->is_seq())
    return std::nullopt;
  YNode entry = entry_doc->find(key_name)->children.at(0);
  YNode root = old_root;
  YNode* target = find_target(root, place);
  if (!target) return std::nullopt;
  for (size_t i = 0; i < target->map_size(); ++i) {
    if (target->key(i).value != place.list_key) continue;
    target->children[2 * i + 1].children.push_back(std::move(entry));
    return root;
  }
  YNode key;
  key.kind = YNode::Kind::scalar;
  key.value = place.list_key;
  YNode list;
  list.kind = YNode::Kind::sequence;
  list.children.push_back(std::move(entry));
  target->children.push_back(std::move(key));
  target->children.push_back(std::move(list));
  return root;
}

bool reads_as(const std::string& text, const YNode& expected) {
  Diagnostics ds;
  auto root = parse_yaml(text, "edited", ds);
  return root && ds.errors() == 0 && same_tree(*root, expected);
}

UpdateEdit failure(std::string message, int line = 0) {
  UpdateEdit e;
  e.error = std::move(message);
  e.error_line = line;
  return e;
}

std::string apply(const std::string& text, const Splice& s) {
  return text.substr(0, s.begin) + s.insert + text.substr(s.end);
}

int count_lines(const std::string& s) {
  return int(std::count(s.begin(), s.end(), '\n'));
}

// `updates: []` becomes `updates:` with the entry on the lines below it.
std::optional<Splice> replace_empty_flow_list(const Source& src, const YNode& list,
                                              const std::string& entry) {
  size_t open = offset_of(src.lines, list.pos.line, list.pos.col);
  size_t close = src.text.find_first_not_of(' ', open + 1);
  if (close == std::string::npos || src.text[close] != ']') return std::nullopt;
  const TextLine& line = src.lines[size_t(list.pos.line - 1)];
  size_t cut = open;
  while (cut > line.begin && src.text[cut - 1] == ' ') --cut;
  std::string eol = line_ending(src.text, line);
  bool unended = eol.empty();
  if (unended) eol = first_line_ending(src.text);
  Splice s;
  s.begin = cut;
  s.end = line.next;
  std::string body = with_line_endings(entry, eol);
  if (unended) body.resize(body.size() - eol.size());
  s.insert = src.text.substr(close + 1, line.end - close - 1) + eol + body;
  s.first_line = list.pos.line + 1;
  return s;
}

}  // namespace

UpdateEdit insert_update(const std::string& text, const std::string& evidence_id, const Update& u) {
  return insert_entry(text, EntryPlace{evidence_id, "", "updates"},
                      [&u](int dash, int keys) { return yaml_update_entry(u, dash, keys); });
}

UpdateEdit insert_entry(const std::string& text, const EntryPlace& place, const EntryLines& lines) {
  Diagnostics ds;
  std::optional<YNode> root = parse_yaml(text, "input", ds);
  if (!root || ds.errors() > 0)
    return failure("the file cannot be read as YAML; run 'plan validate' to see why");
  Source src{text, index_lines(text)};
  const YNode* target = find_target(*root, place);
  const std::string& key_name = place.list_key;
  std::string what = !place.action_id.empty()     ? "action " + place.action_id
                     : !place.evidence_id.empty() ? "evidence requirement " + place.evidence_id
                                                  : "the recommendation";
  if (!target)
    return failure(!place.action_id.empty()
                       ? "there is no action " + place.action_id + " in this file"
                       : "there is no evidence requirement " + place.evidence_id + " in this file");
  if (src.at(target->pos) == '{')
    return failure(what + " is written in braces { … }; write its keys one per line and run again",
                   target->pos.line);
  ListStyle style = find_style(src, *root).value_or(ListStyle{});

  std::vector<Splice> tries;
  const YNode* key = target->find_key(key_name.c_str());
  const YNode* list = target->find(key_name.c_str());
  // One more entry would put the file over the loader's limit, which every
  // command would then refuse: say so, with the number.
  if (list && list->is_seq() && list->children.size() >= limits::max_list_items)
    return failure(fmt::format("the {} of {} already hold {} entries, the most one list in "
                               "a plan file may hold (the limit); move the older ones to an "
                               "archive file outside the plan, then run again",
                               key_name, what, limits::max_list_items),
                   key ? key->pos.line : list->pos.line);
  if (key && list && is_block_list(src, *list) && !list->children.empty()) {
    int dash = list->pos.col - 1;
    const YNode& first = list->children.front();
    int keys = first.is_map() && first.pos.col - list->pos.col >= 2 ? first.pos.col - 1
                                                                    : dash + style.key_offset;
    std::string entry = lines(dash, keys);
    Extent e = block_extent(src, list->children.back().pos.line, dash);
    tries.push_back(insert_lines(src, e.last + 1, entry, 0));
    int after_blanks = e.last + 1;
    while (after_blanks < e.stop && src.blank(after_blanks)) ++after_blanks;
    if (after_blanks != e.last + 1) tries.push_back(insert_lines(src, after_blanks, entry, 0));
  } else if (key && list && list->is_seq() && list->children.empty() && src.at(list->pos) == '[') {
    int dash = key->pos.col - 1 + style.offset;
    auto s = replace_empty_flow_list(src, *list, lines(dash, dash + style.key_offset));
    if (!s)
      return failure(fmt::format("'{}' is an empty list written over several lines; write it as "
                                 "'{}: []' on one line and run again",
                                 key_name, key_name),
                     list->pos.line);
    tries.push_back(*s);
  } else if (key) {
    std::string shown = list && list->is_seq() ? "a list in brackets [ … ]" : describe(*list);
    return failure(fmt::format("'{}' of {} is {}; plan adds to a list written one "
                               "'- …' entry per line, so write it that way and run again",
                               key_name, what, shown),
                   key->pos.line);
  } else {
    const YNode& last_key = target->key(target->map_size() - 1);
    const YNode& last_value = target->val(target->map_size() - 1);
    int key_col = target->key(0).pos.col - 1;
    int start = last_key.pos.line;
    if (is_block_list(src, last_value) && !last_value.children.empty())
      start = std::max(start, last_value.children.back().pos.line);
    Extent e = block_extent(src, start, key_col);
    int dash = key_col + style.offset;
    std::string block =
        std::string(size_t(key_col), ' ') + key_name + ":\n" + lines(dash, dash + style.key_offset);
    tries.push_back(insert_lines(src, e.last + 1, block, 1));
    int after_blanks = e.last + 1;
    while (after_blanks < e.stop && src.blank(after_blanks)) ++after_blanks;
    if (after_blanks != e.last + 1) tries.push_back(insert_lines(src, after_blanks, block, 1));
  }

  std::optional<YNode> expected = expected_tree(*root, place, lines);
  if (!expected) return failure("the entry cannot be written as YAML");
  for (const Splice& s : tries) {
    std::string edited = apply(text, s);
    if (!reads_as(edited, *expected)) continue;
    UpdateEdit ok;
    ok.ok = true;
    ok.text = std::move(edited);
    ok.first_line = s.first_line;
    ok.last_line = s.first_line + count_lines(lines(0, 2)) - 1;
    return ok;
  }
  int near = tries.empty() ? 0 : tries.front().first_line;
  // The new text may be over one of the loader's limits (a file of many
  // long updates passes 100000 values before 10000 items): name it.
  if (!tries.empty()) {
    Diagnostics over;
    const Splice& first = tries.front();
    parse_yaml(apply(text, first), "input", over);
    for (const Diagnostic& d : over.items())
      if (d.rule.rfind("too-many-", 0) == 0 || d.rule == "too-deep")
        return failure("with this entry the file would be over a limit: " + full_message(d), near);
  }
  return failure(
      "plan cannot add the entry here without changing how the rest of the "
      "file reads; add it by hand (see README), or report this file to whoever "
      "maintains plan",
      near);
}

}  // namespace plan
