#include "model/action_status.h"
#include "model/category.h"
#include "model/progress.h"
#include "query/export.h"
#include "query/summary.h"
#include "util/csv.h"

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
                    const std::string& evidence_id, const std::string& action_id,
                    const std::vector<Update>& updates) {
  for (const Update& u : updates) {
    if (u.internal && !opt.include_internal) continue;
    out += csv_row({plan.organisation, std::to_string(rec_id), evidence_id, action_id,
                    iso_or_text(u.date), u.status, percent_text(u.percent), u.rag, u.by,
                    u.internal ? "yes" : "no", u.note});
  }
}

void append_action_updates(std::string& out, const Plan& plan, const ExportOptions& opt, int rec_id,
                           const std::string& evidence_id, const std::vector<Action>& actions) {
  for (const Action& a : actions)
    append_updates(out, plan, opt, rec_id, evidence_id, a.id, a.updates);
}

std::string update_rows(const Plan& plan, const ExportOptions& opt) {
  std::string out = csv_row({"Organisation", "ID", "Evidence", "Action", "Date", "Status",
                             "Percent", "RAG", "By", "Internal", "Note"});
  for (const Recommendation& rec : plan.recommendations) {
    append_updates(out, plan, opt, rec.id, "", "", rec.updates);
    append_action_updates(out, plan, opt, rec.id, "", rec.actions);
    for (const Evidence& ev : rec.evidence) {
      append_updates(out, plan, opt, rec.id, ev.id, "", ev.updates);
      append_action_updates(out, plan, opt, rec.id, ev.id, ev.actions);
    }
  }
  return out;
}

void append_actions(std::string& out, const Plan& plan, const ExportOptions& opt,
                    const Recommendation& rec, const std::string& evidence_id,
                    const std::vector<Action>& actions) {
  for (const Action& a : actions) {
    Progress p = action_progress(plan, a, opt.include_internal);
    const DateField& target = current_target(a);
    out +=
        csv_row({plan.organisation, std::to_string(rec.id), evidence_id, a.id, a.text, a.lead,
                 iso_or_text(a.target), a.target_note, target.present() ? iso_or_text(target) : "",
                 target_history(a), p.status, category_name(category_of(plan, p)),
                 percent_text(p.percent), latest_rag(a.updates, opt.include_internal),
                 p.date    ? format_iso(*p.date)
                 : p.month ? format_iso(*p.month)
                           : "",
                 action_overdue(plan, a, opt.as_of, opt.include_internal) ? "yes" : "no",
                 p.latest ? p.latest->note : ""});
  }
}

// One row per action, the recommendation's own then its evidence items', in file order.
std::string action_rows(const Plan& plan, const ExportOptions& opt) {
  std::string out =
      csv_row({"Organisation", "ID", "Evidence", "Action", "Text", "Lead", "Original target",
               "Target note", "Current target", "Target history", "Status", "Category", "Percent",
               "RAG", "Last update", "Overdue", "Latest note"});
  for (const Recommendation& rec : plan.recommendations) {
    append_actions(out, plan, opt, rec, "", rec.actions);
    for (const Evidence& ev : rec.evidence) append_actions(out, plan, opt, rec, ev.id, ev.actions);
  }
  return out;
}

}  // namespace

std::string export_csv(const Plan& plan, const ExportOptions& opt, CsvRows rows) {
  switch (rows) {
    case CsvRows::updates:
      return utf8_bom + update_rows(plan, opt);
    case CsvRows::actions:
      return utf8_bom + action_rows(plan, opt);
    default:
      return utf8_bom + recommendation_rows(plan, opt);
  }
}

}  // namespace plan
