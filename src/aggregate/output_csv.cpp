#include <map>
#include <set>

#include "aggregate/output.h"
#include "model/category.h"
#include "model/position.h"
#include "util/csv.h"

namespace plan {
namespace {

std::string date_text(const std::optional<UpdateDate>& d) {
  return d ? iso_text(*d) : "";
}

// What moved in this cell since the last report (--compare), or "".
std::string since_cell(const Aggregate& a, const std::string& force, int id) {
  if (!a.since_last) return "";
  auto it = a.since_last->by_cell.find({force, id});
  return it == a.since_last->by_cell.end() ? "" : it->second;
}

}  // namespace

// Columns are named as plan export's CSV names them, so a sheet built on one
// reads the other; a force not counted has one "No return" row with why.
std::string aggregate_csv(const Aggregate& a) {
  std::string out = utf8_bom;
  out += csv_row({"Organisation",
                  "URL",
                  "ID",
                  "Title",
                  "Status",
                  "Category",
                  "Percent",
                  "Last update",
                  "Overdue",
                  "Not applicable reason",
                  "Plan last update",
                  "Days since last update",
                  "Answered",
                  "Plan stale",
                  "Exported",
                  "Returned",
                  "Why no return",
                  "Since the last report",
                  "Response",
                  "RAG",
                  "Actions",
                  "Actions overdue"});
  for (const AggregateForce& f : a.forces)
    for (size_t r = 0; r < a.recommendations.size(); ++r) {
      const AggregateCell& c = f.cells[r];
      out += csv_row({f.organisation,
                      f.url,
                      std::to_string(a.recommendations[r].id),
                      a.recommendations[r].title,
                      c.status,
                      category_name(c.category),
                      c.percent ? std::to_string(*c.percent) : "",
                      date_text(c.last_update),
                      c.overdue ? "yes" : "no",
                      c.not_applicable_reason,
                      date_text(f.last_update),
                      f.days_since ? std::to_string(*f.days_since) : "",
                      std::to_string(f.answered),
                      f.stale ? "yes" : "no",
                      f.exported ? format_iso(*f.exported) : "",
                      "yes",
                      "",
                      since_cell(a, f.organisation, a.recommendations[r].id),
                      position_key(c.response),
                      c.rag,
                      c.answered ? std::to_string(c.actions) : "",
                      c.answered ? std::to_string(c.actions_overdue) : ""});
    }
  for (const NoReturn& n : no_returns(a))
    out += csv_row({n.name, "",  "", "", "No return", "",       "", "", "", "", "",
                    "",     "0", "", "", "no",        n.reason, "", "", "", "", ""});
  return out;
}

std::string cell_label(const AggregateCell& c) {
  if (c.status.empty()) return aggregate_category_labels[category_column(c.category)];
  std::string s = c.status;
  if (c.percent) s += " " + std::to_string(*c.percent) + "%";
  return s;
}

std::vector<NoReturn> no_returns(const Aggregate& a) {
  std::set<std::string> counted;
  for (const AggregateForce& f : a.forces) counted.insert(f.organisation);
  std::map<std::string, std::string> rows;
  for (const RefusedInput& r : a.refused) {
    if (r.duplicate || (!r.organisation.empty() && counted.count(r.organisation))) continue;
    rows.emplace(refused_name(r), r.short_reason.empty() ? "not readable" : r.short_reason);
  }
  std::vector<NoReturn> out;
  for (auto& [name, reason] : rows) out.push_back({name, reason});
  return out;
}

std::string page_title(const Aggregate& a) {
  if (!a.title.empty()) return a.title;
  if (a.report && !a.report->title.empty()) return "Progress against " + a.report->title;
  return "Progress of " +
         std::string(a.forces.size() == 1 ? "1 plan" : std::to_string(a.forces.size()) + " plans") +
         " against the recommendations";
}

bool any_force_plan(const Aggregate& a) {
  for (const AggregateForce& f : a.forces) {
    int responses = 0, rated = 0;
    for (size_t k = 0; k + 1 < f.positions.size(); ++k) responses += f.positions[k];  // not "none"
    for (int n : f.rag) rated += n;
    if (f.actions > 0 || responses > 0 || rated > 0) return true;
  }
  return false;
}

std::vector<std::string> force_plan_headings() {
  std::vector<std::string> out(aggregate_position_labels.begin(), aggregate_position_labels.end());
  out.insert(out.end(), aggregate_rag_labels.begin(), aggregate_rag_labels.end());
  return out;
}

std::string export_age_text(const AggregateForce& f) {
  if (!f.exported) return "";
  return "exported " + format_long(*f.exported);
}

std::string matching_note(const Aggregate& a) {
  if (a.report) {
    std::string note = "Recommendations are matched by the numbers of the report '" +
                       a.report->title + "' (" + a.report->id +
                       "); a plan without one addressed "
                       "to its body counts as not answered (and as overdue once the report's "
                       "deadline has passed), and one addressed only to others as not applicable "
                       "to it.";
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
