#include <map>
#include <set>

#include "aggregate/output.h"
#include "model/category.h"
#include "model/position.h"
#include "util/csv.h"

namespace plan {
namespace {

std::string iso_or_blank(const std::optional<UpdateDate>& d) {
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
  // Each grouping the manifest names is a column at the end ("Region"), so a
  // sheet can filter or pivot the rows by it.
  std::vector<std::string> keys = group_keys(a);
  auto with_groups = [&a, &keys](std::vector<std::string> row, const std::string& name) {
    for (const std::string& key : keys) row.push_back(group_of(a, name, key));
    return csv_row(row);
  };
  std::vector<std::string> head = {"Organisation",
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
                                   "Actions overdue"};
  for (const std::string& key : keys) head.push_back(capitalised(key));
  out += csv_row(head);
  for (const AggregateForce& f : a.forces)
    for (size_t r = 0; r < a.recommendations.size(); ++r) {
      const AggregateCell& c = f.cells[r];
      out += with_groups({f.organisation,
                          f.url,
                          std::to_string(a.recommendations[r].id),
                          a.recommendations[r].title,
                          c.status,
                          category_name(c.category),
                          c.percent ? std::to_string(*c.percent) : "",
                          iso_or_blank(c.last_update),
                          c.overdue ? "yes" : "no",
                          c.not_applicable_reason,
                          iso_or_blank(f.last_update),
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
                          c.answered ? std::to_string(c.actions_overdue) : ""},
                         f.organisation);
    }
  for (const NoReturn& n : no_returns(a))
    out += with_groups({n.name, "",  "", "", "No return", "",       "", "", "", "", "",
                        "",     "0", "", "", "no",        n.reason, "", "", "", "", ""},
                       n.name);
  return out;
}

}  // namespace plan
