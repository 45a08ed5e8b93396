#include "import/fields/uk_date.h"

#include <array>
#include <cctype>

namespace plan {
namespace {

// Full names first, so "March" is not read as "Mar" followed by "ch".
std::optional<unsigned> read_month(TextCursor& c) {
  static const std::array<const char*, 12> abbreviations = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (unsigned m = 1; m <= 12; ++m) {
    size_t start = c.at;
    if (c.take_ci(month_name(m)) && c.at_word_end()) return m;
    c.at = start;
  }
  for (unsigned m = 1; m <= 12; ++m) {
    size_t start = c.at;
    if (m == 9 && c.take_ci("Sept") && (c.take('.') || c.at_word_end())) return m;
    c.at = start;
    if (c.take_ci(abbreviations[m - 1]) && (c.take('.') || c.at_word_end())) return m;
    c.at = start;
  }
  return std::nullopt;
}

std::optional<Date> make_date(int year, unsigned month, int day) {
  Date d{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{unsigned(day)}};
  if (!d.ok()) return std::nullopt;
  return d;
}

// "27/03/2025", "27/03/25", "27.03.25", "27-03-2025", "27–03–2025": day, month, year with
// the same separator twice; a two-digit year is this century's.
bool read_numeric(TextCursor& c, int& day, unsigned& month, int& year) {
  auto d = c.take_number(2);
  if (!d) return false;
  // The separator: '/', '.', '-', or an en dash (a word processor's "27–03–2025").
  std::string_view sep = c.text.substr(c.at, 1);
  if (c.text.substr(c.at, 3) == "\xE2\x80\x93")
    sep = c.text.substr(c.at, 3);
  else if (sep != "/" && sep != "." && sep != "-")
    return false;
  c.at += sep.size();
  auto m = c.take_number(2);
  if (!m || c.text.substr(c.at, sep.size()) != sep) return false;
  c.at += sep.size();
  size_t year_start = c.at;
  auto y = c.take_number(4);
  if (!y) return false;
  size_t digits = c.at - year_start;
  if (digits == 2)
    *y += 2000;
  else if (digits != 4 || *y < 1000)
    return false;
  day = *d, month = unsigned(*m), year = *y;
  return true;
}

// A day's name before its date ("Tuesday 4 February 2025", "Tue, 4 Feb"):
// passed over when a day's number follows it.
void skip_weekday(TextCursor& c) {
  static const std::array<const char*, 17> names = {
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mon", "Tues",
      "Tue",    "Wed",     "Thurs",     "Thur",     "Thu",    "Fri",      "Sat",    "Sun"};
  for (const char* name : names) {
    TextCursor t = c;
    if (!t.take_ci(name) || !t.at_word_end()) continue;
    if (!t.take(',')) t.take('.');
    if (t.skip_spaces() && !t.done() && std::isdigit(static_cast<unsigned char>(t.peek()))) c = t;
    return;
  }
}

// "27 March 2025", "27th March 2025", and a spreadsheet's "31-Jan-25" and
// "31-Jan-2025" (a two-digit year only between dashes, where it cannot be a
// number in a sentence).
bool read_long(TextCursor& c, int& day, unsigned& month, int& year) {
  auto d = c.take_number(2);
  if (!d) return false;
  bool dashed = c.take('-');
  if (!dashed) {
    for (const char* suffix : {"st", "nd", "rd", "th"})
      if (c.take_ci(suffix)) break;
    if (!c.skip_spaces()) return false;
  }
  auto m = read_month(c);
  if (!m) return false;
  if (dashed ? !c.take('-') : (c.take(','), !c.skip_spaces())) return false;
  size_t year_start = c.at;
  auto y = c.take_number(4);
  if (!y) return false;
  size_t digits = c.at - year_start;
  if (digits == 2 && dashed)
    *y += 2000;
  else if (digits != 4 || *y < 1000)
    return false;
  day = *d, month = *m, year = *y;
  return true;
}

// "January 31, 2025", "March 4th 2025": the month's name first, as some
// sites and spreadsheets write it; the name makes it unambiguous.
bool read_month_first(TextCursor& c, int& day, unsigned& month, int& year) {
  auto m = read_month(c);
  if (!m || !c.skip_spaces()) return false;
  auto d = c.take_number(2);
  if (!d) return false;
  for (const char* suffix : {"st", "nd", "rd", "th"})
    if (c.take_ci(suffix)) break;
  c.take(',');
  if (!c.skip_spaces()) return false;
  size_t year_start = c.at;
  auto y = c.take_number(4);
  if (!y || c.at - year_start != 4 || *y < 1000) return false;
  day = *d, month = *m, year = *y;
  return true;
}

}  // namespace

std::optional<WrittenDate> read_uk_date(TextCursor& cursor) {
  size_t start = cursor.at;
  int day = 0, year = 0;
  unsigned month = 0;
  TextCursor c = cursor;
  skip_weekday(c);
  TextCursor from = c;
  bool shaped = read_numeric(c, day, month, year);
  if (!shaped) {
    c = from;
    shaped = read_long(c, day, month, year);
  }
  if (!shaped) {
    c = from;
    shaped = read_month_first(c, day, month, year);
  }
  if (!shaped || !c.at_word_end()) return std::nullopt;
  cursor = c;
  return WrittenDate{cursor.text.substr(start, cursor.at - start), make_date(year, month, day),
                     std::nullopt};
}

std::optional<WrittenDate> read_month_year(TextCursor& cursor) {
  TextCursor c = cursor;
  size_t start = c.at;
  auto m = read_month(c);
  if (!m) return std::nullopt;
  bool dash = c.take_dash();
  if (!dash && !c.skip_spaces()) return std::nullopt;
  size_t year_start = c.at;
  auto y = c.take_number(4);
  if (!y || !c.at_word_end()) return std::nullopt;
  size_t digits = c.at - year_start;
  if (digits == 2 && dash)
    *y += 2000;
  else if (digits != 4 || *y < 1000)
    return std::nullopt;
  cursor = c;
  return WrittenDate{cursor.text.substr(start, cursor.at - start), std::nullopt,
                     Month{std::chrono::year{*y}, std::chrono::month{*m}}};
}

std::optional<WrittenDate> find_uk_date(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1]))) continue;
    TextCursor c{text, i};
    if (auto d = read_uk_date(c)) return d;
    c.at = i;
    if (auto m = read_month_year(c)) return m;
  }
  return std::nullopt;
}

