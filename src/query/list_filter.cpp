#include "query/list_filter.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "model/category.h"
#include "util/ascii_case.h"
#include "util/suggest.h"

namespace plan {
namespace {

bool passes(const Plan& plan, const RecSummary& row, const ListFilter& f) {
  const Recommendation& rec = *row.rec;
  if (!f.statuses.empty() &&
      std::find(f.statuses.begin(), f.statuses.end(), row.status) == f.statuses.end())
    return false;
  if (!f.categories.empty() && std::find(f.categories.begin(), f.categories.end(),
                                         category_of(plan, row.progress)) == f.categories.end())
    return false;
  if (!f.owner.empty() && !contains_ignoring_case(effective_owner(plan, rec), f.owner))
    return false;
  if (f.overdue_only && !row.overdue) return false;
  if (f.due_by) {
    if (row.progress.done || !rec.deadline.value) return false;
    if (*rec.deadline.value < f.as_of || *rec.deadline.value > *f.due_by) return false;
  }
  return true;
}

}  // namespace

bool contains_ignoring_case(const std::string& haystack, const std::string& needle) {
  return ascii_lowered(haystack).find(ascii_lowered(needle)) != std::string::npos;
}

std::vector<RecSummary> filter_rows(const Plan& plan, const std::vector<RecSummary>& rows,
                                    const ListFilter& f) {
  std::vector<RecSummary> out;
  for (const RecSummary& row : rows)
    if (passes(plan, row, f)) out.push_back(row);
  return out;
}

void sort_rows(const Plan& plan, std::vector<RecSummary>& rows, ListSort by) {
  auto id = [](const RecSummary& r) { return r.rec->id; };
  // Recommendations without a readable deadline sort last.
  auto deadline = [](const RecSummary& r) {
    return std::pair{!r.rec->deadline.value, r.rec->deadline.value.value_or(Date{})};
  };
  std::stable_sort(rows.begin(), rows.end(), [&](const RecSummary& a, const RecSummary& b) {
    switch (by) {
      case ListSort::deadline:
        if (deadline(a) != deadline(b)) return deadline(a) < deadline(b);
        break;
      case ListSort::status: {
        int ra = status_rank(plan, a.status), rb = status_rank(plan, b.status);
        if (ra != rb) return ra < rb;
        int pa = a.progress.percent.value_or(-1), pb = b.progress.percent.value_or(-1);
        if (pa != pb) return pa < pb;
        break;
      }
      case ListSort::id:
        break;
    }
    return id(a) < id(b);
  });
}

std::optional<Date> parse_span_end(const std::string& text, Date as_of, std::string& error) {
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  std::string unit = ascii_lowered(text.substr(digits));
  if (digits == 0 || digits > 5 || (unit != "" && unit != "d" && unit != "w" && unit != "m")) {
    error =
        "a span is a number of days, weeks or months, such as 30d, 6w or 3m; got '" + text + "'";
    return std::nullopt;
  }
  int n = std::stoi(text.substr(0, digits));
  if (unit == "m") return add_months(as_of, n);
  return add_days(as_of, unit == "w" ? n * 7 : n);
}

std::string resolve_status(const Plan& plan, const std::string& text, std::string& error) {
  for (const std::string& s : plan.statuses)
    if (ascii_lowered(s) == ascii_lowered(text)) return s;
  std::string hint = did_you_mean(text, plan.statuses);
  std::string known = "the statuses are " + quoted_list(plan.statuses, " and ");
  error = "no status '" + text + "' in this plan" +
          (hint.empty() ? "; " + known : hint + " (" + known + ")");
  return "";
}

}  // namespace plan
