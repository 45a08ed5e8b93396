#include "edit/record_update.h"

#include <fmt/format.h>

#include "check/load_checked.h"
#include "edit/insert_update.h"
#include "load/limits.h"
#include "text/yaml_write.h"
#include "util/files.h"
#include "util/plural.h"

namespace plan {
namespace {

std::string unknown_recommendation(const TargetId& t, const std::string& dir,
                                   const std::string& file) {
  std::vector<int> ids = recommendation_ids_on_disk(dir);
  std::vector<std::string> near;
  for (int id : nearest_ids(t.rec, ids)) near.push_back(std::to_string(id));
  std::string hint = near.empty()       ? "the plan has no recommendations yet"
                     : near.size() == 1 ? "the nearest is " + near[0]
                                        : "the nearest are " + and_list(near);
  return fmt::format("there is no recommendation {} (no file {}); {}", t.rec, file, hint);
}

// The updates list the new entry joins, or nullptr (with a problem) when the
// evidence requirement does not exist.
const std::vector<Update>* action_updates(const std::vector<Action>& actions, const TargetId& t,
                                          const std::string& parent, EditOutcome& out) {
  std::vector<std::string> ids;
  for (const Action& a : actions) {
    if (a.id == t.action_id) return &a.updates;
    ids.push_back(a.id);
  }
  out.refused(fmt::format(
      "{} has no action {}; {}", parent, t.action_id,
      ids.empty() ? "it has none (plan action add gives it one)" : "it has " + and_list(ids)));
  return nullptr;
}

const std::vector<Update>* existing_updates(const Recommendation& rec, const TargetId& t,
                                            EditOutcome& out) {
  if (!t.action_id.empty() && t.evidence_id.empty())
    return action_updates(rec.actions, t, fmt::format("recommendation {}", t.rec), out);
  if (t.evidence_id.empty()) return &rec.updates;
  std::vector<std::string> ids;
  for (const Evidence& ev : rec.evidence) {
    if (ev.id == t.evidence_id)
      return t.action_id.empty()
                 ? &ev.updates
                 : action_updates(ev.actions, t, "evidence requirement " + ev.id, out);
    ids.push_back(ev.id);
  }
  out.refused(fmt::format("recommendation {} has no evidence requirement {}; {}", t.rec,
                          t.evidence_id, ids.empty() ? "it has none" : "it has " + and_list(ids)));
  return nullptr;
}

// "<file> already has errors; fix them first …", or, when some of the errors
// are in other files (which file is which recommendation), about the plan.
std::string heading_for(const EditOutcome& out, const char* what) {
  bool elsewhere = false;
  for (const Diagnostic& d : out.diagnostics.items()) elsewhere |= d.file != out.file;
  return elsewhere ? std::string(
                         "the plan has errors across its files that plan update checks "
                         "before it writes; fix them first ('plan validate' lists them "
                         "all), then run plan update again:")
                   : out.file + what +
                         "; fix them first ('plan validate' lists them all), then run plan "
                         "update again:";
}

// Reads the recommendation's file into out.old_text.
bool read_target(const std::string& dir, const TargetId& target, EditOutcome& out) {
  out.file = join_path(join_path(dir, "recommendations"), std::to_string(target.rec) + ".yaml");
  if (is_symlink(out.file)) {  // refused like plan validate does, and never followed
    out.refused(out.file + ": " + symlink_refusal + " [symlink]");
    return false;
  }
  if (!is_file(out.file)) {
    out.refused(unknown_recommendation(target, dir, out.file));
    out.file.clear();  // no file of ours to say is unchanged
    return false;
  }
  ReadResult read = read_file_to_edit(out.file, limits::max_file_bytes);
  if (!read.ok) return out.io_error(read.error);
  out.old_text = std::move(read.data);
  return true;
}

// The file as it is must pass plan validate's rules, and the request must fit
// it; every problem of both kinds is listed at once. Fills u.
bool check_before_edit(const LoadedPlan& loaded, const TargetId& target, const UpdateRequest& req,
                       Date today, EditOutcome& out, Update& u) {
  const Plan& plan = loaded.plan;
  Diagnostics ignored;
  check_in_plan(plan, loaded.diagnostics, out.file, out.old_text, today, out.diagnostics, ignored);
  Recommendation rec;
  load_recommendation_text(out.old_text, out.file, rec, ignored);
  bool file_ok = out.diagnostics.errors() == 0;
  if (!file_ok) {
    out.heading = heading_for(out, " already has errors");
    out.quoted_text = out.old_text;
  }
  // In a file that could not be read, a missing evidence requirement says nothing.
  static const std::vector<Update> none;
  const std::vector<Update>* existing = &none;
  if (file_ok)
    existing = existing_updates(rec, target, out);
  else if (target.evidence_id.empty() && target.action_id.empty())
    existing = &rec.updates;
  if (existing)
    for (std::string& p : check_update_request(req, plan, *existing, target, today, u))
      out.problems.push_back(std::move(p));
  if (out.problems.empty() && file_ok) return true;
  out.kind = EditOutcome::Kind::refused;
  return false;
}

// Makes the text edit and checks the new text by plan validate's rules.
bool edit_and_check(const LoadedPlan& loaded, const TargetId& target, const Update& u, Date today,
                    EditOutcome& out) {
  UpdateEdit edit =
      insert_entry(out.old_text, EntryPlace{target.evidence_id, target.action_id, "updates"},
                   [&u](int dash, int keys) { return yaml_update_entry(u, dash, keys); });
  if (!edit.ok)
    return out.refused(edit.error_line > 0
                           ? fmt::format("{}:{}: {}", out.file, edit.error_line, edit.error)
                           : out.file + ": " + edit.error);
  out.new_text = std::move(edit.text);
  out.first_line = edit.first_line;
  out.last_line = edit.last_line;
  return check_new_lines(loaded, today, "update", out);
}

}  // namespace

EditOutcome record_update(const std::string& dir, const UpdateRequest& req, Date today,
                          const EditOptions& opt) {
  EditOutcome out;
  std::optional<TargetId> target = parse_target_id(req.id);
  if (!target) {
    out.refused(
        fmt::format("'{}' is not a recommendation, evidence or action id; give a number such "
                    "as 23, an evidence id such as 23.1, or an action id such as 23a",
                    req.id));
    return out;
  }
  LoadedPlan loaded;
  Update u;
  // The whole plan, as plan validate reads it: a duplicate 07.yaml, two files
  // with one id or a file that is not loaded show only across files.
  if (!open_plan_for_edit(dir, opt.lock_wait_ms, today, out, loaded) ||
      !read_target(dir, *target, out) || !check_before_edit(loaded, *target, req, today, out, u) ||
      !edit_and_check(loaded, *target, u, today, out))
    return out;
  out.summary = update_summary(*target, u);
  out.details = u.note;
  write_outcome(out, false, opt);
  return out;
}

}  // namespace plan
