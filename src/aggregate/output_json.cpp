#include <nlohmann/json.hpp>

#include "aggregate/chase.h"
#include "aggregate/output.h"
#include "model/category.h"
#include "model/position.h"

namespace plan {
namespace {

using Json = nlohmann::ordered_json;

Json date_or_null(const std::optional<Date>& d) {
  return d ? Json(format_iso(*d)) : Json(nullptr);
}

// "2025-04-01", or "2024-11" for an update dated only to the month.
Json date_or_null(const std::optional<UpdateDate>& d) {
  return d ? Json(iso_text(*d)) : Json(nullptr);
}

Json text_or_null(const std::string& s) {
  return s.empty() ? Json(nullptr) : Json(s);
}

Json position_counts(const std::array<int, 4>& n) {
  Json o = Json::object();
  for (size_t k = 0; k < aggregate_positions.size(); ++k) {
    const char* key = position_key(aggregate_positions[k]);
    o[*key ? key : "none"] = n[k];
  }
  return o;
}

Json rag_counts(const std::array<int, 4>& n) {
  Json o = Json::object();
  for (size_t k = 0; k < aggregate_rag_words.size(); ++k) o[aggregate_rag_words[k]] = n[k];
  return o;
}

Json plan_json(const Aggregate& a, const AggregateForce& f) {
  Json o;
  Json groups = Json::object();
  if (auto it = a.groups.find(f.organisation); it != a.groups.end())
    for (const auto& [key, value] : it->second) groups[key] = value;
  o["groups"] = std::move(groups);
  o["organisation"] = f.organisation;
  o["title"] = f.title;
  o["url"] = text_or_null(f.url);
  o["source"] = f.source;
  o["exported"] = date_or_null(f.exported);
  o["last_update"] = date_or_null(f.last_update);
  o["days_since_update"] = f.days_since ? Json(*f.days_since) : Json(nullptr);
  o["stale"] = f.stale;
  o["answered"] = f.answered;
  o["complete"] = f.complete;
  o["overdue"] = f.overdue;
  o["not_answered"] = f.not_answered;
  o["not_applicable"] = f.not_applicable;
  o["responses"] = position_counts(f.positions);
  o["rag"] = rag_counts(f.rag);
  o["actions"] = f.actions;
  o["actions_overdue"] = f.actions_overdue;
  return o;
}

Json cell_json(const AggregateCell& c, size_t plan) {
  Json o;
  o["plan"] = plan;
  o["status"] = text_or_null(c.status);
  o["category"] = category_name(c.category);
  o["percent"] = c.percent ? Json(*c.percent) : Json(nullptr);
  o["last_update"] = date_or_null(c.last_update);
  o["overdue"] = c.overdue;
  o["not_applicable_reason"] = text_or_null(c.not_applicable_reason);
  o["response"] = text_or_null(position_key(c.response));
  o["rag"] = text_or_null(c.rag);
  o["actions"] = c.actions;
  o["actions_overdue"] = c.actions_overdue;
  return o;
}

Json recommendation_json(const Aggregate& a, size_t r) {
  const AggregateRecommendation& rec = a.recommendations[r];
  Json o;
  o["id"] = rec.id;
  o["title"] = text_or_null(rec.title);
  Json counts = Json::object();
  for (size_t k = 0; k < aggregate_categories.size(); ++k)
    counts[category_name(aggregate_categories[k])] = rec.counts[k];
  o["counts"] = std::move(counts);
  o["overdue"] = rec.overdue;
  o["latest_update_from"] = date_or_null(rec.latest_from);
  o["latest_update_to"] = date_or_null(rec.latest_to);
  o["responses"] = position_counts(rec.positions);
  o["rag"] = rag_counts(rec.rag);
  o["actions_overdue"] = rec.actions_overdue;
  Json cells = Json::array();
  for (size_t p = 0; p < a.forces.size(); ++p) cells.push_back(cell_json(a.forces[p].cells[r], p));
  o["cells"] = std::move(cells);
  return o;
}

}  // namespace

std::string aggregate_json(const Aggregate& a, const std::string& generator) {
  Json doc;
  doc["format_version"] = aggregate_format_version;
  doc["generator"] = generator;
  doc["as_of"] = format_iso(a.as_of);
  doc["stale_after_days"] = a.stale_after;
  doc["matched_by"] = a.matched_by;
  doc["matching_note"] = matching_note(a);
  Json categories = Json::array();
  for (Category c : aggregate_categories) categories.push_back(category_name(c));
  doc["categories"] = std::move(categories);
  if (a.report)
    doc["report"] = {{"id", a.report->id},
                     {"title", a.report->title},
                     {"url", text_or_null(a.report->url)},
                     {"file", a.report->file},
                     {"recommendation_count", a.report->recommendation_count},
                     {"partial", a.report->partial}};
  else
    doc["report"] = nullptr;
  Json refused = Json::array();
  for (const RefusedInput& r : a.refused)
    refused.push_back({{"path", r.path},
                       {"reason", r.reason},
                       {"short_reason", r.short_reason},
                       {"organisation", text_or_null(r.organisation)},
                       {"duplicate", r.duplicate}});
  Json not_read = Json::array();
  for (const auto& n : a.not_read) not_read.push_back({{"path", n.path}, {"reason", n.reason}});
  doc["inputs"] = {{"read", a.inputs_read()},
                   {"refused", a.refused.size()},
                   {"refused_inputs", std::move(refused)},
                   {"not_read", std::move(not_read)}};
  Json no_return = Json::array();
  for (const NoReturn& n : no_returns(a))
    no_return.push_back({{"name", n.name}, {"reason", n.reason}});
  doc["no_return"] = std::move(no_return);
  Json chase = Json::array();
  for (const ChaseEntry& c : chase_list(a)) {
    Json entry = {{"name", c.name}, {"reasons", c.reasons}};
    if (!c.contact.empty()) entry["contact"] = c.contact;
    chase.push_back(std::move(entry));
  }
  doc["chase"] = std::move(chase);
  if (a.since_last) {
    const SinceLast& m = *a.since_last;
    Json recs = Json::array(), forces = Json::array();
    for (const auto& [id, moves] : m.by_recommendation)
      recs.push_back({{"id", id}, {"moves", moves}});
    for (const auto& [name, moves] : m.by_force)
      forces.push_back({{"name", name}, {"moves", moves}});
    doc["since_last"] = {{"previous_as_of", m.previous_as_of},
                         {"summary", m.summary},
                         {"recommendations", std::move(recs)},
                         {"forces", std::move(forces)}};
  } else {
    doc["since_last"] = nullptr;
  }
  Json groupings = Json::array();
  for (const std::string& key : group_keys(a)) {
    Json rows = Json::array();
    for (const GroupRow& g : group_rows(a, key)) {
      Json row = {{"value", text_or_null(g.value)}};
      for (const auto& [name, count] : named_counts(g)) row[name] = count;
      rows.push_back(std::move(row));
    }
    groupings.push_back({{"key", key}, {"rows", std::move(rows)}});
  }
  doc["groupings"] = std::move(groupings);
  Json plans = Json::array();
  for (const AggregateForce& f : a.forces) plans.push_back(plan_json(a, f));
  doc["plans"] = std::move(plans);
  Json recs = Json::array();
  for (size_t r = 0; r < a.recommendations.size(); ++r) recs.push_back(recommendation_json(a, r));
  doc["recommendations"] = std::move(recs);
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace plan
