#include "edit/new_recommendation.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "edit/update_request.h"
#include "text/force_plan_comment.h"
#include "text/yaml_write.h"
#include "util/files.h"
#include "util/platform.h"

namespace plan {
namespace {

// Checks what can be checked without the plan; fills rec.
void check_request(const NewRecommendation& req, Recommendation& rec, EditOutcome& out) {
  std::optional<TargetId> id = parse_target_id(req.id);
  if (!id || !id->evidence_id.empty())
    out.problems.push_back(
        fmt::format("'{}' is not a recommendation id; give a whole number such as 30", req.id));
  else
    rec.id = id->rec;
  auto deadline = parse_iso_date(req.deadline);
  if (!deadline || !deadline->ok())
    out.problems.push_back(fmt::format(
        "--deadline must be a real date written YYYY-MM-DD, such as 2025-06-30; got '{}'",
        req.deadline));
  else
    rec.deadline.value = deadline;
  rec.deadline.text = req.deadline;
  rec.owner = req.owner;
  rec.text = req.text;
}

bool make_folder(const std::string& folder, EditOutcome& out) {
  if (is_directory(folder)) return true;
  int err = os::make_folder(folder);
  if (err == 0) return true;
  return out.io_error("cannot create the folder '" + folder + "': " + os::error_text(err));
}

}  // namespace

EditOutcome create_recommendation(const std::string& dir, const NewRecommendation& req, Date today,
                                  const EditOptions& opt) {
  EditOutcome out;
  Recommendation rec;
  check_request(req, rec, out);
  if (!out.problems.empty()) {
    out.kind = EditOutcome::Kind::refused;
    return out;
  }
  LoadedPlan loaded;
  if (!open_plan_for_edit(dir, opt.lock_wait_ms, today, out, loaded)) return out;
  std::string folder = join_path(dir, "recommendations");
  out.file = join_path(folder, std::to_string(rec.id) + ".yaml");
  const auto& recs = loaded.plan.recommendations;
  auto same_id = std::find_if(recs.begin(), recs.end(),
                              [&](const Recommendation& r) { return r.id == rec.id; });
  if (is_file(out.file) || same_id != recs.end()) {
    std::string where = same_id != recs.end() ? same_id->file : out.file;
    out.refused(
        fmt::format("recommendation {} already exists ({}); to record progress on it, "
                    "use plan update {} --status …",
                    rec.id, where, rec.id));
    out.file.clear();  // nothing of ours to report on
    return out;
  }
  out.new_text = write_recommendation_file(rec) + force_plan_comment(rec.id);
  Diagnostics warnings;
  check_in_plan(loaded.plan, loaded.diagnostics, out.file, out.new_text, today, out.diagnostics,
                warnings);
  if (out.diagnostics.errors() > 0) {
    bool elsewhere = false;
    for (const Diagnostic& d : out.diagnostics.items()) elsewhere |= d.file != out.file;
    out.heading = elsewhere ? "the plan has errors across its files that plan new checks before it "
                              "writes; fix them first ('plan validate' lists them all), then run "
                              "plan new again:"
                            : "the new file would have errors, so it was not written:";
    out.quoted_text = out.new_text;
    out.kind = EditOutcome::Kind::refused;
    return out;
  }
  out.warnings = warnings;
  out.quoted_text = out.new_text;
  out.first_line = 1;
  out.last_line = int(std::count(out.new_text.begin(), out.new_text.end(), '\n'));
  out.summary =
      fmt::format("Recommendation {}: added, deadline {}", rec.id, format_iso(*rec.deadline.value));
  if (!opt.dry_run && !make_folder(folder, out)) return out;
  write_outcome(out, true, opt);
  return out;
}

}  // namespace plan
