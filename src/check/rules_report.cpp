// The plan against the report it names: every recommendation addressed to
// the plan's body answered (or marked not applicable with a reason), none
// the report lacks, and deadlines, wording and evidence requirements as the
// report gives them. Forces paraphrase and sometimes mistype, and a plan
// keeps what the force published, so most of these are warnings a plan can
// acknowledge (check/acknowledge.h).
#include <fmt/format.h>

#include <map>
#include <set>

#include "check/rules.h"
#include "diag/rule_table.h"
#include "model/report.h"
#include "text/word_diff.h"

namespace plan {
namespace {

std::string long_date(const DateField& d) {
  return d.value ? format_long(*d.value) : d.text;
}

std::string ack_hint(std::string_view rule_id, const std::string& item) {
  return fmt::format(
      "to keep what the force published, acknowledge it in plan.yaml (rule {}, "
      "item \"{}\")",
      rule_id, item);
}

void add(Diagnostics& out, const Rule& r, const std::string& file, Pos pos, const std::string& item,
         std::string message, std::string hint = {}) {
  Diagnostic d;
  d.severity = r.severity;
  d.rule = std::string(r.id);
  d.file = file;
  d.line = pos.line;
  d.col = pos.col;
  d.message = std::move(message);
  d.hint = std::move(hint);
  d.item = item;
  out.add(std::move(d));
}

std::string id_list(const std::vector<ReportEvidence>& evidence) {
  std::string ids;
  for (const ReportEvidence& e : evidence) ids += (ids.empty() ? "" : ", ") + e.id;
  return ids;
}

void check_deadlines(const ReportRecommendation& want, const Recommendation& rec,
                     Diagnostics& out) {
  std::string item = std::to_string(rec.id);
  const Rule& r = rule("report-deadline");
  if (want.deadline.value && rec.deadline.value && *want.deadline.value != *rec.deadline.value)
    add(out, r, rec.file, rec.deadline.pos, item,
        fmt::format("deadline {} differs from the report's {}{} for recommendation {}",
                    long_date(rec.deadline), long_date(want.deadline),
                    want.deadline_note.empty() ? "" : " (" + want.deadline_note + ")", rec.id),
        fmt::format("correct it to {}, or, {}", want.deadline.text, ack_hint(r.id, item)));
  size_t n = std::min(want.milestones.size(), rec.milestones.size());
  for (size_t i = 0; i < n; ++i) {
    const DateField& a = want.milestones[i].deadline;
    const DateField& b = rec.milestones[i].deadline;
    if (a.value && b.value && *a.value != *b.value)
      add(out, r, rec.file, b.pos, item,
          fmt::format("milestone deadline {} differs from the report's {} for recommendation {}",
                      long_date(b), long_date(a), rec.id),
          fmt::format("correct it to {}, or, {}", a.text, ack_hint(r.id, item)));
  }
}

void check_wording(const std::string& want, const std::string& have, const std::string& file,
                   Pos pos, const std::string& item, const std::string& what, Diagnostics& out) {
  if (want.empty() || have.empty() || same_words(want, have)) return;
  add(out, rule("report-text"), file, pos, item,
      fmt::format("{} differs from the report's wording ([-report-]{{+plan+}}): {}", what,
                  word_diff_line(want, have)),
      "use the report's words, or, " + ack_hint("report-text", item));
}

void check_evidence(const ReportRecommendation& want, const Recommendation& rec, Diagnostics& out) {
  std::map<std::string, const Evidence*> have;
  for (const Evidence& ev : rec.evidence) have[ev.id] = &ev;
  std::set<std::string> wanted;
  for (const ReportEvidence& ev : want.evidence) {
    wanted.insert(ev.id);
    auto it = have.find(ev.id);
    if (it == have.end()) {
      add(out, rule("report-evidence"), rec.file, rec.id_pos, ev.id,
          fmt::format("the report's evidence requirement {} is missing from recommendation {}",
                      ev.id, rec.id),
          ev.text.empty() ? "add it" : "add it (its text is in the report file)");
      continue;
    }
    check_wording(ev.text, it->second->text, rec.file, it->second->text_pos, ev.id,
                  "evidence requirement " + ev.id, out);
  }
  for (const Evidence& ev : rec.evidence)
    if (!ev.id.empty() && !wanted.count(ev.id))
      add(out, rule("report-evidence"), rec.file, ev.id_pos, ev.id,
          fmt::format("evidence requirement {} is not one of the report's for recommendation {} "
                      "({})",
                      ev.id, rec.id,
                      want.evidence.empty() ? "it has none" : "it has " + id_list(want.evidence)),
          "remove it, or, if the force added it on purpose, acknowledge it");
}

// A recommendation of the plan that the report file has not got.
void check_not_in_report(const Report& report, const Recommendation& rec, Diagnostics& out) {
  std::string item = std::to_string(rec.id);
  bool may_exist = known_missing(report, rec.id) ||
                   (report.partial &&
                    (report.recommendation_count == 0 || rec.id <= report.recommendation_count));
  if (may_exist)
    add(out, rule("report-partial"), rec.file, rec.id_pos, item,
        fmt::format("the report file {} does not hold recommendation {} (it is partial), so it "
                    "cannot be checked against the report",
                    report.file, rec.id),
        "add the recommendation to the report file when its text is known");
  else
    add(out, rule("report-unknown"), rec.file, rec.id_pos, item,
        fmt::format("the report has no recommendation {}{}", rec.id,
                    report.recommendation_count > 0
                        ? fmt::format(" (it makes {})", report.recommendation_count)
                        : std::string()),
        "check the number against the report");
}

void check_not_applicable(const Plan& plan, const Report& report, const std::set<int>& in_plan,
                          Diagnostics& out) {
  for (const NotApplicable& na : plan.not_applicable) {
    std::string item = std::to_string(na.id);
    if (in_plan.count(na.id))
      add(out, rule("not-applicable-answered"), plan.file, na.pos, item,
          fmt::format("recommendation {} is listed under 'not_applicable' but the plan answers it",
                      na.id),
          "remove one of the two");
    else if (!find_recommendation(report, na.id) && !known_missing(report, na.id))
      add(out, rule("report-unknown"), plan.file, na.pos, item,
          fmt::format("recommendation {} is listed under 'not_applicable' but the report has no "
                      "such recommendation",
                      na.id),
          "check the number against the report");
    else
      add(out, rule("report-not-applicable"), plan.file, na.pos, item,
          fmt::format("recommendation {} of the report is not answered: marked not applicable "
                      "('{}')",
                      na.id, na.reason),
          fmt::format("shown so the decision is seen; once it is agreed, acknowledge it in "
                      "plan.yaml (rule report-not-applicable, item \"{}\")",
                      item));
  }
}

void check_coverage(const Plan& plan, const Report& report, Diagnostics& out) {
  std::set<int> in_plan, marked;
  for (const Recommendation& rec : plan.recommendations) in_plan.insert(rec.id);
  for (const NotApplicable& na : plan.not_applicable) marked.insert(na.id);
  check_not_applicable(plan, report, in_plan, out);
  if (plan.addressee.empty()) return;
  for (const ReportRecommendation& r : report.recommendations) {
    // A file that is there but did not load is not missing: its own errors say why.
    if (!addressed_to(r, plan.addressee) || in_plan.count(r.id) || marked.count(r.id) ||
        unloaded(plan, r.id))
      continue;
    add(out, rule("report-missing"), plan.file, plan.addressee_pos, std::to_string(r.id),
        fmt::format("recommendation {}{} of the report is addressed to {} but the plan has no "
                    "recommendations/{}.yaml",
                    r.id, r.title.empty() ? "" : " (" + r.title + ")", plan.addressee, r.id),
        fmt::format("add it (its text and evidence are in {}), or list it under 'not_applicable' "
                    "with the reason",
                    report.file));
  }
}

void check_addressee(const Plan& plan, const ReportRecommendation& want, const Recommendation& rec,
                     Diagnostics& out) {
  if (plan.addressee.empty() || addressed_to(want, plan.addressee)) return;
  std::string to;
  for (const std::string& a : want.addressees) to += (to.empty() ? "" : " and ") + a;
  add(out, rule("report-addressee"), rec.file, rec.id_pos, std::to_string(rec.id),
      fmt::format("recommendation {} is addressed to {} in the report, not to {}", rec.id, to,
                  plan.addressee),
      "check the number, or acknowledge it if the force answers it all the same");
}

}  // namespace

void check_against_report(const Plan& plan, Diagnostics& out) {
  if (!plan.report_data) return;
  const Report& report = *plan.report_data;
  if (plan.addressee.empty())
    add(out, rule("report-addressee"), plan.file, plan.report.pos, "",
        "the plan names its report but not the body it answers for",
        "add 'addressee:' (e.g. addressee: Chief constables) so validate can check that every "
        "recommendation made to it is answered");
  if (plan.published.value && report.published.value &&
      *plan.published.value != *report.published.value)
    add(out, rule("report-published"), plan.file, plan.published.pos, "",
        fmt::format("published {} differs from the report's publication date {}",
                    long_date(plan.published), long_date(report.published)),
        fmt::format("deadline notes are worked out from it, so use {}", report.published.text));
  check_coverage(plan, report, out);
  for (const Recommendation& rec : plan.recommendations) {
    const ReportRecommendation* want = find_recommendation(report, rec.id);
    if (!want) {
      check_not_in_report(report, rec, out);
      continue;
    }
    check_addressee(plan, *want, rec, out);
    check_deadlines(*want, rec, out);
    check_wording(want->text, rec.text, rec.file, rec.text_pos, std::to_string(rec.id), "the text",
                  out);
    check_evidence(*want, rec, out);
  }
}

}  // namespace plan
