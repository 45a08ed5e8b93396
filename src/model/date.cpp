#include "model/date.h"

#include <array>
#include <cstdio>
#include <ctime>

namespace plan {

bool looks_like_iso_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (t[i] < '0' || t[i] > '9') return false;
  return true;
}

std::optional<Date> parse_iso_date(std::string_view t) {
  if (!looks_like_iso_date(t)) return std::nullopt;
  auto num = [&](size_t from, size_t len) {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) v = v * 10 + (t[i] - '0');
    return v;
  };
  return Date{std::chrono::year{num(0, 4)}, std::chrono::month{unsigned(num(5, 2))},
              std::chrono::day{unsigned(num(8, 2))}};
}

std::optional<Month> parse_iso_month(std::string_view t) {
  if (t.size() != 7 || t[4] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6})
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  int year = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
  unsigned month = unsigned((t[5] - '0') * 10 + (t[6] - '0'));
  if (month < 1 || month > 12) return std::nullopt;
  return Month{std::chrono::year{year}, std::chrono::month{month}};
}

std::string format_iso(Month m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u", int(m.year()), unsigned(m.month()));
  return buf;
}

std::string format_long(Month m) {
  return month_name(unsigned(m.month())) + " " + std::to_string(int(m.year()));
}

std::string format_iso(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(d.year()), unsigned(d.month()),
                unsigned(d.day()));
  return buf;
}

std::string month_name(unsigned month) {
  static const std::array<const char*, 12> names = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return month >= 1 && month <= 12 ? names[month - 1] : "?";
}

std::string format_long(Date d) {
  return std::to_string(unsigned(d.day())) + " " + month_name(unsigned(d.month())) + " " +
         std::to_string(int(d.year()));
}

Date add_days(Date d, int days) {
  return Date{std::chrono::sys_days{d} + std::chrono::days{days}};
}

Date add_months(Date d, int months) {
  Date moved = Date{d.year() / d.month() / std::chrono::day{1}} + std::chrono::months{months};
  auto last = std::chrono::year_month_day_last{moved.year() / moved.month() / std::chrono::last};
  auto day = d.day() > last.day() ? last.day() : d.day();
  return Date{moved.year(), moved.month(), day};
}

int days_between(Date a, Date b) {
  return int((std::chrono::sys_days{b} - std::chrono::sys_days{a}).count());
}

Date today_local() {
  std::time_t now = std::time(nullptr);
  // std::localtime, not localtime_r, which Windows lacks; one call, no threads yet.
  std::tm local = *std::localtime(&now);
  return Date{std::chrono::year{local.tm_year + 1900},
              std::chrono::month{unsigned(local.tm_mon + 1)},
              std::chrono::day{unsigned(local.tm_mday)}};
}

Date date_from_epoch(long long seconds) {
  return Date{std::chrono::floor<std::chrono::days>(
      std::chrono::sys_seconds{std::chrono::seconds{seconds}})};
}

}  // namespace plan
