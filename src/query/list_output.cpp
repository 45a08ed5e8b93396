#include "query/list_output.h"

#include <nlohmann/json.hpp>

#include "model/report.h"
#include "query/table.h"
#include "util/csv.h"

namespace plan {
namespace {

std::string deadline_text(const Recommendation& rec) {
  return rec.deadline.value ? format_iso(*rec.deadline.value) : rec.deadline.text;
}

// A month-precision update is an update: "2025-01".
std::string updated_text(const RecSummary& row) {
  if (row.progress.date) return format_iso(*row.progress.date);
  if (row.progress.month) return format_iso(*row.progress.month);
  return "";
}

std::string count(size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::string list_table(const Plan& plan, const std::vector<RecSummary>& rows, Date as_of, int width,
                       bool colour) {
  std::string out;
  size_t overdue = 0;
  for (const RecSummary& r : rows) overdue += r.overdue ? 1 : 0;
  if (plan.recommendations.empty()) {
    out = "The plan has no recommendations yet.\n";
  } else if (rows.empty()) {
    out = "No recommendation matches.\n";
  } else {
    // The Title column only when some row has one: a plan with no titles
    // (and no report giving them) keeps its columns for the rest.
    bool titled = false;
    for (const RecSummary& r : rows) titled = titled || !title_of(plan, *r.rec).empty();
    Table t;
    t.columns = {{"ID", false},          {"Deadline", false}, {"Owner", true},
                 {"Status", true, true}, {"Updated", false},  {"Overdue", false}};
    if (titled) t.columns.insert(t.columns.begin() + 1, {"Title", true});
    for (const RecSummary& r : rows) {
      Tone status_tone = r.progress.done ? Tone::good : Tone::plain;
      std::vector<TableCell> row = {{std::to_string(r.rec->id)},
                                    {deadline_text(*r.rec), r.overdue ? Tone::bad : Tone::plain},
                                    {effective_owner(plan, *r.rec)},
                                    {status_label(plan, r.progress), status_tone},
                                    {updated_text(r).empty() ? "none" : updated_text(r),
                                     updated_text(r).empty() ? Tone::muted : Tone::plain},
                                    {r.overdue ? "overdue" : "", Tone::bad}};
      if (titled) row.insert(row.begin() + 1, {title_of(plan, *r.rec)});
      t.rows.push_back(std::move(row));
    }
    out = render_table(t, width, colour);
  }
  size_t total = plan.recommendations.size();
  std::string shown = rows.size() == total
                          ? count(total, "recommendation", "recommendations")
                          : std::to_string(rows.size()) + " of " +
                                count(total, "recommendation", "recommendations") + " shown";
  out += shown + "; " + std::to_string(overdue) + " overdue as of " + format_long(as_of) + ".\n";
  return out;
}

std::string list_json(const Plan& plan, const std::vector<RecSummary>& rows, Date as_of) {
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const RecSummary& r : rows) {
    nlohmann::ordered_json o;
    o["id"] = r.rec->id;
    std::string title = title_of(plan, *r.rec);
    o["title"] = title.empty() ? nullptr : nlohmann::ordered_json(title);
    o["deadline"] = deadline_text(*r.rec);
    o["owner"] = effective_owner(plan, *r.rec);
    o["status"] = r.status;
    o["percent"] = r.progress.percent ? nlohmann::ordered_json(*r.progress.percent) : nullptr;
    o["label"] = status_label(plan, r.progress);
    o["last_update"] = updated_text(r).empty() ? nullptr : nlohmann::ordered_json(updated_text(r));
    o["done"] = r.progress.done;
    o["overdue"] = r.overdue;
    items.push_back(std::move(o));
  }
  nlohmann::ordered_json doc;
  doc["as_of"] = format_iso(as_of);
  doc["recommendations"] = std::move(items);
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string list_csv(const Plan& plan, const std::vector<RecSummary>& rows) {
  std::string out = utf8_bom;
  out +=
      csv_row({"ID", "Title", "Deadline", "Owner", "Status", "Percent", "Last update", "Overdue"});
  for (const RecSummary& r : rows)
    out += csv_row({std::to_string(r.rec->id), title_of(plan, *r.rec), deadline_text(*r.rec),
                    effective_owner(plan, *r.rec), r.status,
                    r.progress.percent ? std::to_string(*r.progress.percent) : "", updated_text(r),
                    r.overdue ? "yes" : "no"});
  return out;
}

}  // namespace plan
