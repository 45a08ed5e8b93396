// The assembler's updates read from lines: closed, dated (or refused for
// want of a date) and held until their recommendation knows its requirements.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "import/assemble/importer.h"
#include "import/fields/paragraphs.h"
#include "util/ascii_case.h"

namespace plan::assembly {

// A page that gives its updates newest first ("Updates (newest first)",
// a log with the latest row on top): a plan holds them oldest first. Only
// updates all dated to the day are put in order; the analyst is told.
std::optional<Month> month_of(const DateField& date) {
  return date.value ? std::optional<Month>(date.value->year() / date.value->month()) : date.month;
}

void Importer::oldest_first(int id, std::vector<Update>& updates) {
  // By month, then day: "June 2025" and "14/01/2025" order as well as two days do.
  auto day_of = [](const Update& u) { return u.date.value ? unsigned(u.date.value->day()) : 0u; };
  bool dated = std::all_of(updates.begin(), updates.end(),
                           [&](const Update& u) { return month_of(u.date).has_value(); });
  auto by_day = [&](const Update& a, const Update& b) {
    return std::pair(*month_of(a.date), day_of(a)) < std::pair(*month_of(b.date), day_of(b));
  };
  if (!dated || std::is_sorted(updates.begin(), updates.end(), by_day)) return;
  std::stable_sort(updates.begin(), updates.end(), by_day);
  result_.notes.push_back(fmt::format(
      "recommendation {}: the page gives its updates newest first; they are written oldest "
      "first, as a plan holds them",
      id));
}

void Importer::close_update() {
  if (!update_) return;
  UpdateDraft draft = std::move(*update_);
  update_.reset();
  if (!draft.has_date && !draft.update.status.empty() && options_.undated_updates_as_of)
    date_as_given(draft);
  std::string missing = draft.missing();
  if (missing.empty()) {
    record_update(draft);
    return;
  }
  // A note with no status (a response, "Update (21/11/2024): …"): none is
  // made up, so it waits for the recommendation's next update to keep it.
  if (draft.update.status.empty() && draft.has_note && (!draft.has_date || draft.date_readable)) {
    held_.push_back(std::move(draft));
    return;
  }
  refuse_update(draft, missing);
}

void Importer::refuse_update(const UpdateDraft& draft, const std::string& missing) {
  std::string hint = draft.has_date || draft.update.status.empty()
                         ? ""
                         : "; if the page gives its updates as of one date, give it with "
                           "--undated-updates-as-of YYYY-MM-DD";
  unplaced_range(
      draft.first_line, draft.last_line,
      fmt::format("the update on {}: {}; every update needs a date, and a status or a note{}",
                  lines_at(draft.first_line, draft.last_line), missing, hint));
}

void Importer::date_as_given(UpdateDraft& draft) {
  std::string iso = format_iso(*options_.undated_updates_as_of);
  set_update_date(draft, WrittenDate{iso, options_.undated_updates_as_of, std::nullopt});
  result_.notes.push_back(
      fmt::format("line {}: the update gives no date; dated {} as --undated-updates-as-of says",
                  at(draft.first_line), iso));
}

// Held notes with no status open the note of the update that has one.
std::string Importer::held_notes_before(const UpdateDraft& draft) {
  std::string out;
  for (const UpdateDraft& h : held_) {
    const DateField& d = h.update.date;
    std::string when = d.value ? format_long(*d.value) : d.month ? format_long(*d.month) : "";
    append_paragraph(
        out, when.empty() ? fmt::format("Response, with no date or status given: {}", h.update.note)
                          : fmt::format("Earlier update, {}, with no status given: {}", when,
                                        h.update.note));
    for (int l = h.first_line; l <= h.last_line; ++l)
      if (size_t(l) <= account().lines.size() &&
          account().lines[size_t(l - 1)].fate == LineFate::taken)
        account().lines[size_t(l - 1)].what += fmt::format(
            "; no status, so kept in the note of the update on line {}", at(draft.first_line));
  }
  held_.clear();
  return out;
}

void Importer::record_update(UpdateDraft& draft) {
  if (!held_.empty()) {
    std::string before = held_notes_before(draft);
    draft.update.note = draft.update.note.empty() ? before : before + "\n\n" + draft.update.note;
  }
  draft.update.pos = {draft.first_line, 1};
  Recommendation& rec = block_->rec;
  // A bare id ("28.1") is the seed's way of listing a requirement, and a
  // list under "Evidence requirements" another: the updates after it are
  // the recommendation's.
  int evidence = rec.evidence.empty() || rec.evidence.back().text.empty() ||
                         listed_evidence_.count(rec.evidence.back().id_pos.line)
                     ? -1
                     : int(rec.evidence.size()) - 1;
  block_->line_updates.push_back({rec.updates.size(), evidence, draft.first_line, draft.last_line,
                                  block_->owner_since_evidence});
  rec.updates.push_back(std::move(draft.update));
}

// Notes still held when the recommendation ends have no update to go in.
void Importer::refuse_held() {
  std::vector<UpdateDraft> held = std::move(held_);
  held_.clear();
  for (UpdateDraft& h : held) {
    // An undated note, when the analyst gives the date the page's updates
    // are as of: an update of that date, with no status (none is made up).
    if (!h.has_date && h.has_note && options_.undated_updates_as_of && block_) {
      date_as_given(h);
      record_update(h);
      continue;
    }
    refuse_update(h, h.has_date ? "it has no status, and no later update of this "
                                  "recommendation gives one to keep it in"
                                : "it has no date and no status, and no later update of this "
                                  "recommendation gives them");
  }
}

// "Recommendation 11 (Complete)": the heading's badge is the status of the
// recommendation's latest update when that gives none. With no update to
// carry it, it is dated as --undated-updates-as-of says, or not imported.
void Importer::give_heading_status(Recommendation& rec) {
  auto found = heading_statuses_.find(rec.id);
  if (found == heading_statuses_.end()) return;
  const auto& [badge, line] = found->second;
  UpdateDraft draft;
  draft.first_line = draft.last_line = line;
  Update* latest = nullptr;
  for (Update& u : rec.updates)
    if (!latest || !(u.date.text < latest->date.text)) latest = &u;
  if (latest) {
    if (!latest->status.empty() || !latest->rag.empty()) {
      std::string given = latest->status.empty() ? latest->rag : latest->status;
      if (!contains_ignoring_case(badge, given))
        warn("import-status", line,
             fmt::format("recommendation {}'s heading says '{}', its latest update ({}) '{}'; "
                         "the update's status is kept: check which is right",
                         rec.id, badge, latest->date.text, given));
      return;
    }
    draft.update = *latest;
    draft.has_date = draft.has_note = true;
  } else if (std::any_of(rec.evidence.begin(), rec.evidence.end(),
                         [](const Evidence& e) { return !e.updates.empty(); })) {
    result_.notes.push_back(
        fmt::format("line {}: recommendation {}'s heading says '{}'; its updates are its evidence "
                    "requirements', which keep their own statuses",
                    at(line), rec.id, badge));
    return;
  } else if (options_.undated_updates_as_of) {
    date_as_given(draft);
  } else {
    unplaced(line, fmt::format("recommendation {}'s heading gives its status '{}', but no update "
                               "of it has a date to carry it; give the date the page's statuses "
                               "are as of with --undated-updates-as-of YYYY-MM-DD",
                               rec.id, badge));
    return;
  }
  LineShape shape;
  shape.kind = LineKind::update_status;
  shape.text = badge;
  for (DraftWarning& w : read_update_line(draft, shape, result_.plan.statuses, statuses_seen_))
    warn(w.rule, line, w.message);
  if (latest)
    *latest = draft.update;
  else
    rec.updates.push_back(draft.update);
}

}  // namespace plan::assembly
