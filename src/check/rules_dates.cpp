// Rules on dates: real calendar dates, and deadline notes that must agree
// with the publication date. One function per rule.
#include <fmt/format.h>

#include <cctype>
#include <sstream>

#include "check/rules.h"
#include "diag/rule_table.h"
#include "model/clock.h"

namespace plan {
namespace {

const char* const number_words[] = {"zero",  "one",   "two",  "three", "four",   "five",  "six",
                                    "seven", "eight", "nine", "ten",   "eleven", "twelve"};

std::optional<int> number_of(std::string word) {
  for (char& c : word) c = char(std::tolower(static_cast<unsigned char>(c)));
  for (int i = 0; i <= 12; ++i)
    if (word == number_words[i]) return i;
  if (word.empty() || word.size() > 5) return std::nullopt;
  for (char c : word)
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
  return std::stoi(word);
}

int days_in_month(Date d) {
  return int(
      unsigned(std::chrono::year_month_day_last{d.year() / d.month() / std::chrono::last}.day()));
}

}  // namespace

std::optional<Date> date_from_note(const std::string& note, Date published) {
  std::istringstream in(note);
  std::string count_word, unit, from, what, extra;
  in >> count_word >> unit >> from >> what;
  if (!in || (in >> extra) || from != "from" || what != "publication") return std::nullopt;
  auto count = number_of(count_word);
  if (!count) return std::nullopt;
  if (unit.back() == 's') unit.pop_back();
  if (*count > 1000000) return std::nullopt;
  auto bounded = [](Date d) { return in_plan_range(d) ? std::optional<Date>(d) : std::nullopt; };
  if (unit == "day") return bounded(add_days(published, *count));
  if (unit == "week") return bounded(add_days(published, 7 * *count));
  if (unit == "month") return bounded(add_months(published, *count));
  std::optional<Date> implied;
  if (unit == "year" && *count <= 1000) implied = add_months(published, 12 * *count);
  if (!implied || !in_plan_range(*implied)) return std::nullopt;  // no such deadline to compare
  return implied;
}

namespace {

void check_date_format(const DateField& d, const char* key, const std::string& file,
                       Diagnostics& out) {
  // A date known only to the month (YYYY-MM) is a date too.
  if (!d.present() || d.value || d.month || parse_iso_date(d.text)) return;
  out.add(rule("date-format"), file, d.pos.line, d.pos.col,
          fmt::format("{} must be a date written YYYY-MM-DD, such as 2025-03-27; got '{}'", key,
                      d.text));
}

void check_date_real(const DateField& d, const char* key, const std::string& file,
                     Diagnostics& out) {
  if (!d.present() || d.value) return;
  auto parsed = parse_iso_date(d.text);
  if (!parsed) return;  // check_date_format's
  std::string why;
  if (!parsed->month().ok())
    why = "there is no month " + std::to_string(unsigned(parsed->month()));
  else
    why =
        fmt::format("{} {} has {} days", month_name(unsigned(parsed->month())), int(parsed->year()),
                    days_in_month(Date{parsed->year(), parsed->month(), std::chrono::day{1}}));
  out.add(rule("date-invalid"), file, d.pos.line, d.pos.col,
          fmt::format("{} {} is not a real date: {}", key, d.text, why));
}

}  // namespace

void check_date_range(const DateField& d, const char* key, const std::string& file,
                      Diagnostics& out) {
  if (!d.value || in_plan_range(*d.value)) return;
  out.add(rule("date-range"), file, d.pos.line, d.pos.col,
          fmt::format("{} {} is outside the years {}-{} that a plan's dates can have", key, d.text,
                      min_plan_year, max_plan_year),
          "check the year");
}

void check_date_field(const DateField& d, const char* key, const std::string& file,
                      Diagnostics& out) {
  check_date_format(d, key, file, out);
  check_date_real(d, key, file, out);
  check_date_range(d, key, file, out);
}

void check_timezone(const Plan& plan, Diagnostics& out) {
  if (plan.timezone.empty() || known_time_zone(plan.timezone)) return;
  out.add(rule("timezone"), plan.file, plan.timezone_pos.line, plan.timezone_pos.col,
          fmt::format("'{}' is not a time zone this system knows", plan.timezone),
          "write an IANA name such as Europe/London (or UTC), as listed under "
          "/usr/share/zoneinfo; without it, today is the date in UTC");
}

namespace {

void check_note(const Plan& plan, const std::string& file, const DateField& deadline,
                const std::string& note, Diagnostics& out) {
  if (note.empty() || !deadline.value || !plan.published.value) return;
  auto implied = date_from_note(note, *plan.published.value);
  if (!implied || *implied == *deadline.value) return;
  out.add(rule("deadline-note"), file, deadline.pos.line, deadline.pos.col,
          fmt::format("deadline {} does not agree with its note '{}': {} after publication on "
                      "{} is {}",
                      format_long(*deadline.value), note, note.substr(0, note.find(" from")),
                      format_long(*plan.published.value), format_long(*implied)),
          "check which one the source meant");
}

}  // namespace

void check_dates(const Plan& plan, const Recommendation& rec, Diagnostics& out) {
  check_date_field(rec.deadline, "deadline", rec.file, out);
  check_note(plan, rec.file, rec.deadline, rec.deadline_note, out);
  for (const Milestone& m : rec.milestones) {
    check_date_field(m.deadline, "deadline", rec.file, out);
    check_note(plan, rec.file, m.deadline, m.deadline_note, out);
  }
}

}  // namespace plan
