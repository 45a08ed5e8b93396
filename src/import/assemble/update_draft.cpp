#include "import/assemble/update_draft.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "import/assemble/row_record.h"
#include "model/category.h"
#include "model/status_words.h"
#include "util/suggest.h"

namespace plan {

void set_update_date(UpdateDraft& draft, const WrittenDate& date) {
  draft.has_date = true;
  draft.date_readable = date.value || date.month;
  draft.update.date.value = date.value;
  draft.update.date.month = date.month;
  draft.update.date.text = date.value   ? format_iso(*date.value)
                           : date.month ? format_iso(*date.month)
                                        : std::string(date.text);
}

namespace {

bool same_ignoring_case(const std::string& a, const std::string& b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::tolower(x) == std::tolower(y);
         });
}

void read_date(UpdateDraft& draft, std::string_view text, std::vector<DraftWarning>& warnings) {
  draft.has_date = true;
  auto date = parse_uk_date(text);
  if (!date) {
    warnings.push_back({"import-date", fmt::format("cannot read the date '{}'; write it "
                                                   "day/month/year, such as 11/11/2024, or, "
                                                   "when the page gives only the month, as "
                                                   "Nov-24 or November 2024",
                                                   text)});
  } else if (!date->value && !date->month) {
    warnings.push_back(
        {"import-date",
         fmt::format("'{}' is not a real date (dates here are day/month/year)", text)});
  } else {
    set_update_date(draft, *date);
  }
}

void read_status(UpdateDraft& draft, std::string_view text, std::vector<std::string>& statuses,
                 std::vector<std::string>& seen, std::vector<DraftWarning>& warnings) {
  draft.has_status = true;
  StatusValue value = parse_status_value(text);
  if (value.percent_out_of_range)
    warnings.push_back({"import-status",
                        "the percentage is over 100, so it was left out; percentages run from 0 "
                        "to 100"});
  draft.update.percent = value.percent;
  // "Status: 40%", "Amber (60%)": a plan holds a percentage beside a status
  // word, and none is made up for it.
  std::string colour = cell_rag_colour(value.status);
  if (value.percent && (value.status.empty() || !colour.empty())) {
    warnings.push_back({"import-status", percent_without_status(trim_line(text), *value.percent)});
    draft.update.percent.reset();
  }
  if (value.status.empty()) return;
  // "RAG status: Green", "Status: Amber": a colour is the update's RAG
  // rating, never a status (docs/force-plan.md).
  if (!colour.empty()) {
    draft.update.rag = colour;
    return;
  }
  // "Green - Complete", "Complete (Green)": the colour is the RAG, the rest the status.
  if (RagAndStatus both = split_rag_status(value.status); !both.colour.empty()) {
    draft.update.rag = both.colour;
    value.status = std::string(both.status);
  }
  for (const std::string& known : seen)
    if (same_ignoring_case(known, value.status)) {
      if (known != value.status)
        warnings.push_back(
            {"import-status",
             fmt::format("status '{}' is written '{}', as the page spells it on an earlier "
                         "line, so that both are one status",
                         value.status, known)});
      draft.update.status = known;
      return;
    }
  seen.push_back(value.status);
  for (std::string& known : statuses)
    if (same_ignoring_case(known, value.status)) {
      known = value.status;  // the page's spelling of a default status
      draft.update.status = known;
      return;
    }
  // Added before the last status, which means done: an unknown word is not taken to mean done.
  if (std::optional<Category> means = status_word_meaning(value.status))
    warnings.push_back({"import-status",
                        fmt::format("status '{}' is not one of {}; it was added to the statuses in "
                                    "plan.yaml, meaning {} as its word says",
                                    value.status, quoted_list(statuses), category_label(*means))});
  else
    warnings.push_back(
        {"import-status",
         fmt::format(
             "status '{}' is not one of {}; it was added to the statuses in plan.yaml "
             "before '{}', but its word does not say what it means: declare it there "
             "(such as {{name: {}, means: {}}})",
             value.status, quoted_list(statuses), statuses.back(), value.status,
             // "Complete – BAU": its first word's meaning, for the analyst to confirm
             category_name(leading_word_meaning(value.status).value_or(Category::in_progress)))});
  statuses.insert(statuses.end() - 1, value.status);
  draft.update.status = value.status;
}

}  // namespace

bool UpdateDraft::repeats(const LineShape& line) const {
  LineKind kind = line.kind;
  if (kind == LineKind::dated_update) return has_note || has_date || has_status;
  // "Status: In progress" then "RAG: Amber": the colour is the same
  // update's RAG; only a second colour or a second status word repeats.
  if (kind == LineKind::update_status && has_status) {
    bool colour = !cell_rag_colour(trim_line(line.text)).empty();
    return colour ? !update.rag.empty() : !update.status.empty() || update.rag.empty();
  }
  return (kind == LineKind::update_note && has_note) || (kind == LineKind::update_date && has_date);
}

std::string UpdateDraft::missing() const {
  if (!has_date) return "it has no 'Date:' line";
  if (!date_readable) return "its date could not be read";
  // An update with no status (the force published text only) is kept as a
  // dated note; one with neither says nothing.
  if (update.status.empty() && update.note.empty()) return "it has neither a status nor a note";
  return "";
}

std::vector<DraftWarning> read_update_line(UpdateDraft& draft, const LineShape& shape,
                                           std::vector<std::string>& statuses,
                                           std::vector<std::string>& seen) {
  std::vector<DraftWarning> warnings;
  draft.note_open = shape.kind == LineKind::update_note;
  if (shape.kind == LineKind::update_note) {
    draft.has_note = true;
    draft.update.note = std::string(shape.text);
  } else if (shape.kind == LineKind::update_date) {
    read_date(draft, shape.text, warnings);
  } else if (shape.kind == LineKind::update_status) {
    read_status(draft, shape.text, statuses, seen, warnings);
  } else if (shape.kind == LineKind::dated_update) {
    draft.has_note = true;
    draft.update.note = std::string(shape.text);
    set_update_date(draft, *shape.date);
    if (!shape.status.empty()) read_status(draft, shape.status, statuses, seen, warnings);
    draft.note_open = shape.status.empty();
  }
  return warnings;
}

std::string percent_without_status(std::string_view as_written, int percent) {
  const char* word = percent == 0 ? "Not started" : percent == 100 ? "Complete" : "In progress";
  return fmt::format(
      "the percentage in '{}' was not imported: a plan holds a percentage beside a "
      "status word, and the page gives none; add the status (such as '{} {}%') to "
      "the update",
      as_written, word, percent);
}

}  // namespace plan
