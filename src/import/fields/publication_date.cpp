#include "import/fields/publication_date.h"

#include <algorithm>
#include <map>

#include "check/rules.h"

namespace plan {
namespace {

// The publication date a note points back to from its deadline, if exactly
// one date does: months vary in length, so search a few days around the
// estimate, and give up where month-end clamping makes it ambiguous.
std::optional<Date> publication_for(const DateField& deadline, const std::string& note) {
  if (note.empty() || !deadline.value) return std::nullopt;
  Date due = *deadline.value;
  auto forward = date_from_note(note, due);
  if (!forward) return std::nullopt;
  Date estimate = add_days(due, -days_between(due, *forward));
  std::optional<Date> found;
  for (int shift = -4; shift <= 4; ++shift) {
    Date candidate = add_days(estimate, shift);
    if (date_from_note(note, candidate) != due) continue;
    if (found) return std::nullopt;
    found = candidate;
  }
  return found;
}

}  // namespace

PublishedEstimate estimate_published(const Plan& plan) {
  std::vector<std::pair<Date, int>> pointers;  // date, line
  for (const Recommendation& rec : plan.recommendations) {
    if (auto d = publication_for(rec.deadline, rec.deadline_note))
      pointers.emplace_back(*d, rec.deadline.pos.line);
    for (const Milestone& m : rec.milestones)
      if (auto d = publication_for(m.deadline, m.deadline_note))
        pointers.emplace_back(*d, m.deadline.pos.line);
  }
  std::map<Date, int> votes;
  for (const auto& [date, line] : pointers) ++votes[date];
  PublishedEstimate estimate;
  int best = 0;
  bool tie = false;
  for (const auto& [date, count] : votes) {
    if (count > best)
      best = count, estimate.date = date, tie = false;
    else if (count == best)
      tie = true;
  }
  if (tie) estimate.date.reset();
  for (const auto& [date, line] : pointers)
    (estimate.date && date == *estimate.date ? estimate.agreeing_lines : estimate.disagreeing_lines)
        .push_back(line);
  std::sort(estimate.agreeing_lines.begin(), estimate.agreeing_lines.end());
  std::sort(estimate.disagreeing_lines.begin(), estimate.disagreeing_lines.end());
  return estimate;
}

}  // namespace plan
