#include "model/clock.h"

#include <cctype>

#include "util/platform.h"

namespace plan {

bool known_time_zone(const std::string& zone) {
  if (zone == "UTC") return true;
  if (zone.empty() || zone.size() > 64 || zone[0] == '/' || zone.find("..") != std::string::npos)
    return false;
  for (char c : zone)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' ||
          c == '+'))
      return false;
  return os::known_zone(zone);
}

Date date_in_zone(std::time_t now, const std::string& zone) {
  std::tm t{};
  if (zone.empty() || zone == "UTC" || !known_time_zone(zone))
    os::local_time(now, "UTC", t);
  else
    os::local_time(now, zone, t);
  return Date{std::chrono::year{t.tm_year + 1900}, std::chrono::month{unsigned(t.tm_mon + 1)},
              std::chrono::day{unsigned(t.tm_mday)}};
}

}  // namespace plan
