#include "cli/context.h"

#include <map>
#include <memory>
#include <vector>

#include "load/find_plan.h"
#include "check/load_checked.h"
#include "model/clock.h"
#include "util/files.h"

namespace plan {

std::string Context::plan_dir() const {
  PlanDirResult r = find_plan_dir(plan_dir_option, env_plan_dir);
  if (!r.error.empty()) throw UsageError{r.error};
  LoadedPlan header = load_plan(r.dir, 1, false);  // plan.yaml alone: small
  timezone = header.plan.timezone;
  today = date_in_zone(now, timezone);
  return r.dir;
}

Date parse_date_option(const std::string& text, const char* option) {
  auto d = parse_iso_date(text);
  if (!d || !d->ok())
    throw UsageError{std::string(option) + " must be a real date written YYYY-MM-DD, such as " +
                     "2025-01-15; got '" + text + "'"};
  if (!in_plan_range(*d))
    throw UsageError{std::string(option) + " " + text + " is outside the years " +
                     std::to_string(min_plan_year) + "-" + std::to_string(max_plan_year) +
                     " that a plan's dates can have; check the year"};
  return *d;
}

Date Context::as_of(const std::string& option) const {
  if (!option.empty()) return parse_date_option(option, "--as-of");
  // UTC until plan_dir() has read the plan's time zone; cli/phase.cpp finds
  // the plan before a command runs, so commands with a plan get its date.
  return today;
}

LineSource file_line_source() {
  auto cache = std::make_shared<std::map<std::string, std::vector<std::string>>>();
  return [cache](const std::string& file, int line) -> std::string {
    auto it = cache->find(file);
    if (it == cache->end()) {
      ReadResult r = read_file(file, 10 * 1024 * 1024, true);  // never through a link
      it = cache->emplace(file, r.ok ? split_lines(r.data) : std::vector<std::string>{}).first;
    }
    if (line < 1 || size_t(line) > it->second.size()) return "";
    const std::string& text = it->second[size_t(line - 1)];
    return text.size() > 200 ? text.substr(0, 200) + "..." : text;
  };
}

}  // namespace plan
