#include "model/category.h"
#include "model/progress.h"
#include "report/csv.h"
#include "report/export.h"
#include "report/summary.h"

namespace plan {
namespace {

std::string iso_or_text(const DateField& d) {
  return d.value ? format_iso(*d.value) : d.text;
}

std::string percent_text(const std::optional<int>& p) {
  return p ? std::to_string(*p) : "";
}

std::string recommendation_rows(const Plan& plan, const ExportOptions& opt) {
  std::string out =
      csv_row({"Organisation", "ID", "Title", "Owner", "Deadline", "Status", "Category", "Percent",
               "Last update", "Overdue", "Latest note", "Text"});
  for (const RecSummary& s : summarise(plan, opt.as_of, opt.include_internal)) {
    const Recommendation& rec = *s.rec;
    const Progress& p = s.progress;
    out += csv_row({plan.organisation, std::to_string(rec.id), rec.title,
                    effective_owner(plan, rec), iso_or_text(rec.deadline), s.status,
                    category_name(category_of(plan, p)), percent_text(p.percent),
                    p.date    ? format_iso(*p.date)
                    : p.month ? format_iso(*p.month)
                              : "",
                    s.overdue ? "yes" : "no", p.latest ? p.latest->note : "", rec.text});
  }
  return out;
}

void append_updates(std::string& out, const Plan& plan, const ExportOptions& opt, int rec_id,
                    const std::string& evidence_id, const std::vector<Update>& updates) {
  for (const Update& u : updates) {
    if (u.internal && !opt.include_internal) continue;
    out += csv_row({plan.organisation, std::to_string(rec_id), evidence_id, iso_or_text(u.date),
                    u.status, percent_text(u.percent), u.by, u.internal ? "yes" : "no", u.note});
  }
}

std::string update_rows(const Plan& plan, const ExportOptions& opt) {
  std::string out = csv_row(
      {"Organisation", "ID", "Evidence", "Date", "Status", "Percent", "By", "Internal", "Note"});
  for (const Recommendation& rec : plan.recommendations) {
    append_updates(out, plan, opt, rec.id, "", rec.updates);
    for (const Evidence& ev : rec.evidence)
      append_updates(out, plan, opt, rec.id, ev.id, ev.updates);
  }
  return out;
}

}  // namespace

std::string export_csv(const Plan& plan, const ExportOptions& opt, CsvRows rows) {
  return utf8_bom +
         (rows == CsvRows::updates ? update_rows(plan, opt) : recommendation_rows(plan, opt));
}

}  // namespace plan
