#include "model/action_status.h"

#include <set>

#include "model/category.h"
#include "model/progress.h"

namespace plan {

bool action_overdue(const Plan& plan, const Action& action, Date as_of, bool include_internal) {
  auto day = day_of(current_target(action));
  if (!day || *day >= as_of) return false;
  Category c = category_of(plan, progress_of(plan, action, include_internal));
  return c != Category::complete && c != Category::not_applicable;
}

std::string target_history(const Action& action) {
  std::string out;
  if (action.target.present())
    out = "target " + long_date_text(action.target);
  else if (!action.target_note.empty())
    out = "target " + action.target_note;
  for (const TargetRevision& r : action.revisions) {
    out += out.empty() ? "target " : ", moved to ";
    out += long_date_text(r.target);
    if (r.decided.present()) out += " on " + long_date_text(r.decided);
    if (!r.reason.empty()) out += ": " + r.reason;
  }
  return out;
}

std::string latest_rag(const std::vector<Update>& updates, bool include_internal) {
  for (auto it = updates.rbegin(); it != updates.rend(); ++it)
    if ((include_internal || !it->internal) && !it->rag.empty()) return it->rag;
  return "";
}

namespace {

// 0 -> "a", 25 -> "z", 26 -> "aa": letters as a spreadsheet numbers columns.
std::string letters(size_t n) {
  std::string s;
  for (++n; n > 0; n = (n - 1) / 26) s.insert(s.begin(), char('a' + (n - 1) % 26));
  return s;
}

}  // namespace

std::string next_action_id(const std::string& parent, const std::vector<Action>& existing) {
  std::set<std::string> taken;
  for (const Action& a : existing) taken.insert(a.id);
  for (size_t n = existing.size();; ++n)
    if (!taken.count(parent + letters(n))) return parent + letters(n);
}

}  // namespace plan
