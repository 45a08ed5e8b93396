#include "model/clock.h"

#include <cctype>
#include <cstdlib>
#include <fstream>

namespace plan {

bool known_time_zone(const std::string& zone) {
  if (zone == "UTC") return true;
  if (zone.empty() || zone.size() > 64 || zone[0] == '/' || zone.find("..") != std::string::npos)
    return false;
  for (char c : zone)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '-' ||
          c == '+'))
      return false;
  std::ifstream f("/usr/share/zoneinfo/" + zone, std::ios::binary);
  char magic[4] = {};
  return f.read(magic, 4) && std::string(magic, 4) == "TZif";
}

Date date_in_zone(std::time_t now, const std::string& zone) {
  std::tm t{};
  if (zone.empty() || zone == "UTC" || !known_time_zone(zone)) {
    gmtime_r(&now, &t);
  } else {
    // The process's TZ is changed only for this call (no other thread runs yet).
    const char* old = std::getenv("TZ");
    std::string saved = old ? old : "";
    ::setenv("TZ", zone.c_str(), 1);
    ::tzset();
    localtime_r(&now, &t);
    if (old)
      ::setenv("TZ", saved.c_str(), 1);
    else
      ::unsetenv("TZ");
    ::tzset();
  }
  return Date{std::chrono::year{t.tm_year + 1900}, std::chrono::month{unsigned(t.tm_mon + 1)},
              std::chrono::day{unsigned(t.tm_mday)}};
}

}  // namespace plan
