#include "merge/update_lists.h"

#include "load/yaml_tree.h"
#include "text/text_lines.h"

namespace plan {
namespace {

struct Reader {
  const std::string& text;
  std::vector<TextLine> lines;
  int count() const { return int(lines.size()); }
  int indent(int line) const { return line_indent(text, lines[size_t(line - 1)]); }
};

// The item runs from its dash's line while later lines are blank or indented
// past the dash.
int last_line_of_item(const Reader& r, int first, int dash_col) {
  int last = first;
  for (int i = first + 1; i <= r.count(); ++i) {
    int indent = r.indent(i);
    if (indent < 0) continue;
    if (indent <= dash_col) break;
    last = i;
  }
  return last;
}

bool read_list(const Reader& r, const YNode& list, const std::string& owner,
               std::vector<UpdateListLines>& out) {
  if (!list.is_seq()) return list.kind == YNode::Kind::null;
  if (list.children.empty()) return true;  // `updates: []`
  size_t dash = offset_of(r.lines, list.pos.line, list.pos.col);
  if (dash >= r.text.size() || r.text[dash] != '-') return false;  // a flow list
  UpdateListLines l;
  l.owner = owner;
  l.dash_col = list.pos.col - 1;
  for (const YNode& item : list.children) {
    if (!item.is_map() || item.pos.line < 1 || item.pos.line > r.count()) return false;
    // The item's dash must be on the line of its first key, at the list's column.
    const TextLine& line = r.lines[size_t(item.pos.line - 1)];
    if (r.indent(item.pos.line) != l.dash_col || r.text[line.begin + size_t(l.dash_col)] != '-')
      return false;
    UpdateItemLines it;
    it.first = item.pos.line;
    it.last = last_line_of_item(r, it.first, l.dash_col);
    if (const YNode* d = item.find("date"); d && d->is_scalar()) it.date = d->value;
    if (const YNode* id = item.find("id"); id && id->is_scalar()) it.id = id->value;
    l.items.push_back(it);
  }
  out.push_back(std::move(l));
  return true;
}

// An `actions` list and each action's `updates` (docs/force-plan.md). Every
// action needs an id for its updates to be told apart.
bool read_actions(const Reader& r, const YNode& holder, const std::string& owner,
                  std::vector<UpdateListLines>& out) {
  const YNode* actions = holder.find("actions");
  if (!actions) return true;
  if (!read_list(r, *actions, owner.empty() ? "actions" : "actions " + owner, out)) return false;
  if (!actions->is_seq()) return true;
  for (const YNode& a : actions->children) {
    const YNode* id = a.find("id");
    if (!id || !id->is_scalar() || id->value.empty()) return false;
    if (const YNode* u = a.find("updates"); u && !read_list(r, *u, "action " + id->value, out))
      return false;
  }
  return true;
}

}  // namespace

std::optional<std::vector<UpdateListLines>> find_update_lists(const std::string& text) {
  Diagnostics ds;
  std::optional<YNode> root = parse_yaml(text, "merge", ds);
  if (!root || ds.errors() > 0 || !root->is_map()) return std::nullopt;
  Reader r{text, index_lines(text)};
  std::vector<UpdateListLines> out;
  if (const YNode* u = root->find("updates"); u && !read_list(r, *u, "", out)) return std::nullopt;
  if (!read_actions(r, *root, "", out)) return std::nullopt;
  if (const YNode* ev = root->find("evidence"); ev && ev->is_seq()) {
    for (const YNode& item : ev->children) {
      if (!item.is_map()) continue;
      const YNode* id = item.find("id");
      const YNode* u = item.find("updates");
      if (!u) continue;
      if (!id || !id->is_scalar() || id->value.empty()) return std::nullopt;
      if (!read_list(r, *u, id->value, out)) return std::nullopt;
    }
    for (const YNode& item : ev->children) {
      const YNode* id = item.is_map() ? item.find("id") : nullptr;
      if (!item.is_map() || !item.find("actions")) continue;
      if (!id || !id->is_scalar() || id->value.empty()) return std::nullopt;
      if (!read_actions(r, item, id->value, out)) return std::nullopt;
    }
  }
  return out;
}

}  // namespace plan
