#include "merge/merge_plan_file.h"

#include <algorithm>
#include <map>
#include <optional>

#include "merge/update_lists.h"
#include "model/date.h"
#include "model/month.h"
#include "text/text_lines.h"

namespace plan {
namespace {

using Lists = std::map<std::string, UpdateListLines>;

std::optional<Lists> lists_by_owner(const std::string& text) {
  auto found = find_update_lists(text);
  if (!found) return std::nullopt;
  Lists out;
  for (UpdateListLines& l : *found)
    if (!out.emplace(l.owner, std::move(l)).second) return std::nullopt;  // an id used twice
  return out;
}

// An update as lines of text, every line ended by "\n" and indented as if its
// dash were at column 0, so items from either side compare and move freely.
struct Item {
  std::string date;  // as it sorts: a month (2025-01) as its last day (docs/force-plan.md)
  std::string id;    // an action's id; "" for an update
  std::string body;
};

std::string date_order(const std::string& date) {
  if (std::optional<Month> m = parse_iso_month(date)) return format_iso(last_day(*m));
  return date;
}

Item item_text(const std::string& text, const std::vector<TextLine>& lines,
               const UpdateItemLines& it, int dash_col) {
  Item out{date_order(it.date), it.id, ""};
  for (int i = it.first; i <= it.last; ++i) {
    const TextLine& l = lines[size_t(i - 1)];
    std::string_view content(text.data() + l.begin, l.end - l.begin);
    int indent = line_indent(text, l);
    int cut = std::min(indent < 0 ? int(content.size()) : indent, dash_col);
    out.body.append(content.substr(size_t(cut)));
    out.body += '\n';
  }
  return out;
}

std::string placed(const Item& item, int dash_col, const std::string& eol) {
  std::string out;
  std::string pad(size_t(dash_col), ' ');
  size_t begin = 0;
  while (begin < item.body.size()) {
    size_t nl = item.body.find('\n', begin);
    std::string_view line(item.body.data() + begin, nl - begin);
    if (!line.empty()) out += pad;
    out.append(line);
    out += eol;
    begin = nl + 1;
  }
  return out;
}

// Replaces lines [first, last] of text (1-based) with block; keeps a missing
// final line ending missing.
struct LineSplice {
  int first = 0;
  int last = 0;
  std::string block;
};

std::string apply(const std::string& text, std::vector<LineSplice> splices) {
  std::vector<TextLine> lines = index_lines(text);
  std::sort(splices.begin(), splices.end(),
            [](const LineSplice& a, const LineSplice& b) { return a.first > b.first; });
  std::string out = text;
  for (LineSplice& s : splices) {
    const TextLine& first = lines[size_t(s.first - 1)];
    const TextLine& last = lines[size_t(s.last - 1)];
    if (last.next == last.end && !s.block.empty()) {  // the file's last line, unended
      while (!s.block.empty() && (s.block.back() == '\n' || s.block.back() == '\r'))
        s.block.pop_back();
    }
    out.replace(first.begin, last.next - first.begin, s.block);
  }
  return out;
}

struct Side {
  const std::string& text;
  std::vector<TextLine> lines;
  std::string eol;
  std::vector<LineSplice> splices;
};

// Both sides appended to the same list: each side's appended items become the
// union of both, in date order, so the line merge sees one change made twice.
// Returns the number of items theirs added that ours did not have. Two
// different actions under one id are not combined (-1): the line merge then
// shows them as a conflict, for a person to settle.
int combine_appended(Side& ours, const UpdateListLines& o, Side& theirs, const UpdateListLines& t,
                     Side& base, const UpdateListLines* in_base, size_t n_base) {
  std::vector<Item> mine, others;
  for (size_t i = n_base; i < o.items.size(); ++i)
    mine.push_back(item_text(ours.text, ours.lines, o.items[i], o.dash_col));
  for (size_t i = n_base; i < t.items.size(); ++i) {
    Item it = item_text(theirs.text, theirs.lines, t.items[i], t.dash_col);
    bool already =
        std::any_of(mine.begin(), mine.end(), [&](const Item& m) { return m.body == it.body; });
    bool clash = !it.id.empty() && std::any_of(mine.begin(), mine.end(), [&](const Item& m) {
      return m.id == it.id && m.body != it.body;
    });
    if (clash) return -1;
    if (!already) others.push_back(std::move(it));
  }
  // Even with nothing new from theirs (the same update on both sides), both
  // sides get the same lines, so the line merge takes them once.
  // Stable merge by date: ours first on the same date; an item with no date
  // stays behind the dated ones before it.
  std::vector<Item> merged;
  size_t a = 0, b = 0;
  while (a < mine.size() || b < others.size()) {
    bool take_theirs = a == mine.size() || (b < others.size() && !others[b].date.empty() &&
                                            !mine[a].date.empty() && others[b].date < mine[a].date);
    merged.push_back(take_theirs ? others[b++] : mine[a++]);
  }
  auto splice_for = [&](Side& side, const UpdateListLines& l) {
    LineSplice s;
    s.first = l.items[n_base].first;
    s.last = l.items.back().last;
    for (const Item& it : merged) s.block += placed(it, l.dash_col, side.eol);
    side.splices.push_back(std::move(s));
  };
  splice_for(ours, o);
  splice_for(theirs, t);
  // The base gets the same items after its last one, so the line merge sees
  // no change there at all: an edit one side made next to the list's end
  // (an update appended to the last action, say) then merges cleanly instead
  // of touching lines both sides changed.
  if (in_base && !in_base->items.empty()) {
    int line = in_base->items.back().last;
    auto same_line = std::find_if(base.splices.begin(), base.splices.end(),
                                  [&](const LineSplice& sp) { return sp.first == line; });
    std::string block;
    for (const Item& it : merged) block += placed(it, in_base->dash_col, base.eol);
    if (same_line != base.splices.end()) {  // an inner list ends on the same line: it goes first
      same_line->block += block;
    } else {
      const TextLine& l = base.lines[size_t(line - 1)];
      std::string kept = base.text.substr(l.begin, l.next - l.begin);
      if (l.next == l.end) kept += base.eol;  // the file's last line, unended
      base.splices.push_back({line, line, kept + block});
    }
  }
  return int(others.size());
}

// The base's items must still be there on a side, unchanged in number and
// date, for its later items to count as appended.
bool keeps_base(const UpdateListLines* base, const UpdateListLines& side) {
  if (!base) return true;
  if (side.items.size() < base->items.size()) return false;
  for (size_t i = 0; i < base->items.size(); ++i)
    if (side.items[i].date != base->items[i].date || side.items[i].id != base->items[i].id)
      return false;
  return true;
}

}  // namespace

PlanFileMerge merge_plan_file(const std::string& base, const std::string& ours,
                              const std::string& theirs, MergeLabels labels) {
  PlanFileMerge result;
  labels.eol = first_line_ending(ours);
  if (labels.eol.empty()) labels.eol = "\n";
  std::optional<Lists> lb = lists_by_owner(base), lo = lists_by_owner(ours),
                       lt = lists_by_owner(theirs);
  std::string ours_plus = ours, theirs_plus = theirs, base_plus = base;
  if (lb && lo && lt) {
    result.structured = true;
    Side o{ours, index_lines(ours), labels.eol, {}};
    Side t{theirs, index_lines(theirs), first_line_ending(theirs), {}};
    if (t.eol.empty()) t.eol = "\n";
    Side bs{base, index_lines(base), first_line_ending(base), {}};
    if (bs.eol.empty()) bs.eol = labels.eol;
    for (const auto& [owner, ol] : *lo) {
      auto tl = lt->find(owner);
      if (tl == lt->end()) continue;
      auto bl = lb->find(owner);
      const UpdateListLines* b = bl == lb->end() ? nullptr : &bl->second;
      size_t n = b ? b->items.size() : 0;
      if (!keeps_base(b, ol) || !keeps_base(b, tl->second)) continue;
      if (ol.items.size() == n || tl->second.items.size() == n) continue;  // one side alone
      int combined = combine_appended(o, ol, t, tl->second, bs, b, n);
      if (combined > 0) result.updates_combined += combined;
    }
    ours_plus = apply(ours, o.splices);
    base_plus = apply(base, bs.splices);
    theirs_plus = apply(theirs, t.splices);
  }
  LineMergeResult lines = merge_lines(base_plus, ours_plus, theirs_plus, labels);
  result.text = std::move(lines.text);
  result.conflicts = lines.conflicts;
  result.conflict_lines = std::move(lines.conflict_lines);
  return result;
}

}  // namespace plan
