#include "aggregate/output.h"
#include "model/category.h"
#include "report/csv.h"

namespace plan {
namespace {

std::string date_text(const std::optional<Date>& d) {
  return d ? format_iso(*d) : "";
}

}  // namespace

std::string aggregate_csv(const Aggregate& a) {
  std::string out = utf8_bom;
  out += csv_row({"organisation", "url", "recommendation", "title", "status", "category", "percent",
                  "last_update", "overdue", "plan_last_update", "plan_stale"});
  for (const AggregateForce& f : a.forces)
    for (size_t r = 0; r < a.recommendations.size(); ++r) {
      const AggregateCell& c = f.cells[r];
      out += csv_row({f.organisation, f.url, std::to_string(a.recommendations[r].id),
                      a.recommendations[r].title, c.status, category_name(c.category),
                      c.percent ? std::to_string(*c.percent) : "", date_text(c.last_update),
                      c.overdue ? "yes" : "no", date_text(f.last_update), f.stale ? "yes" : "no"});
    }
  return out;
}

std::string cell_label(const AggregateCell& c) {
  if (c.status.empty()) return aggregate_category_labels[category_column(c.category)];
  std::string s = c.status;
  if (c.percent) s += " " + std::to_string(*c.percent) + "%";
  return s;
}

std::string matching_note(const Aggregate& a) {
  if (a.report) {
    std::string note = "Recommendations are matched by the numbers of the report '" +
                       a.report->title + "' (" + a.report->id +
                       "); a plan without one addressed "
                       "to its body counts as not answered, and one addressed only to others as "
                       "not applicable to it.";
    if (a.report->partial)
      note += " The report file holds " + std::to_string(a.report->recommendations.size()) +
              " of the report's " + std::to_string(a.report->recommendation_count) +
              " recommendations.";
    return note;
  }
  return "No report was given or named by the plans, so recommendations are matched by number "
         "only; a plan without a number that another plan has counts as not answered.";
}

}  // namespace plan
