// Where a recommendation stands: its latest update that gives a status, or,
// where it has none, what its evidence requirements' updates add up to. An
// update with no status is a dated note: it is published (and dates the
// last update) but does not move where the recommendation stands.
#pragma once

#include <optional>
#include <string>

#include "model/plan.h"

namespace plan {

struct Progress {
  std::string status;          // empty when no status has been recorded
  std::optional<int> percent;  // as recorded, or derived from evidence
  std::optional<Date> date;    // date of the latest update counted (a note included)
  std::optional<Month> month;  // instead of date, when that update gives only a month
  bool done = false;
  bool from_evidence = false;      // derived from its parts: evidence items', else actions'
                                   // (docs/force-plan.md, "A status made of parts")
  bool from_actions = false;       // ... and those parts were its actions
  bool unstated = false;           // updates were published, but none gives a status
  const Update* latest = nullptr;  // the update it comes from, if it is the rec's own
};

/// include_internal: count updates marked internal (true for analysts' views,
/// false for anything published).
Progress progress_of(const Plan& plan, const Recommendation& rec, bool include_internal);
/// An evidence requirement: its own latest status, else what its actions add up to.
Progress progress_of(const Plan& plan, const Evidence& ev, bool include_internal);
/// An action: its own latest status.
Progress progress_of(const Plan& plan, const Action& action, bool include_internal);

/// Status as people read it: "In Progress 25%", "No update published" when
/// nothing is recorded, "No status published" when only notes are.
std::string status_label(const Plan& plan, const Progress& p);

/// One update's status as people read it: "In Progress 25%", or "Status not
/// stated" for an update that gives none (a dated note).
std::string update_status_label(const Update& u);

/// Deadline passed (strictly before as_of) and not done.
bool is_overdue(const Recommendation& rec, const Progress& p, Date as_of);

}  // namespace plan
