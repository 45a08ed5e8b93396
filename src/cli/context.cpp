#include "cli/context.h"

#include <map>
#include <memory>
#include <vector>

#include "check/load_checked.h"
#include "load/find_plan.h"
#include "model/clock.h"
#include "util/files.h"

namespace plan {

std::string Context::plan_dir() const {
  PlanDirResult r = find_plan_dir(plan_dir_option, env_plan_dir);
  if (r.refused) throw RefusalError{r.error};
  if (!r.error.empty()) throw UsageError{r.error};
  LoadedPlan header = load_plan(r.dir, 1, false);  // plan.yaml alone: small
  timezone = header.plan.timezone;
  today = date_in_zone(now, timezone);
  return r.dir;
}

std::string date_problem(const std::string& text, const char* option) {
  auto d = parse_iso_date(text);
  if (!d || !d->ok())
    return std::string(option) + " must be a real date written YYYY-MM-DD, such as " +
           "2025-01-15; got '" + text + "'";
  if (!in_plan_range(*d))
    return std::string(option) + " " + text + " is outside the years " +
           std::to_string(min_plan_year) + "-" + std::to_string(max_plan_year) +
           " that a plan's dates can have; check the year";
  return "";
}

Date parse_date_option(const std::string& text, const char* option) {
  if (std::string problem = date_problem(text, option); !problem.empty()) throw UsageError{problem};
  return *parse_iso_date(text);
}

namespace {

// A positive whole number of at most nine digits, as ids are written.
bool id_number(const std::string& s) {
  return !s.empty() && s.size() <= 9 && s.find_first_not_of("0123456789") == std::string::npos &&
         s.find_first_not_of('0') != std::string::npos;
}

}  // namespace

std::string id_problem(const std::string& id, bool evidence_allowed) {
  size_t dot = id.find('.');
  bool ok = dot == std::string::npos
                ? id_number(id)
                : evidence_allowed && id_number(id.substr(0, dot)) && id_number(id.substr(dot + 1));
  if (ok) return "";
  if (!evidence_allowed)
    return "'" + id + "' is not a recommendation number; give a whole number such as 30";
  return "'" + id +
         "' is not an id; give a recommendation number such as 23, or an evidence requirement "
         "such as 23.1";
}

std::string percent_problem(const std::string& typed) {
  std::string digits = typed;
  while (!digits.empty() && digits.front() == ' ') digits.erase(0, 1);
  while (!digits.empty() && digits.back() == ' ') digits.pop_back();
  if (!digits.empty() && digits.back() == '%') digits.pop_back();  // "40%" means 40
  bool ok = !digits.empty() && digits.size() <= 3 &&
            digits.find_first_not_of("0123456789") == std::string::npos && std::stoi(digits) <= 100;
  return ok ? "" : "--percent must be a whole number from 0 to 100; got '" + typed + "'";
}

void refuse_usage(const std::vector<std::string>& problems) {
  std::string message;
  for (const std::string& p : problems) {
    if (p.empty()) continue;
    message += (message.empty() ? "" : "\nplan: error: ") + p;
  }
  if (!message.empty()) throw UsageError{message};
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
