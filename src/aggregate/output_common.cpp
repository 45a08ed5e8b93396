// What every output of the national view shares: the words for a cell,
// the title, the matching note, the no-return rows, the headline figures
// and the groupings' subtotals, so the formats cannot disagree.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "aggregate/output.h"
#include "model/category.h"
#include "model/position.h"

namespace plan {

std::string cell_label(const AggregateCell& c) {
  if (c.status.empty()) return aggregate_category_labels[category_column(c.category)];
  std::string s = c.status;
  if (c.percent) s += " " + std::to_string(*c.percent) + "%";
  return s;
}

std::vector<NoReturn> no_returns(const Aggregate& a) {
  std::set<std::string> counted;
  for (const AggregateForce& f : a.forces) counted.insert(f.organisation);
  std::map<std::string, std::string> rows;
  for (const RefusedInput& r : a.refused) {
    if (r.duplicate || (!r.organisation.empty() && counted.count(r.organisation))) continue;
    rows.emplace(refused_name(r), r.short_reason.empty() ? "not readable" : r.short_reason);
  }
  std::vector<NoReturn> out;
  for (auto& [name, reason] : rows) out.push_back({name, reason});
  return out;
}

std::string page_title(const Aggregate& a) {
  if (!a.title.empty()) return a.title;
  if (a.report && !a.report->title.empty()) return "Progress against " + a.report->title;
  return "Progress of " +
         std::string(a.forces.size() == 1 ? "1 plan" : std::to_string(a.forces.size()) + " plans") +
         " against the recommendations";
}

bool any_force_plan(const Aggregate& a) {
  for (const AggregateForce& f : a.forces) {
    int responses = 0, rated = 0;
    for (size_t k = 0; k + 1 < f.positions.size(); ++k) responses += f.positions[k];  // not "none"
    for (int n : f.rag) rated += n;
    if (f.actions > 0 || responses > 0 || rated > 0) return true;
  }
  return false;
}

std::vector<std::string> force_plan_headings() {
  std::vector<std::string> out(aggregate_position_labels.begin(), aggregate_position_labels.end());
  out.insert(out.end(), aggregate_rag_labels.begin(), aggregate_rag_labels.end());
  return out;
}

std::string export_age_text(const AggregateForce& f) {
  if (!f.exported) return "";
  return "exported " + format_long(*f.exported);
}

std::string matching_note(const Aggregate& a) {
  if (a.report) {
    std::string note = "Recommendations are matched by the numbers of the report '" +
                       a.report->title + "' (" + a.report->id +
                       "); a plan without one addressed "
                       "to its body counts as not answered (and as overdue once the report's "
                       "deadline has passed), and one addressed only to others as not applicable "
                       "to it.";
    if (a.report->partial)
      note += " The report file holds " + std::to_string(a.report->recommendations.size()) +
              " of the report's " + std::to_string(a.report->recommendation_count) +
              " recommendations.";
    return note;
  }
  return "No report was given or named by the plans, so recommendations are matched by number "
         "only; a plan without a number that another plan has counts as not answered.";
}

Headline headline_of(const Aggregate& a) {
  Headline h;
  h.returned = int(a.forces.size());
  h.expected = h.returned + int(no_returns(a).size());
  for (const AggregateForce& f : a.forces) {
    h.complete += f.complete;
    h.answers += int(a.recommendations.size()) - f.not_applicable;
    h.overdue += f.overdue;
    h.stale += f.stale ? 1 : 0;
  }
  return h;
}

std::vector<std::string> group_keys(const Aggregate& a) {
  std::vector<std::string> keys;
  for (const auto& [name, groups] : a.groups)
    for (const auto& [key, value] : groups)
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
  return keys;
}

std::string group_of(const Aggregate& a, const std::string& name, const std::string& key) {
  auto it = a.groups.find(name);
  if (it != a.groups.end())
    for (const auto& [k, v] : it->second)
      if (k == key) return v;
  return "";
}

std::vector<GroupRow> group_rows(const Aggregate& a, const std::string& key) {
  std::map<std::string, GroupRow> rows;
  for (const NoReturn& r : no_returns(a)) ++rows[group_of(a, r.name, key)].expected;
  for (const AggregateForce& f : a.forces) {
    GroupRow& g = rows[group_of(a, f.organisation, key)];
    ++g.expected;
    ++g.returned;
    g.complete += f.complete;
    g.answers += int(a.recommendations.size()) - f.not_applicable;
    g.overdue += f.overdue;
    g.not_answered += f.not_answered;
    g.stale += f.stale ? 1 : 0;
  }
  // By value, the forces that give none last.
  std::vector<GroupRow> out;
  for (auto& [value, g] : rows) {
    g.value = value;
    out.push_back(g);
  }
  if (!out.empty() && out.front().value.empty())
    std::rotate(out.begin(), out.begin() + 1, out.end());
  return out;
}

std::vector<std::pair<const char*, int>> named_counts(const GroupRow& g) {
  return {{"expected", g.expected}, {"returned", g.returned}, {"complete", g.complete},
          {"answers", g.answers},   {"overdue", g.overdue},   {"not_answered", g.not_answered},
          {"stale", g.stale}};
}

std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

}  // namespace plan
