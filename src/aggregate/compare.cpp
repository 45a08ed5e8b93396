#include "aggregate/compare.h"

#include <fmt/format.h>

#include <climits>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "model/category.h"
#include "util/plural.h"
#include "util/terminal_text.h"

namespace plan {
namespace {

using nlohmann::json;

// o[key], or null when o is no object or lacks it (a const json's [] may not
// be used for a key that is not there).
const json& at(const json& o, const char* key) {
  static const json null;
  if (!o.is_object()) return null;
  auto it = o.find(key);
  return it == o.end() ? null : *it;
}

int int_of(const json& v) {
  if (v.is_number_unsigned()) {
    auto n = v.get<unsigned long long>();
    return n > (unsigned long long)INT_MAX ? 0 : int(n);
  }
  if (!v.is_number_integer()) return 0;
  auto n = v.get<long long>();
  return n < INT_MIN || n > INT_MAX ? 0 : int(n);
}

std::string text_of(const json& v) {
  return v.is_string() ? v.get<std::string>() : "";
}

// "+3", "-1"; "" for no change.
std::string delta(int now, int before) {
  if (now == before) return "";
  return fmt::format("{:+d}", now - before);
}

void add_move(std::string& to, const std::string& what) {
  if (!what.empty()) to += (to.empty() ? "" : "; ") + what;
}

std::string category_words(const std::string& name) {
  auto c = category_from_name(name, false);
  return c ? category_label(*c) : name;
}

struct PreviousForce {
  int complete = 0, overdue = 0;
  bool stale = false;
  std::map<int, std::pair<std::string, bool>> cells;  // id -> (category, overdue)
};

}  // namespace

CompareResult compare_with(const Aggregate& a, const std::string& previous) {
  CompareResult r;
  json doc = json::parse(previous, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !at(doc, "format_version").is_number_integer() ||
      !at(doc, "plans").is_array() || !at(doc, "recommendations").is_array()) {
    r.error = "is not the JSON of plan aggregate (--format json)";
    return r;
  }
  int version = int_of(at(doc, "format_version"));
  if (version < 1 || version > 2) {
    r.error = fmt::format("is aggregate format_version {}, which this plan does not compare with",
                          version);
    return r;
  }
  for (const char* key : {"as_of"})
    if (!forbidden_character(text_of(at(doc, key)), false).empty()) {
      r.error = "holds control characters";
      return r;
    }
  r.since.previous_as_of = text_of(at(doc, "as_of"));
  if (auto d = parse_iso_date(r.since.previous_as_of); !d || !d->ok()) {
    r.error = "has no as_of date (YYYY-MM-DD)";
    return r;
  }
  std::map<std::string, PreviousForce> before;
  std::vector<std::string> names;  // by index in the previous plans
  for (const json& p : at(doc, "plans")) {
    std::string name = p.is_object() ? text_of(at(p, "organisation")) : "";
    if (!forbidden_character(name, false).empty()) name = terminal_safe(name, 200);
    names.push_back(name);
    PreviousForce& f = before[name];
    f.complete = int_of(at(p, "complete"));
    f.overdue = int_of(at(p, "overdue"));
    f.stale = at(p, "stale").is_boolean() && at(p, "stale").get<bool>();
  }
  std::map<int, std::pair<int, int>> rec_before;  // id -> (complete, overdue)
  for (const json& rec : at(doc, "recommendations")) {
    if (!rec.is_object()) continue;
    int id = int_of(at(rec, "id"));
    rec_before[id] = {at(rec, "counts").is_object() ? int_of(at(at(rec, "counts"), "complete")) : 0,
                      int_of(at(rec, "overdue"))};
    if (!at(rec, "cells").is_array()) continue;
    for (const json& c : at(rec, "cells")) {
      if (!c.is_object() || !at(c, "plan").is_number_unsigned()) continue;
      size_t i = at(c, "plan").get<size_t>();
      if (i < names.size())
        before[names[i]].cells[id] = {text_of(at(c, "category")), at(c, "overdue").is_boolean() &&
                                                                      at(c, "overdue").get<bool>()};
    }
  }

  int complete_now = 0, complete_then = 0, overdue_now = 0, overdue_then = 0;
  for (const auto& [name, f] : before) {
    complete_then += f.complete;
    overdue_then += f.overdue;
  }
  std::vector<std::string> returned, newly_stale, no_longer_stale;
  std::set<std::string> now_names;
  for (const AggregateForce& f : a.forces) {
    now_names.insert(f.organisation);
    complete_now += f.complete;
    overdue_now += f.overdue;
    auto it = before.find(f.organisation);
    if (it == before.end()) {
      returned.push_back(f.organisation);
      r.since.by_force[f.organisation] = "returned (not in the last report)";
      continue;
    }
    const PreviousForce& p = it->second;
    std::string moves;
    add_move(moves, delta(f.complete, p.complete).empty()
                        ? ""
                        : "complete " + delta(f.complete, p.complete));
    add_move(moves,
             delta(f.overdue, p.overdue).empty() ? "" : "overdue " + delta(f.overdue, p.overdue));
    if (f.stale && !p.stale) {
      add_move(moves, "newly stale");
      newly_stale.push_back(f.organisation);
    }
    if (!f.stale && p.stale) {
      add_move(moves, "no longer stale");
      no_longer_stale.push_back(f.organisation);
    }
    for (size_t r_i = 0; r_i < a.recommendations.size(); ++r_i) {
      int id = a.recommendations[r_i].id;
      const AggregateCell& c = f.cells[r_i];
      auto was = p.cells.find(id);
      std::string now_cat = category_name(c.category);
      std::string move;
      if (was == p.cells.end())
        move = "new: " + std::string(category_label(c.category));
      else if (was->second.first != now_cat)
        move = category_words(was->second.first) + " to " + category_label(c.category);
      if (c.overdue && (was == p.cells.end() || !was->second.second))
        add_move(move, "newly overdue");
      if (!move.empty()) {
        r.since.by_cell[{f.organisation, id}] = move;
        add_move(moves, fmt::format("recommendation {}: {}", id, move));
      }
    }
    if (!moves.empty()) r.since.by_force[f.organisation] = moves;
  }
  std::vector<std::string> stopped;
  for (const auto& [name, f] : before)
    if (!now_names.count(name)) {
      stopped.push_back(name);
      r.since.by_force[name] = "stopped returning (counted in the last report, not in this one)";
    }
  for (const AggregateRecommendation& rec : a.recommendations) {
    auto it = rec_before.find(rec.id);
    std::string moves;
    int complete = rec.counts[category_column(Category::complete)];
    if (it == rec_before.end()) {
      moves = "new in this report";
    } else {
      if (!delta(complete, it->second.first).empty())
        add_move(moves, "complete " + delta(complete, it->second.first));
      if (!delta(rec.overdue, it->second.second).empty())
        add_move(moves, "overdue " + delta(rec.overdue, it->second.second));
    }
    if (!moves.empty()) r.since.by_recommendation[rec.id] = moves;
  }

  auto names_text = [](const std::vector<std::string>& list) { return and_list(list); };
  std::vector<std::string>& s = r.since.summary;
  s.push_back(fmt::format(
      "Recommendations complete across forces: {} (was {}, {}).", complete_now, complete_then,
      complete_now == complete_then ? "no change" : delta(complete_now, complete_then)));
  s.push_back(
      fmt::format("Overdue across forces: {} (was {}, {}).", overdue_now, overdue_then,
                  overdue_now == overdue_then ? "no change" : delta(overdue_now, overdue_then)));
  if (!returned.empty()) s.push_back("Returned this time: " + names_text(returned) + ".");
  if (!stopped.empty()) s.push_back("No return this time: " + names_text(stopped) + ".");
  if (!newly_stale.empty()) s.push_back("Newly stale: " + names_text(newly_stale) + ".");
  if (!no_longer_stale.empty())
    s.push_back("No longer stale: " + names_text(no_longer_stale) + ".");
  r.ok = true;
  return r;
}

}  // namespace plan
