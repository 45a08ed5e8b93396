// Rules on updates and progress: dates in order and not in the future,
// known statuses, percentages that make sense, done means done.
#include <fmt/format.h>

#include <algorithm>

#include "check/rules.h"
#include "model/progress.h"
#include "util/suggest.h"

namespace plan {

void check_updates(const Plan& plan, const std::string& file, const std::vector<Update>& updates,
                   Date as_of, Diagnostics& out) {
  const Update* previous_dated = nullptr;
  const Update* previous_percent = nullptr;
  for (const Update& u : updates) {
    check_date_field(u.date, "date", file, out);
    if (u.date.value) {
      if (*u.date.value > as_of)
        out.error("update-future", file, u.date.pos.line, u.date.pos.col,
                  fmt::format("update dated {} is after today ({}); updates record what has "
                              "already happened",
                              format_iso(*u.date.value), format_iso(as_of)));
      if (previous_dated && *u.date.value < *previous_dated->date.value)
        out.error("update-order", file, u.date.pos.line, u.date.pos.col,
                  fmt::format("updates must be oldest first, but this one ({}) comes after one "
                              "dated {} (line {}); add new updates at the end of the list",
                              format_iso(*u.date.value), format_iso(*previous_dated->date.value),
                              previous_dated->date.pos.line));
      previous_dated = &u;
    }
    const auto& statuses = plan.statuses;
    if (!u.status.empty() &&
        std::find(statuses.begin(), statuses.end(), u.status) == statuses.end()) {
      std::string hint = did_you_mean(u.status, statuses);
      if (hint.empty()) hint = "; use one of " + quoted_list(statuses);
      out.error("status-unknown", file, u.status_pos.line, u.status_pos.col,
                fmt::format("unknown status '{}'{}", u.status, hint));
    }
    if (u.percent && u.status == done_status(plan) && *u.percent < 100)
      out.error("done-percent", file, u.percent_pos.line, u.percent_pos.col,
                fmt::format("status '{}' means done, so percent must be 100 (or left out), got {}",
                            u.status, *u.percent));
    if (u.percent) {
      if (previous_percent && *u.percent < *previous_percent->percent)
        out.warning("percent-decrease", file, u.percent_pos.line, u.percent_pos.col,
                    fmt::format("percent goes down from {} (line {}) to {}; if progress was "
                                "really lost, say why in the note",
                                *previous_percent->percent, previous_percent->percent_pos.line,
                                *u.percent));
      previous_percent = &u;
    }
  }
}

void check_progress(const Plan& plan, const Recommendation& rec, Diagnostics& out) {
  for (const Evidence& ev : rec.evidence)
    if (!ev.id.empty() && ev.text.empty())
      out.warning("evidence-empty", rec.file, ev.id_pos.line, ev.id_pos.col,
                  fmt::format("evidence requirement {} has no text; fill it in when it is known",
                              ev.id));

  Progress p = progress_of(plan, rec, true);
  if (!p.done || p.from_evidence || !p.latest) return;
  bool tracked = false;
  for (const Evidence& ev : rec.evidence) tracked = tracked || !ev.updates.empty();
  if (!tracked) return;
  for (const Evidence& ev : rec.evidence) {
    if (progress_of(plan, ev, true).done) continue;
    out.error("done-evidence-open", rec.file, p.latest->status_pos.line, p.latest->status_pos.col,
              fmt::format("recommendation {} is marked '{}' but evidence requirement {} is not; "
                          "complete the evidence requirement first or correct the status",
                          rec.id, p.status, ev.id.empty() ? "(no id)" : ev.id));
  }
}

}  // namespace plan
