#include "query/lookup.h"

#include <cstdlib>
#include <vector>

#include "util/plural.h"

namespace plan {
namespace {

bool all_digits(const std::string& s) {
  if (s.empty() || s.size() > 9) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// The ids just below and above the missing one, as people count.
std::string nearest_recommendations(const Plan& plan, int id) {
  const Recommendation* below = nullptr;
  const Recommendation* above = nullptr;
  for (const Recommendation& r : plan.recommendations) {
    if (r.id < id) below = &r;
    if (r.id > id && !above) above = &r;
  }
  std::vector<std::string> ids;
  if (below) ids.push_back(std::to_string(below->id));
  if (above) ids.push_back(std::to_string(above->id));
  if (ids.empty()) return "the plan has no recommendations yet";
  return (ids.size() == 1 ? "the nearest is " : "the nearest are ") + and_list(ids);
}

}  // namespace

Lookup find_by_id(const Plan& plan, const std::string& text) {
  Lookup result;
  size_t dot = text.find('.');
  std::string rec_part = text.substr(0, dot);
  std::string ev_part = dot == std::string::npos ? "" : text.substr(dot + 1);
  result.well_formed = all_digits(rec_part) && (dot == std::string::npos || all_digits(ev_part));
  if (!result.well_formed) {
    result.error = "'" + text +
                   "' is not an id; give a recommendation number such as 23, or an evidence "
                   "requirement such as 23.1";
    return result;
  }
  int id = std::atoi(rec_part.c_str());
  for (const Recommendation& r : plan.recommendations)
    if (r.id == id) result.rec = &r;
  if (!result.rec) {
    result.error = "no recommendation " + std::to_string(id) + " in this plan; " +
                   nearest_recommendations(plan, id);
    return result;
  }
  if (dot == std::string::npos) return result;
  std::vector<std::string> ids;
  for (const Evidence& ev : result.rec->evidence) {
    if (ev.id == text || ev.id == rec_part + "." + std::to_string(std::atoi(ev_part.c_str())))
      result.evidence = &ev;
    ids.push_back(ev.id);
  }
  if (result.evidence) return result;
  if (ids.empty())
    result.error = "recommendation " + rec_part + " has no evidence requirements; see 'plan show " +
                   rec_part + "'";
  else
    result.error = "recommendation " + rec_part + " has no evidence requirement " + text +
                   "; its evidence requirements are " + and_list(ids);
  return result;
}

}  // namespace plan
