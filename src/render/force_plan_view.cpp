#include "render/force_plan_view.h"

#include <algorithm>
#include <cctype>

#include "model/action_status.h"
#include "model/category.h"
#include "model/month.h"
#include "model/position.h"
#include "model/progress.h"
#include "util/ascii_case.h"

namespace plan {
namespace {

// "Partially accepted": a heading's words start with a capital.
std::string position_heading(Position p) {
  std::string words = position_words(p);
  if (!words.empty()) words[0] = char(std::toupper(static_cast<unsigned char>(words[0])));
  return words;
}

/// Public updates, newest first; the file's order on the same date.
std::vector<const Update*> newest_first(const std::vector<Update>& updates) {
  std::vector<const Update*> shown;
  for (const Update& u : updates)
    if (!u.internal) shown.push_back(&u);
  std::stable_sort(shown.begin(), shown.end(), [](const Update* a, const Update* b) {
    return sort_key(a->date) > sort_key(b->date);
  });
  return shown;
}

const char* state_of(Category c) {
  switch (c) {
    case Category::complete:
      return "complete";
    case Category::not_started:
      return "not-started";
    case Category::not_applicable:
      return "not-applicable";
    default:
      return "in-progress";
  }
}

}  // namespace

std::string anchor_part(const std::string& id) {
  std::string out;
  for (char c : id) {
    bool keep = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    out += keep ? c : '-';
  }
  return out;
}

DateView date_view_of(const DateField& d) {
  if (d.value && d.value->ok()) return {format_iso(*d.value), format_long(*d.value)};
  if (d.month) return {format_iso(*d.month), format_long(*d.month)};
  return {"", d.text};
}

std::string sort_key(const DateField& d) {
  if (d.month && !d.value) return format_iso(last_day(*d.month));
  return d.text;
}

std::string sort_key(const DateView& d) {
  if (std::optional<Month> m = parse_iso_month(d.iso)) return format_iso(last_day(*m));
  return d.iso;
}

std::optional<RagView> rag_view(const std::string& rag) {
  std::string key = ascii_lowered(rag);
  if (key == "red") return RagView{key, "Red"};
  if (key == "amber") return RagView{key, "Amber"};
  if (key == "green") return RagView{key, "Green"};
  if (key == "blue") return RagView{key, "Blue"};
  if (rag.empty()) return std::nullopt;
  return RagView{"other", rag};  // validate names it; the page shows it as written
}

std::optional<ResponseView> response_view(const Response& r) {
  if (!r.present()) return std::nullopt;
  ResponseView v;
  v.position = position_heading(r.position);
  // The force's own word, unless it only repeats the position.
  if (!r.label.empty() && ascii_lowered(r.label) != ascii_lowered(v.position)) v.label = r.label;
  if (r.date.present()) v.date = date_view_of(r.date);
  v.text = r.text;
  return v;
}

TargetView target_view(const Action& a) {
  TargetView t;
  const DateField& now = current_target(a);
  if (now.present()) t.current = date_view_of(now);
  t.note = a.target_note;
  // The history only when the target moved: the current one is shown already.
  if (!a.revisions.empty()) t.history = target_history(a);
  return t;
}

std::string action_anchor(const std::string& id) {
  return "action-" + anchor_part(id);
}

ActionView action_view(const Plan& plan, const Action& a, const std::string& evidence_id,
                       Date as_of) {
  ActionView v;
  v.id = a.id;
  v.anchor = action_anchor(a.id);
  v.evidence_id = evidence_id;
  v.text = a.text;
  v.lead = a.lead;
  v.target = target_view(a);
  std::vector<const Update*> shown = newest_first(a.updates);
  for (const Update* u : shown)
    v.updates.push_back(
        {date_view_of(u->date), update_status_label(*u), u->by, u->note, rag_view(u->rag)});
  if (!shown.empty()) v.updated = date_view_of(shown.front()->date);
  // The same reading of an action as show and export give (model/action_status.h).
  v.rag = rag_view(latest_rag(a.updates, /*include_internal=*/false));
  Progress p = action_progress(plan, a, /*include_internal=*/false);
  v.state = "no-update";
  if (!p.status.empty()) {
    v.status_label = status_label(plan, p);
    v.state = state_of(category_of(plan, p));
  }
  v.overdue = action_overdue(plan, a, as_of, /*include_internal=*/false);
  return v;
}

std::vector<ActionView> action_views(const Plan& plan, const Recommendation& rec, Date as_of) {
  std::vector<ActionView> out;
  for (const Action& a : rec.actions) out.push_back(action_view(plan, a, "", as_of));
  for (const Evidence& ev : rec.evidence)
    for (const Action& a : ev.actions) out.push_back(action_view(plan, a, ev.id, as_of));
  return out;
}

}  // namespace plan
