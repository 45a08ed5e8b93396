#include "init/from_report.h"

#include "model/plan.h"
#include "text/force_plan_comment.h"
#include "text/yaml_write.h"

namespace plan {
namespace {

Recommendation recommendation_from(const ReportRecommendation& r) {
  Recommendation rec;
  rec.id = r.id;
  rec.title = r.title;
  rec.deadline = r.deadline;
  rec.deadline_note = r.deadline_note;
  rec.text = r.text;
  for (const ReportMilestone& m : r.milestones) {
    Milestone ms;
    ms.deadline = m.deadline;
    ms.deadline_note = m.deadline_note;
    ms.text = m.text;
    rec.milestones.push_back(ms);
  }
  // A requirement the report gives by number only keeps an empty text: the
  // force fills it in from the report, nothing is guessed here.
  for (const ReportEvidence& e : r.evidence) {
    Evidence ev;
    ev.id = e.id;
    ev.text = e.text;
    rec.evidence.push_back(ev);
  }
  return rec;
}

std::string plan_file(const Report& report, const std::string& report_path,
                      const std::string& addressee, Date today) {
  Plan p;
  p.title = "Action Plan: " + report.title;
  p.organisation = "Your organisation";
  // Deadline notes ("56 days from publication") count from the report's
  // date, which validate expects here; today only when the report has none.
  p.published.text = format_iso(today);
  p.published.value = today;
  if (report.published.value) p.published = report.published;
  p.introduction =
      "What this plan responds to, in a paragraph or two. This text opens the "
      "published page; Markdown is allowed.";
  p.leads = {{"Executive Lead", "Name of the executive lead"},
             {"Operational Lead", "Name of the operational lead"}};
  p.owner = addressee;
  p.report.path = report_path;
  p.report.id = report.id;
  p.addressee = addressee;
  return write_plan_file(p);
}

}  // namespace

std::vector<const ReportRecommendation*> addressed_recommendations(const Report& report,
                                                                   const std::string& body) {
  std::vector<const ReportRecommendation*> out;
  for (const ReportRecommendation& r : report.recommendations)
    if (addressed_to(r, body)) out.push_back(&r);
  return out;
}

std::vector<ScaffoldFile> plan_files_from_report(
    const Report& report, const std::vector<const ReportRecommendation*>& recs,
    const std::string& report_path, const std::string& addressee, Date today) {
  std::vector<ScaffoldFile> files;
  files.push_back({"plan/plan.yaml", plan_file(report, report_path, addressee, today)});
  for (const ReportRecommendation* r : recs)
    files.push_back(
        {"plan/recommendations/" + std::to_string(r->id) + ".yaml",
         write_recommendation_file(recommendation_from(*r)) + force_plan_comment(r->id)});
  return files;
}

}  // namespace plan
