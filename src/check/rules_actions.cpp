// Rules on the force's actions: ids that commands can address, target dates
// that move only with a reason, and actions past their target. One function
// per rule; check_actions runs them over a recommendation and its evidence.
#include <fmt/format.h>

#include <map>

#include "check/rules.h"
#include "diag/rule_table.h"
#include "model/action_status.h"
#include "model/category.h"
#include "model/progress.h"

namespace plan {
namespace {

// "7a", "7.1b", "7aa": the parent's id, then one or more lower-case letters.
bool well_formed_action_id(const std::string& id, const std::string& parent) {
  if (id.size() <= parent.size() || id.compare(0, parent.size(), parent) != 0) return false;
  for (size_t i = parent.size(); i < id.size(); ++i)
    if (id[i] < 'a' || id[i] > 'z') return false;
  return true;
}

void check_action_id_format(const Recommendation& rec, const std::string& parent,
                            const std::vector<Action>& actions, Diagnostics& out) {
  for (const Action& a : actions) {
    if (a.id.empty() || well_formed_action_id(a.id, parent)) continue;
    std::string parent_name = parent.find('.') == std::string::npos
                                  ? "recommendation " + parent
                                  : "evidence requirement " + parent;
    out.add(rule("action-id-format"), rec.file, a.id_pos.line, a.id_pos.col,
            fmt::format("action id '{}' is not {}'s id followed by letters", a.id, parent_name),
            fmt::format("write '{}a', '{}b' … (plan action add {} gives the next one)", parent,
                        parent, parent));
  }
}

void check_action_id_unique(const Recommendation& rec, Diagnostics& out) {
  std::map<std::string, int> seen;  // id -> line first seen
  auto visit = [&](const std::vector<Action>& actions) {
    for (const Action& a : actions) {
      if (a.id.empty()) continue;
      auto [it, fresh] = seen.emplace(a.id, a.id_pos.line);
      if (!fresh)
        out.add(rule("action-id-unique"), rec.file, a.id_pos.line, a.id_pos.col,
                fmt::format("action id '{}' is used already (line {})", a.id, it->second),
                "give each action its own letter: commands and commit messages name it");
    }
  };
  visit(rec.actions);
  for (const Evidence& ev : rec.evidence) visit(ev.actions);
}

void check_revision_reason(const Recommendation& rec, const Action& a, Diagnostics& out) {
  for (const TargetRevision& r : a.revisions) {
    if (!r.reason.empty()) continue;
    Pos at = r.reason_pos.line ? r.reason_pos : r.pos;
    out.add(rule("action-revision-reason"), rec.file, at.line, at.col,
            fmt::format("action {}'s target moves to {} with no reason given", a.id,
                        long_date_text(r.target)),
            "add 'reason:' saying why the date moved (plan action retarget … --reason …)");
  }
}

// A month target is late only when the whole month is after the deadline.
bool after(const DateField& target, Date deadline) {
  if (target.value) return *target.value > deadline;
  if (target.month)
    return Date{target.month->year(), target.month->month(), std::chrono::day{1}} > deadline;
  return false;
}

void check_target_deadline(const Recommendation& rec, const Action& a, Diagnostics& out) {
  if (!rec.deadline.value || !a.revisions.empty() || !after(a.target, *rec.deadline.value)) return;
  out.add(rule("action-target-deadline"), rec.file, a.target.pos.line, a.target.pos.col,
          fmt::format("action {}'s target {} is after recommendation {}'s deadline ({})", a.id,
                      long_date_text(a.target), rec.id, format_long(*rec.deadline.value)),
          "if the date was moved, record the move and why (plan action retarget " + a.id +
              " --to … --reason …); else check the date");
}

void check_overdue(const Plan& plan, const Recommendation& rec, const Action& a, Date as_of,
                   Diagnostics& out) {
  if (!action_overdue(plan, a, as_of, true)) return;
  const DateField& target = current_target(a);
  Progress p = action_progress(plan, a, true);
  out.add(
      rule("action-overdue"), rec.file, target.pos.line, target.pos.col,
      fmt::format("action {} is overdue: its target was {} and {}", a.id, long_date_text(target),
                  !p.status.empty()   ? "its latest status is '" + p.status + "'"
                  : a.updates.empty() ? std::string("no progress is recorded")
                                      : std::string("no update gives it a status")),
      "record its progress (plan update " + a.id +
          " --status …), or move the target with a "
          "reason (plan action retarget " +
          a.id + " --to … --reason …)");
}

void check_action_dates(const Plan& plan, const Recommendation& rec, const Action& a, Date as_of,
                        Diagnostics& out) {
  check_date_field(a.target, "target", rec.file, out);
  for (const TargetRevision& r : a.revisions) {
    check_date_field(r.target, "target", rec.file, out);
    check_date_field(r.decided, "decided", rec.file, out);
  }
  check_updates(plan, rec.file, a.updates, as_of, out);
}

void check_action_list(const Plan& plan, const Recommendation& rec, const std::string& parent,
                       const std::vector<Action>& actions, Date as_of, Diagnostics& out) {
  check_action_id_format(rec, parent, actions, out);
  for (const Action& a : actions) {
    check_action_dates(plan, rec, a, as_of, out);
    check_revision_reason(rec, a, out);
    check_target_deadline(rec, a, out);
    check_overdue(plan, rec, a, as_of, out);
  }
}

}  // namespace

void check_actions(const Plan& plan, const Recommendation& rec, Date as_of, Diagnostics& out) {
  check_date_field(rec.response.date, "date", rec.file, out);
  check_action_list(plan, rec, std::to_string(rec.id), rec.actions, as_of, out);
  for (const Evidence& ev : rec.evidence)
    if (!ev.id.empty()) check_action_list(plan, rec, ev.id, ev.actions, as_of, out);
  check_action_id_unique(rec, out);
}

}  // namespace plan
