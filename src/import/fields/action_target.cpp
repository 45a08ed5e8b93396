#include "import/fields/action_target.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "import/fields/line_patterns.h"
#include "import/fields/uk_date.h"

namespace plan {
namespace {

DateField date_field(const WrittenDate& d, int line) {
  DateField f;
  f.value = d.value;
  f.month = d.month;
  f.text = d.value ? format_iso(*d.value) : d.month ? format_iso(*d.month) : std::string(d.text);
  f.pos = {line, 1};
  return f;
}

struct Found {
  WrittenDate date;
  size_t at = 0;  // where in the cell
};

// Every date of the cell, in order.
std::vector<Found> dates_in(std::string_view cell) {
  std::vector<Found> out;
  size_t from = 0;
  while (from < cell.size()) {
    std::string_view rest = cell.substr(from);
    auto d = find_uk_date(rest);
    if (!d || d->text.empty()) break;
    size_t at = from + size_t(d->text.data() - rest.data());
    out.push_back({*d, at});
    from = at + d->text.size();
  }
  return out;
}

bool has_word_before(std::string_view cell, size_t at, std::string_view word) {
  std::string lower(cell.substr(0, at));
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  size_t w = lower.rfind(word);
  return w != std::string::npos && lower.find_first_of("0123456789", w) == std::string::npos;
}

}  // namespace

TargetReading read_action_target(Action& action, std::string_view cell, int line) {
  TargetReading reading;
  cell = trim_line(cell);
  if (cell.empty()) return reading;
  std::vector<Found> dates = dates_in(cell);
  if (dates.empty()) {
    action.target_note = std::string(cell);  // "Ongoing", "Quarterly", "TBC"
    action.target_note_pos = {line, 1};
    return reading;
  }
  // "30/06/2025 (was 31/03/2025)": the date after "was" is the first target.
  for (size_t i = 1; i < dates.size(); ++i)
    for (std::string_view w : {"was", "originally", "previously", "from"})
      if (has_word_before(cell, dates[i].at, w)) {
        std::rotate(dates.begin(), dates.begin() + long(i), dates.begin() + long(i) + 1);
        break;
      }
  for (const Found& f : dates)
    if (!f.date.value && !f.date.month) {
      reading.unreadable = std::string(f.date.text);
      action.target_note = std::string(cell);  // kept as written, said so
      action.target_note_pos = {line, 1};
      return reading;
    }
  action.target = date_field(dates.front().date, line);
  for (size_t i = 1; i < dates.size(); ++i) {
    TargetRevision r;
    r.pos = {line, 1};
    r.target = date_field(dates[i].date, line);
    action.revisions.push_back(std::move(r));
  }
  reading.revised = dates.size() > 1;
  return reading;
}

std::string action_id(const std::string& parent, size_t index) {
  std::string letters;
  for (size_t n = index + 1; n > 0; n = (n - 1) / 26)
    letters.insert(letters.begin(), char('a' + (n - 1) % 26));
  return parent + letters;
}

void number_actions(Recommendation& rec) {
  for (size_t i = 0; i < rec.actions.size(); ++i)
    rec.actions[i].id = action_id(std::to_string(rec.id), i);
  for (Evidence& ev : rec.evidence)
    for (size_t i = 0; i < ev.actions.size(); ++i) ev.actions[i].id = action_id(ev.id, i);
}

}  // namespace plan
