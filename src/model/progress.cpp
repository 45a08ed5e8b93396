#include "model/progress.h"

#include <cmath>

#include "model/category.h"

namespace plan {
namespace {

// with_status: only an update that gives a status counts (a note does not
// change where the item stands).
const Update* latest_update(const std::vector<Update>& updates, bool include_internal,
                            bool with_status) {
  for (auto it = updates.rbegin(); it != updates.rend(); ++it)
    if ((include_internal || !it->internal) && (!with_status || !it->status.empty())) return &*it;
  return nullptr;
}

// The latest update's date, a note's included: the last time anything was published.
void date_from(Progress& p, const Update& u) {
  // A month counts as its last day (docs/force-plan.md).
  auto day = day_of(u.date);
  if (!day) return;
  std::optional<Date> current = p.date    ? p.date
                                : p.month ? std::optional(last_day(*p.month))
                                          : std::nullopt;
  if (current && *day <= *current) return;
  p.date = u.date.value;
  p.month = u.date.month;
}

// Only notes were published: no status, but an update all the same.
Progress from_notes(const Update& note) {
  Progress p;
  p.unstated = true;
  p.date = note.date.value;
  p.month = note.date.month;
  p.latest = &note;
  return p;
}

Progress from_update(const Plan& plan, const Update& u) {
  Progress p;
  p.status = u.status;
  p.percent = u.percent;
  p.date = u.date.value;
  p.month = u.date.month;
  p.done = category_of_status(plan, u.status) == Category::complete;
  p.latest = &u;
  return p;
}

// A part's own updates: its latest status, or its notes.
std::optional<Progress> own_progress(const Plan& plan, const std::vector<Update>& updates,
                                     bool include_internal) {
  const Update* any = latest_update(updates, include_internal, false);
  if (const Update* u = latest_update(updates, include_internal, true)) {
    Progress p = from_update(plan, *u);
    date_from(p, *any);
    return p;
  }
  if (any) return from_notes(*any);
  return std::nullopt;
}

// The one rule for a status made of parts (evidence requirements, or
// actions): done when every part is done (or not applicable), else in
// progress once any part has a status; the percent is the mean of the
// parts' and is given only when every part's is known. nullopt when no part
// has a status yet.
std::optional<Progress> from_parts(const Plan& plan, const std::vector<Progress>& parts) {
  Progress p;
  int done = 0, started = 0;
  bool every_percent_known = true;  // else no percent is shown: none is invented
  double percent_sum = 0;
  for (const Progress& e : parts) {
    Category c = category_of(plan, e);
    bool finished = e.done || c == Category::not_applicable;
    if (!e.percent && !finished) every_percent_known = false;
    if (e.status.empty()) continue;
    ++started;
    if (finished) ++done;
    percent_sum += e.percent ? *e.percent : (finished ? 100 : 0);
    if (e.date && (!p.date || *e.date > *p.date)) p.date = e.date;
    if (!e.date && e.month && !p.date && (!p.month || *e.month > *p.month)) p.month = e.month;
  }
  if (started == 0) return std::nullopt;
  if (p.date && p.month && last_day(*p.month) > *p.date) p.date.reset();
  if (p.date) p.month.reset();
  p.from_evidence = true;
  p.done = done == int(parts.size());
  p.status = p.done ? done_status(plan) : plan.statuses.front();
  if (!p.done)
    for (size_t i = 0; i < plan.statuses.size(); ++i)
      if (category_of_status(plan, plan.statuses[i]) == Category::in_progress) {
        p.status = plan.statuses[i];
        break;
      }
  if (every_percent_known) p.percent = int(std::lround(percent_sum / double(parts.size())));
  return p;
}

std::vector<Progress> action_parts(const Plan& plan, const std::vector<Action>& actions,
                                   bool include_internal) {
  std::vector<Progress> parts;
  for (const Action& a : actions) parts.push_back(progress_of(plan, a, include_internal));
  return parts;
}

}  // namespace

Progress progress_of(const Plan& plan, const Action& action, bool include_internal) {
  return own_progress(plan, action.updates, include_internal).value_or(Progress{});
}

Progress progress_of(const Plan& plan, const Evidence& ev, bool include_internal) {
  auto own = own_progress(plan, ev.updates, include_internal);
  if (own && !own->unstated) return *own;
  if (auto derived = from_parts(plan, action_parts(plan, ev.actions, include_internal))) {
    derived->from_actions = true;
    if (own) date_from(*derived, *own->latest);
    return *derived;
  }
  return own.value_or(Progress{});
}

Progress progress_of(const Plan& plan, const Recommendation& rec, bool include_internal) {
  auto own = own_progress(plan, rec.updates, include_internal);
  if (own && !own->unstated) return *own;
  std::vector<Progress> evidence;
  const Update* evidence_note = nullptr;  // an evidence item has notes but no status
  for (const Evidence& ev : rec.evidence) {
    evidence.push_back(progress_of(plan, ev, include_internal));
    if (evidence.back().unstated && !evidence_note) evidence_note = evidence.back().latest;
  }
  auto derived = from_parts(plan, evidence);
  if (!derived) {
    derived = from_parts(plan, action_parts(plan, rec.actions, include_internal));
    if (derived) derived->from_actions = true;
  }
  if (derived) {
    if (own) date_from(*derived, *own->latest);
    return *derived;
  }
  if (own) return *own;
  if (evidence_note) {
    Progress n = from_notes(*evidence_note);
    n.latest = nullptr;  // not the recommendation's own update
    n.from_evidence = true;
    return n;
  }
  return {};
}

std::string status_label(const Plan& /*plan*/, const Progress& p) {
  if (p.status.empty()) return p.unstated ? "No status published" : "No update published";
  std::string s = p.status;
  if (p.percent) s += " " + std::to_string(*p.percent) + "%";
  return s;
}

std::string update_status_label(const Update& u) {
  if (u.status.empty()) return "Status not stated";
  std::string s = u.status;
  if (u.percent) s += " " + std::to_string(*u.percent) + "%";
  return s;
}

bool is_overdue(const Recommendation& rec, const Progress& p, Date as_of) {
  return !p.done && rec.deadline.value && *rec.deadline.value < as_of;
}

}  // namespace plan
