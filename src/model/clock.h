// What "today" is, the same for every command: the date in the plan's time
// zone (plan.yaml's `timezone:`, an IANA name such as Europe/London), or in
// UTC when the plan names none, whatever the machine's TZ says. g++ 12's
// <chrono> has no time-zone database, so the C library converts (TZ with
// localtime_r), after the name is checked against /usr/share/zoneinfo
// (glibc silently uses UTC for a name it does not know).
#pragma once

#include <ctime>
#include <string>

#include "model/date.h"

namespace plan {

/// True when zone is "UTC" or names a zone in the system's time-zone
/// database (a TZif file under /usr/share/zoneinfo).
bool known_time_zone(const std::string& zone);

/// The date at the moment now in zone ("" or an unknown zone: UTC).
Date date_in_zone(std::time_t now, const std::string& zone);

}  // namespace plan
