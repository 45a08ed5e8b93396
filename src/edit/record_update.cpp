#include "edit/record_update.h"

#include <fmt/format.h>

#include "edit/insert_update.h"
#include "load/limits.h"
#include "util/files.h"

namespace plan {
namespace {

std::string unknown_recommendation(const TargetId& t, const Plan& plan, const std::string& file) {
  std::vector<int> ids;
  for (const Recommendation& r : plan.recommendations) ids.push_back(r.id);
  std::vector<std::string> near;
  for (int id : nearest_ids(t.rec, ids)) near.push_back(std::to_string(id));
  std::string hint = near.empty()       ? "the plan has no recommendations yet"
                     : near.size() == 1 ? "the nearest is " + near[0]
                                        : "the nearest are " + and_list(near);
  return fmt::format("there is no recommendation {} (no file {}); {}", t.rec, file, hint);
}

// The updates list the new entry joins, or nullptr (with a problem) when the
// evidence requirement does not exist.
const std::vector<Update>* existing_updates(const Recommendation& rec, const TargetId& t,
                                            EditOutcome& out) {
  if (t.evidence_id.empty()) return &rec.updates;
  std::vector<std::string> ids;
  for (const Evidence& ev : rec.evidence) {
    if (ev.id == t.evidence_id) return &ev.updates;
    ids.push_back(ev.id);
  }
  out.refused(fmt::format("recommendation {} has no evidence requirement {}; {}", t.rec,
                          t.evidence_id, ids.empty() ? "it has none" : "it has " + and_list(ids)));
  return nullptr;
}

}  // namespace

EditOutcome record_update(const std::string& dir, const UpdateRequest& req, Date today,
                          const EditOptions& opt) {
  EditOutcome out;
  std::optional<TargetId> target = parse_target_id(req.id);
  if (!target) {
    out.refused(
        fmt::format("'{}' is not a recommendation or evidence id; give a number such as "
                    "23, or an evidence id such as 23.1",
                    req.id));
    return out;
  }
  LoadedPlan loaded;
  if (!open_plan_for_edit(dir, opt.lock_wait_ms, today, out, loaded)) return out;
  const Plan& plan = loaded.plan;
  out.file = join_path(join_path(dir, "recommendations"), std::to_string(target->rec) + ".yaml");
  if (!is_file(out.file)) {
    out.refused(unknown_recommendation(*target, plan, out.file));
    out.file.clear();  // no file of ours to say is unchanged
    return out;
  }
  ReadResult read = read_file(out.file, limits::max_file_bytes);
  if (!read.ok) {
    out.io_error(read.error);
    return out;
  }
  out.old_text = read.data;

  // The file as it is must already pass; the update's own problems are listed with it.
  Diagnostics ignored;
  check_in_plan(plan, out.file, out.old_text, today, out.diagnostics, ignored);
  Recommendation rec;
  Diagnostics load_problems;
  load_recommendation_text(out.old_text, out.file, rec, load_problems);
  if (out.diagnostics.errors() > 0) {
    out.heading = out.file +
                  " already has errors; fix them first ('plan validate' lists them "
                  "all), then run plan update again:";
    out.quoted_text = out.old_text;
  }
  const std::vector<Update>* existing = existing_updates(rec, *target, out);
  Update u;
  if (existing)
    for (std::string& p : check_update_request(req, plan, *existing, *target, today, u))
      out.problems.push_back(std::move(p));
  if (!out.problems.empty() || out.diagnostics.errors() > 0) {
    out.kind = EditOutcome::Kind::refused;
    return out;
  }

  UpdateEdit edit = insert_update(out.old_text, target->evidence_id, u);
  if (!edit.ok) {
    out.refused(edit.error_line > 0
                    ? fmt::format("{}:{}: {}", out.file, edit.error_line, edit.error)
                    : out.file + ": " + edit.error);
    return out;
  }
  out.new_text = std::move(edit.text);
  out.first_line = edit.first_line;
  out.last_line = edit.last_line;

  Diagnostics warnings;
  check_in_plan(plan, out.file, out.new_text, today, out.diagnostics, warnings);
  if (out.diagnostics.errors() > 0) {
    out.heading = "this update would leave " + out.file + " with errors, so it was not written:";
    out.quoted_text = out.new_text;
    out.kind = EditOutcome::Kind::refused;
    return out;
  }
  for (const Diagnostic& d : warnings.items())
    if (d.line >= out.first_line && d.line <= out.last_line) out.warnings.add(d);
  out.quoted_text = out.new_text;
  out.summary = update_summary(*target, u);
  out.details = u.note;
  write_outcome(out, false, opt);
  return out;
}

}  // namespace plan
