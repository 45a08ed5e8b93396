#include "edit/record_action.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>

#include "check/load_checked.h"
#include "edit/insert_update.h"
#include "edit/update_request.h"
#include "load/limits.h"
#include "model/action_status.h"
#include "text/yaml_write.h"
#include "util/files.h"
#include "util/plural.h"

namespace plan {
namespace {

// The new lines for a recommendation file, or a refusal already in out.
struct Edit {
  bool ok = false;
  std::string text;
  int first_line = 0;
  int last_line = 0;
};
using MakeEdit = std::function<Edit(const Plan&, const Recommendation&, EditOutcome&)>;

// What every command here shares with plan update: the lock, the plan and
// the file checked before, the edit, the new text checked by the same rules.
EditOutcome edit_recommendation(const std::string& dir, int rec_id, Date today,
                                const EditOptions& opt, const MakeEdit& make) {
  EditOutcome out;
  LoadedPlan loaded;
  if (!open_plan_for_edit(dir, opt.lock_wait_ms, today, out, loaded)) return out;
  out.file = join_path(join_path(dir, "recommendations"), std::to_string(rec_id) + ".yaml");
  if (is_symlink(out.file)) {
    out.refused(out.file + ": " + symlink_refusal + " [symlink]");
    return out;
  }
  if (!is_file(out.file)) {
    out.refused(fmt::format("there is no recommendation {} (no file {})", rec_id, out.file));
    out.file.clear();
    return out;
  }
  ReadResult read = read_file(out.file, limits::max_file_bytes, true);
  if (!read.ok) {
    out.io_error(read.error);
    return out;
  }
  out.old_text = std::move(read.data);
  Diagnostics ignored;
  check_in_plan(loaded.plan, loaded.diagnostics, out.file, out.old_text, today, out.diagnostics,
                ignored);
  if (out.diagnostics.errors() > 0) {
    out.heading = out.file +
                  " already has errors; fix them first ('plan validate' lists them "
                  "all), then run again:";
    out.quoted_text = out.old_text;
    out.kind = EditOutcome::Kind::refused;
    return out;
  }
  Recommendation rec;
  load_recommendation_text(out.old_text, out.file, rec, ignored);
  Edit e = make(loaded.plan, rec, out);
  if (!e.ok) {
    out.kind = EditOutcome::Kind::refused;
    return out;
  }
  out.new_text = std::move(e.text);
  out.first_line = e.first_line;
  out.last_line = e.last_line;
  if (check_new_lines(loaded, today, "change", out)) write_outcome(out, false, opt);
  return out;
}

Edit from_entry(const UpdateEdit& u, const std::string& file, EditOutcome& out) {
  if (!u.ok) {
    out.refused(u.error_line > 0 ? fmt::format("{}:{}: {}", file, u.error_line, u.error)
                                 : file + ": " + u.error);
    return {};
  }
  return {true, u.text, u.first_line, u.last_line};
}

// A date the command line gave (checked already): YYYY-MM-DD or YYYY-MM.
DateField date_field(const std::string& text) {
  DateField d;
  d.text = text;
  d.value = parse_iso_date(text);
  d.month = parse_iso_month(text);
  return d;
}

// Where an action is in a file: its parent's evidence id ("" for the recommendation).
const Action* find_action(const Recommendation& rec, const std::string& id,
                          std::string& evidence_id) {
  for (const Action& a : rec.actions)
    if (a.id == id) return &a;
  for (const Evidence& ev : rec.evidence)
    for (const Action& a : ev.actions)
      if (a.id == id) {
        evidence_id = ev.id;
        return &a;
      }
  return nullptr;
}

std::string known_actions(const Recommendation& rec) {
  std::vector<std::string> ids;
  for (const Action& a : rec.actions) ids.push_back(a.id);
  for (const Evidence& ev : rec.evidence)
    for (const Action& a : ev.actions) ids.push_back(a.id);
  return ids.empty() ? "it has none (plan action add gives it one)" : "it has " + and_list(ids);
}

}  // namespace

std::string typed_plan_date(const std::string& typed, const std::string& option,
                            std::string& problem) {
  if (auto d = parse_iso_date(typed); d && d->ok() && in_plan_range(*d)) return format_iso(*d);
  if (auto m = parse_iso_month(typed);
      m && int(m->year()) >= min_plan_year && int(m->year()) <= max_plan_year)
    return format_iso(*m);
  problem = fmt::format(
      "{} must be a date written YYYY-MM-DD, or YYYY-MM when only the month is "
      "known, such as 2025-03-31 or 2025-03; got '{}'",
      option, typed);
  return "";
}

EditOutcome add_action(const std::string& dir, const AddActionRequest& req, Date today,
                       const EditOptions& opt) {
  std::optional<TargetId> parent = parse_target_id(req.parent);
  if (!parent || !parent->action_id.empty()) {
    EditOutcome out;
    out.refused(
        fmt::format("'{}' is not a recommendation or evidence id; give a number such as "
                    "7, or an evidence id such as 7.1",
                    req.parent));
    return out;
  }
  EditOutcome out = edit_recommendation(
      dir, parent->rec, today, opt, [&](const Plan&, const Recommendation& rec, EditOutcome& o) {
        const std::vector<Action>* siblings = &rec.actions;
        if (!parent->evidence_id.empty()) {
          siblings = nullptr;
          for (const Evidence& ev : rec.evidence)
            if (ev.id == parent->evidence_id) siblings = &ev.actions;
          if (!siblings) {
            o.refused(fmt::format("recommendation {} has no evidence requirement {}", rec.id,
                                  parent->evidence_id));
            return Edit{};
          }
        }
        std::string parent_id =
            parent->evidence_id.empty() ? std::to_string(rec.id) : parent->evidence_id;
        // Ids are unique across the file: 7a under the recommendation, 7.1a under 7.1.
        std::vector<Action> taken = *siblings;
        std::string id = next_action_id(parent_id, taken);
        o.summary = fmt::format(
            "Action {} added: {}", id,
            req.text.size() > 60 ? fmt::format("{}...", req.text.substr(0, 57)) : req.text);
        o.details = req.text;
        return from_entry(insert_entry(o.old_text, EntryPlace{parent->evidence_id, "", "actions"},
                                       [&](int dash, int keys) {
                                         Action a;
                                         a.id = id;
                                         a.text = req.text;
                                         a.lead = req.lead;
                                         a.target = date_field(req.target);
                                         a.target_note = req.target_note;
                                         return yaml_action_entry(a, dash, keys);
                                       }),
                          o.file, o);
      });
  return out;
}

EditOutcome retarget_action(const std::string& dir, const RetargetRequest& req, Date today,
                            const EditOptions& opt) {
  std::optional<TargetId> t = parse_target_id(req.action);
  if (!t || t->action_id.empty()) {
    EditOutcome out;
    out.refused(fmt::format("'{}' is not an action id; give one such as 7a or 7.1a", req.action));
    return out;
  }
  std::string decided = req.decided.empty() ? format_iso(today) : req.decided;
  return edit_recommendation(
      dir, t->rec, today, opt, [&](const Plan&, const Recommendation& rec, EditOutcome& o) {
        std::string evidence_id;
        const Action* a = find_action(rec, t->action_id, evidence_id);
        if (!a) {
          o.refused(fmt::format("recommendation {} has no action {}; {}", rec.id, t->action_id,
                                known_actions(rec)));
          return Edit{};
        }
        const DateField& now = current_target(*a);
        if (now.text == req.to) {
          o.refused(fmt::format("action {}'s target is {} already", a->id, long_date_text(now)));
          return Edit{};
        }
        o.summary = fmt::format("Action {}: target moved to {}", a->id, req.to);
        o.details = fmt::format("From {} to {}, decided {}: {}",
                                now.present() ? now.text : std::string("no date"), req.to, decided,
                                req.reason);
        return from_entry(insert_entry(o.old_text, EntryPlace{evidence_id, a->id, "revisions"},
                                       [&](int dash, int keys) {
                                         TargetRevision r;
                                         r.target = date_field(req.to);
                                         r.decided = date_field(decided);
                                         r.reason = req.reason;
                                         return yaml_revision_entry(r, dash, keys);
                                       }),
                          o.file, o);
      });
}

EditOutcome record_response(const std::string& dir, const ResponseRequest& req, Date today,
                            const EditOptions& opt) {
  return edit_recommendation(
      dir, req.rec, today, opt, [&](const Plan&, const Recommendation& rec, EditOutcome& o) {
        if (rec.response.present()) {
          o.refused(
              fmt::format("recommendation {} has a response already (line {}); a response "
                          "is the force's published word, so change it by hand if it "
                          "really changed",
                          rec.id, rec.response.pos.line));
          return Edit{};
        }
        // A new top-level key at the end of the file: every other line stays as it was.
        std::string block = "response:\n  position: " + req.position + "\n";
        if (!req.label.empty()) block += yaml_text_field("label", req.label, 2);
        if (!req.date.empty()) block += "  date: " + req.date + "\n";
        if (!req.text.empty()) block += yaml_text_field("text", req.text, 2, TextStyle::prose);
        std::string eol = o.old_text.find("\r\n") != std::string::npos ? "\r\n" : "\n";
        std::string lines;
        for (char c : block) lines += c == '\n' ? eol : std::string(1, c);
        Edit e;
        e.ok = true;
        bool ended = !o.old_text.empty() && o.old_text.back() == '\n';
        e.text = o.old_text + (ended ? "" : eol) + lines;
        int old_lines = 0;
        for (char c : o.old_text) old_lines += c == '\n' ? 1 : 0;
        e.first_line = old_lines + (ended ? 1 : 2);
        int added = 0;
        for (char c : block) added += c == '\n' ? 1 : 0;
        e.last_line = e.first_line + added - 1;
        // The old keys must read as they did (a block scalar left open at the end would not).
        Recommendation after;
        Diagnostics ignored;
        load_recommendation_text(e.text, o.file, after, ignored);
        if (after.text != rec.text || after.updates.size() != rec.updates.size() ||
            after.response.position_text != req.position) {
          o.refused(o.file +
                    ": the response cannot be added at the end of this file without "
                    "changing how the rest reads; add it by hand");
          return Edit{};
        }
        o.summary = fmt::format("Recommendation {}: response recorded ({})", rec.id,
                                req.label.empty() ? req.position : req.label);
        o.details = req.text;
        return e;
      });
}

}  // namespace plan
