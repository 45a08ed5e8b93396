#include "aggregate/same_force.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace plan {
namespace {

std::string force_key(const std::string& organisation) {
  size_t from = organisation.find_first_not_of(" \t");
  size_t to = organisation.find_last_not_of(" \t");
  std::string key = from == std::string::npos ? "" : organisation.substr(from, to - from + 1);
  std::transform(key.begin(), key.end(), key.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return key;
}

// True when a should be kept rather than b.
bool better(const InputPlan& a, const InputPlan& b) {
  bool a_folder = !a.exported, b_folder = !b.exported;
  if (a_folder != b_folder) return a_folder;
  if (a.exported && b.exported && *a.exported != *b.exported) return *a.exported > *b.exported;
  return a.source < b.source;
}

std::string kind(const InputPlan& in) {
  return in.exported ? "export" : "plan folder";
}

}  // namespace

std::vector<RefusedInput> keep_one_per_force(std::vector<InputPlan>& plans) {
  std::map<std::string, size_t> best;  // force key -> index kept
  for (size_t i = 0; i < plans.size(); ++i) {
    std::string key = force_key(plans[i].plan.organisation);
    if (key.empty()) continue;  // no name: nothing to compare
    auto [it, added] = best.emplace(key, i);
    if (!added && better(plans[i], plans[it->second])) it->second = i;
  }
  std::vector<RefusedInput> refused;
  std::vector<bool> keep(plans.size(), true);
  for (size_t i = 0; i < plans.size(); ++i) {
    std::string key = force_key(plans[i].plan.organisation);
    if (key.empty() || best[key] == i) continue;
    keep[i] = false;
    const InputPlan& other = plans[best[key]];
    RefusedInput r{plans[i].source,
                   fmt::format("the same force ('{}') as the {} '{}', which is counted instead; "
                               "each force is counted once: give one of them",
                               plans[i].plan.organisation, kind(other), other.source),
                   "given twice", plans[i].plan.organisation};
    r.duplicate = true;
    refused.push_back(std::move(r));
  }
  std::vector<InputPlan> kept;
  for (size_t i = 0; i < plans.size(); ++i)
    if (keep[i]) kept.push_back(std::move(plans[i]));
  plans = std::move(kept);
  std::sort(refused.begin(), refused.end(),
            [](const RefusedInput& a, const RefusedInput& b) { return a.path < b.path; });
  return refused;
}

}  // namespace plan
