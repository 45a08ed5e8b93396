#include "aggregate/chase.h"

#include <fmt/format.h>

#include <map>

#include "aggregate/output.h"
#include "util/plural.h"

namespace plan {
namespace {

// "recommendation 27", "recommendations 27 and 28", "recommendations 7, 9 and 27".
std::string numbers_text(const std::vector<int>& ids) {
  return (ids.size() == 1 ? "recommendation " : "recommendations ") + and_list(ids);
}

}  // namespace

std::vector<ChaseEntry> chase_list(const Aggregate& a) {
  std::map<std::string, std::vector<std::string>> by_name;
  for (const NoReturn& n : no_returns(a)) by_name[n.name].push_back("no return: " + n.reason);
  for (const AggregateForce& f : a.forces) {
    std::vector<std::string> why;
    if (f.stale)
      why.push_back(f.days_since ? fmt::format("stale: {} since its last update",
                                               counted(size_t(*f.days_since), "day", "days"))
                                 : "stale: nothing published yet");
    std::vector<int> unanswered;
    for (size_t r = 0; r < f.cells.size(); ++r)
      if (f.cells[r].category == Category::not_answered)
        unanswered.push_back(a.recommendations[r].id);
    if (!unanswered.empty()) why.push_back("not answered: " + numbers_text(unanswered));
    if (!why.empty()) {
      auto& list = by_name[f.organisation];
      list.insert(list.end(), why.begin(), why.end());
    }
  }
  std::vector<ChaseEntry> out;
  for (auto& [name, reasons] : by_name) {
    auto contact = a.contacts.find(name);
    out.push_back({.name = name,
                   .reasons = std::move(reasons),
                   .contact = contact == a.contacts.end() ? "" : contact->second});
  }
  return out;
}

}  // namespace plan