// Month forms that are dates only as a whole value (a Date cell or line),
// never inside a sentence: "Nov 24" (two-digit year after a space) and
// "11/2024" (month/year).
std::optional<WrittenDate> read_whole_month(TextCursor& cursor) {
  TextCursor c = cursor;
  size_t start = c.at;
  std::optional<int> month = read_month(c);
  std::optional<int> year;
  // Only an abbreviated name: "March 26" may be a day in March, and is kept out.
  if (month && c.at - start > 4) return std::nullopt;
  if (month && c.skip_spaces()) {
    size_t year_start = c.at;
    year = c.take_number(2);
    if (year && c.at - year_start == 2)
      *year += 2000;
    else
      year.reset();
  } else if (!month) {
    c.at = start;
    month = c.take_number(2);
    size_t year_start = c.at + 1;
    if (month && c.take('/')) year = c.take_number(4);
    if (year && c.at - year_start != 4) year.reset();
  }
  if (!month || !year || *month < 1 || *month > 12 || !c.at_word_end()) return std::nullopt;
  cursor = c;
  return WrittenDate{cursor.text.substr(start, cursor.at - start), std::nullopt,
                     Month{std::chrono::year{*year}, std::chrono::month{unsigned(*month)}}};
}

std::optional<WrittenDate> parse_uk_date(std::string_view text) {
  TextCursor c{text};
  c.skip_spaces();
  // "w/c 10 March 2025", "Week commencing 10 March 2025": the week's first
  // day is the date the page gives.
  for (std::string_view week : {"w/c", "wc", "week commencing", "week beginning"}) {
    TextCursor t = c;
    if (t.take_ci(week) && t.skip_spaces()) {
      c = t;
      break;
    }
  }
  size_t start = c.at;
  std::optional<WrittenDate> date;
  if (auto iso = parse_iso_date(text.substr(start, 10))) {
    c.at += 10;
    date = WrittenDate{text.substr(start, 10), iso->ok() ? std::optional<Date>(*iso) : std::nullopt,
                       std::nullopt};
  } else {
    date = read_uk_date(c);
    if (!date) date = read_month_year(c);
    if (!date) date = read_whole_month(c);
  }
  if (!date) return std::nullopt;
  c.skip_spaces();
  if (!c.done()) return std::nullopt;
  return date;
}

}  // namespace plan
