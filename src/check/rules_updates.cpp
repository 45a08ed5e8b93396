// Rules on updates and progress: dates in order and not in the future,
// known statuses (or none: a dated note), percentages that make sense, done means done. One
// function per rule; check_updates and check_progress run them in turn.
#include <fmt/format.h>

#include <algorithm>

#include "check/rules.h"
#include "diag/rule_table.h"
#include "model/category.h"
#include "model/progress.h"
#include "util/suggest.h"

namespace plan {
namespace {

void check_update_future(const std::string& file, const std::vector<Update>& updates, Date as_of,
                         Diagnostics& out) {
  for (const Update& u : updates)
    if (u.date.value && *u.date.value > as_of)
      out.add(rule("update-future"), file, u.date.pos.line, u.date.pos.col,
              fmt::format("update dated {} is after today ({})", format_iso(*u.date.value),
                          format_iso(as_of)),
              "updates record what has already happened");
}

void check_update_order(const std::string& file, const std::vector<Update>& updates,
                        Diagnostics& out) {
  const Update* previous = nullptr;
  for (const Update& u : updates) {
    if (!u.date.value) continue;
    if (previous && *u.date.value < *previous->date.value)
      out.add(rule("update-order"), file, u.date.pos.line, u.date.pos.col,
              fmt::format("updates must be oldest first, but this one ({}) comes after one "
                          "dated {} (line {})",
                          format_iso(*u.date.value), format_iso(*previous->date.value),
                          previous->date.pos.line),
              "add new updates at the end of the list");
    previous = &u;
  }
}

void check_status_known(const Plan& plan, const std::string& file,
                        const std::vector<Update>& updates, Diagnostics& out) {
  const auto& statuses = plan.statuses;
  for (const Update& u : updates) {
    if (u.status.empty() || std::find(statuses.begin(), statuses.end(), u.status) != statuses.end())
      continue;
    std::string hint = did_you_mean(u.status, statuses);  // "; did you mean 'x'?"
    std::string listed = quoted_list(statuses);
    bool one =
        listed.find("', '") == std::string::npos && listed.find("' or '") == std::string::npos;
    hint = hint.empty() ? (one ? "use " : "use one of ") + listed : hint.substr(2);
    out.add(rule("status-unknown"), file, u.status_pos.line, u.status_pos.col,
            fmt::format("unknown status '{}'", u.status), hint);
  }
}

void check_done_percent(const Plan& plan, const std::string& file,
                        const std::vector<Update>& updates, Diagnostics& out) {
  for (const Update& u : updates)
    if (u.percent && u.status == done_status(plan) && *u.percent < 100)
      out.add(rule("done-percent"), file, u.percent_pos.line, u.percent_pos.col,
              fmt::format("status '{}' means complete in this plan's statuses, so percent must "
                          "be 100 (or left out), got {}",
                          u.status, *u.percent));
}

// An update may leave its status out (the force published text only): it is
// then a dated note. A percent says where things stand, which only a status
// can; and an update with neither status nor note says nothing at all.
void check_update_without_status(const Plan& plan, const std::string& file,
                                 const std::vector<Update>& updates, Diagnostics& out) {
  for (const Update& u : updates) {
    if (!u.status.empty()) continue;
    if (u.percent)
      out.add(rule("update-without-status"), file, u.percent_pos.line, u.percent_pos.col,
              fmt::format("percent {} is given with no status: a percentage says where the "
                          "recommendation stands, and only a status can say that",
                          *u.percent),
              "add 'status:' (one of " + quoted_list(plan.statuses) +
                  ") or remove 'percent:' to keep the update as a dated note");
    else if (u.note.empty())
      out.add(rule("update-without-status"), file, u.pos.line, u.pos.col,
              "update has neither a status nor a note, so it says nothing",
              "add 'note:' with what was published, or 'status:', or remove the update");
  }
}

void check_rag_value(const std::string& file, const std::vector<Update>& updates,
                     Diagnostics& out) {
  for (const Update& u : updates) {
    if (u.rag.empty() || u.rag == "red" || u.rag == "amber" || u.rag == "green" || u.rag == "blue")
      continue;
    std::string colour = rag_colour(u.rag);
    bool known = colour == "red" || colour == "amber" || colour == "green" || colour == "blue";
    out.add(rule("rag-value"), file, u.rag_pos.line, u.rag_pos.col,
            fmt::format("rag '{}' is not a RAG rating", u.rag),
            known
                ? fmt::format("write 'rag: {}' (red, amber, green or blue, in lower case)", colour)
                : "write red, amber, green or blue (blue: the force's colour for done); a "
                  "status word goes in 'status'");
  }
}

void check_percent_decrease(const std::string& file, const std::vector<Update>& updates,
                            Diagnostics& out) {
  const Update* previous = nullptr;
  for (const Update& u : updates) {
    if (!u.percent) continue;
    if (previous && *u.percent < *previous->percent)
      out.add(rule("percent-decrease"), file, u.percent_pos.line, u.percent_pos.col,
              fmt::format("percent goes down from {} (line {}) to {}", *previous->percent,
                          previous->percent_pos.line, *u.percent),
              "if progress was really lost, say why in the note");
    previous = &u;
  }
}

void check_evidence_text(const Recommendation& rec, Diagnostics& out) {
  for (const Evidence& ev : rec.evidence)
    if (!ev.id.empty() && ev.text.empty())
      out.add(rule("evidence-empty"), rec.file, ev.id_pos.line, ev.id_pos.col,
              fmt::format("evidence requirement {} has no text", ev.id),
              "fill it in when it is known");
}

// The one completion rule (plan.yaml's evidence_gates_completion, default
// on): a recommendation whose own latest status means complete needs every
// evidence requirement complete (or not applicable), whether or not any has
// an update yet. plan update runs this same rule on the edited file, so the
// two commands cannot disagree. Off: the recommendation's own status stands.
void check_done_evidence_open(const Plan& plan, const Recommendation& rec, Diagnostics& out) {
  if (!plan.evidence_gates_completion) return;
  Progress p = progress_of(plan, rec, true);
  if (!p.done || p.from_evidence || !p.latest) return;
  std::vector<std::string> open;
  for (const Evidence& ev : rec.evidence) {
    Progress ep = progress_of(plan, ev, true);
    Category c = category_of(plan, ep);
    if (c == Category::complete || c == Category::not_applicable) continue;
    std::string id = ev.id.empty() ? "(no id)" : ev.id;
    open.push_back(ep.status.empty()
                       ? id + (ep.unstated ? " has no status (notes only)" : " has no update")
                       : fmt::format("{} is '{}'", id, ep.status));
  }
  if (open.empty()) return;
  std::string list;
  for (size_t i = 0; i < open.size(); ++i) list += (i == 0 ? "" : ", ") + open[i];
  out.add(rule("done-evidence-open"), rec.file, p.latest->status_pos.line, p.latest->status_pos.col,
          fmt::format("recommendation {} is marked '{}', which means complete in this plan's "
                      "statuses, while its evidence requirements are not all complete: {}",
                      rec.id, p.status, list),
          "record a complete status on each first (plan update ID.N --status ...), or correct "
          "the status; 'evidence_gates_completion: false' in plan.yaml turns this rule off");
}

}  // namespace

void check_updates(const Plan& plan, const std::string& file, const std::vector<Update>& updates,
                   Date as_of, Diagnostics& out) {
  for (const Update& u : updates) check_date_field(u.date, "date", file, out);
  check_update_future(file, updates, as_of, out);
  check_update_order(file, updates, out);
  check_status_known(plan, file, updates, out);
  check_done_percent(plan, file, updates, out);
  check_update_without_status(plan, file, updates, out);
  check_percent_decrease(file, updates, out);
  check_rag_value(file, updates, out);
}

void check_progress(const Plan& plan, const Recommendation& rec, Diagnostics& out) {
  check_evidence_text(rec, out);
  check_done_evidence_open(plan, rec, out);
}

}  // namespace plan
