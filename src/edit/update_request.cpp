#include "edit/update_request.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>

#include "model/category.h"
#include "model/progress.h"
#include "model/status_words.h"
#include "util/plural.h"
#include "util/suggest.h"
#include "util/terminal_text.h"

namespace plan {
namespace {

bool all_digits(const std::string& s) {
  return !s.empty() && s.size() <= 9 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(' '), e = s.find_last_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// "Green" and "GREEN" are the rating green: RAG is written in lower case.
std::string lowered_rag(const std::string& typed) {
  std::string s = trimmed(typed);
  for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void check_status(const UpdateRequest& req, const Plan& plan, std::vector<std::string>& problems) {
  const auto& statuses = plan.statuses;
  if (std::find(statuses.begin(), statuses.end(), req.status) != statuses.end()) return;
  std::string listed =
      fmt::format("the plan's statuses ({}) are {}", plan.file, quoted_list(statuses, " and "));
  if (req.status.empty()) {
    problems.push_back("--status must not be empty; " + listed);
    return;
  }
  std::string near = nearest(req.status, statuses);
  if (!near.empty()) listed[0] = 'T';
  if (is_rag_word(req.status)) {
    problems.push_back(
        fmt::format("'{}' is a RAG rating, not one of the plan's statuses: give "
                    "it as --rag {} and the status as --status; {}",
                    req.status, lowered_rag(req.status), listed));
    return;
  }
  problems.push_back(fmt::format("unknown status '{}'{}{}", req.status,
                                 near.empty() ? "; " : "; did you mean '" + near + "'? ", listed));
}

std::optional<int> check_percent(const std::string& typed, std::vector<std::string>& problems) {
  if (typed.empty()) return std::nullopt;
  std::string digits = trimmed(typed);
  if (!digits.empty() && digits.back() == '%') digits.pop_back();  // "40%" means 40
  int value = -1;
  if (all_digits(digits)) std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (value < 0 || value > 100) {
    problems.push_back(
        fmt::format("--percent must be a whole number from 0 to 100; got '{}'", typed));
    return std::nullopt;
  }
  return value;
}

std::optional<Date> check_date(const std::string& typed, const std::vector<Update>& existing,
                               const std::string& name, const Plan& plan, Date today,
                               std::vector<std::string>& problems) {
  if (typed.empty()) return today;
  auto date = parse_iso_date(typed);
  if (!date || !date->ok()) {
    problems.push_back(fmt::format(
        "--date must be a real date written YYYY-MM-DD, such as 2025-01-15; got '{}'", typed));
    return std::nullopt;
  }
  if (!in_plan_range(*date)) {
    problems.push_back(
        fmt::format("--date {} is outside the years {}-{} that a plan's dates can "
                    "have; check the year",
                    typed, min_plan_year, max_plan_year));
    return std::nullopt;
  }
  if (plan.published.value && *date < *plan.published.value)
    problems.push_back(
        fmt::format("--date {} is before the plan was published ({}, {}); an "
                    "update records progress on the plan, so date it {} or later",
                    format_iso(*date), format_iso(*plan.published.value), plan.file,
                    format_iso(*plan.published.value)));
  if (*date > today)
    problems.push_back(fmt::format(
        "--date {} is in the future; updates record what has already happened", format_iso(*date)));
  const Update* latest = nullptr;
  for (const Update& u : existing)
    if (u.date.value && (!latest || *u.date.value >= *latest->date.value)) latest = &u;
  if (latest && *date < *latest->date.value)
    problems.push_back(fmt::format(
        "--date {} is before the latest update of {} ({}, line {}); updates are kept oldest "
        "first, so date this one {} or later",
        format_iso(*date), name, format_iso(*latest->date.value), latest->date.pos.line,
        format_iso(*latest->date.value)));
  return date;
}

// Text typed on the command line or read from a file goes into the plan (and
// into commit subjects), so it follows the plan's character policy.
void check_characters(const std::string& value, const std::string& option, bool multi_line,
                      std::vector<std::string>& problems) {
  std::string bad = forbidden_character(value, multi_line);
  if (bad.empty()) return;
  problems.push_back(fmt::format("{} holds {}; {}", option, bad,
                                 bad.rfind("the byte", 0) == 0 ? "save it as UTF-8 text"
                                 : multi_line ? "a plan holds plain text, so delete it"
                                              : "it must be one line of plain text"));
}

}  // namespace

// "23" or "23.1".
static std::optional<TargetId> parse_target_id_of(const std::string& id) {
  size_t dot = id.find('.');
  std::string rec = id.substr(0, dot);
  if (!all_digits(rec)) return std::nullopt;
  TargetId t;
  t.rec = std::atoi(rec.c_str());
  if (t.rec <= 0) return std::nullopt;
  if (dot != std::string::npos) {
    std::string n = id.substr(dot + 1);
    if (!all_digits(n)) return std::nullopt;
    t.evidence_id = std::to_string(t.rec) + "." + n;
  }
  return t;
}

std::optional<TargetId> parse_target_id(const std::string& typed) {
  // An action's id is its parent's and lower-case letters: "7a", "7.1b".
  size_t letters = typed.size();
  while (letters > 0 && typed[letters - 1] >= 'a' && typed[letters - 1] <= 'z') --letters;
  std::string id = typed.substr(0, letters);
  if (id.empty()) return std::nullopt;
  auto t = parse_target_id_of(id);
  if (t && letters < typed.size()) t->action_id = typed;
  return t;
}

std::string target_name(const TargetId& t) {
  if (!t.action_id.empty()) return "action " + t.action_id;
  return t.evidence_id.empty() ? fmt::format("recommendation {}", t.rec)
                               : "evidence requirement " + t.evidence_id;
}

std::vector<int> nearest_ids(int id, std::vector<int> ids) {
  std::stable_sort(ids.begin(), ids.end(),
                   [id](int a, int b) { return std::abs(a - id) < std::abs(b - id); });
  if (ids.size() > 3) ids.resize(3);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<std::string> check_update_request(const UpdateRequest& req, const Plan& plan,
                                              const std::vector<Update>& existing,
                                              const TargetId& target, Date today, Update& u) {
  std::vector<std::string> problems;
  check_characters(req.status, "--status", false, problems);
  check_characters(req.by, "--by", false, problems);
  check_characters(req.note, req.note_from, true, problems);
  if (!problems.empty()) return problems;  // nothing else is worth checking in such a request
  if (req.status_given)
    check_status(req, plan, problems);
  else if (trimmed(req.note).empty())
    problems.push_back(
        "an update with no --status is a dated note, so it needs --note (or "
        "--note-file); give --status to record where it stands");
  u.status = req.status;
  u.percent = check_percent(req.percent, problems);
  if (u.percent && !req.status_given)
    problems.push_back(
        fmt::format("--percent {} is given with no --status: a percentage says "
                    "where it stands, which only a status can; give --status too, "
                    "or leave --percent out",
                    *u.percent));
  if (auto date = check_date(req.date, existing, target_name(target), plan, today, problems)) {
    u.date.value = date;
    u.date.text = format_iso(*date);
  }
  if (u.percent && req.status == done_status(plan) && *u.percent < 100)
    problems.push_back(
        fmt::format("status '{}' means complete in this plan's statuses, so --percent must be "
                    "100 (or left out); got {}",
                    req.status, *u.percent));
  u.rag = lowered_rag(req.rag);
  if (!req.rag.empty() && u.rag != "red" && u.rag != "amber" && u.rag != "green" && u.rag != "blue")
    problems.push_back(fmt::format(
        "--rag must be red, amber, green or blue (blue: the force's colour for done); got '{}'",
        req.rag));
  u.by = req.by;
  u.note = req.note;
  return problems;
}

std::string update_summary(const TargetId& target, const Update& u) {
  std::string name = target_name(target);
  name[0] = char(std::toupper(static_cast<unsigned char>(name[0])));
  return fmt::format("{}: {} ({})", name, update_status_label(u), u.date.text);
}

}  // namespace plan
