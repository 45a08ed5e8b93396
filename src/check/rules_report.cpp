// The plan against the report it names: every recommendation addressed to
// the plan's body answered (or marked not applicable with a reason), none
// the report lacks, and deadlines, wording and evidence requirements as the
// report gives them. Forces paraphrase and sometimes mistype, so most of
// these are warnings a plan can acknowledge.
#include <fmt/format.h>

#include <map>
#include <set>

#include "check/rules.h"
#include "model/report.h"
#include "util/word_diff.h"

namespace plan {
namespace {

std::string long_date(const DateField& d) {
  return d.value ? format_long(*d.value) : d.text;
}

// Forces publish their own words and sometimes a slip; the plan keeps what
// was published, so each of these warnings says how to accept it knowingly.
std::string ack_hint(const char* rule, const std::string& item) {
  return fmt::format(
      "or, to keep what the force published, acknowledge it in plan.yaml "
      "(rule {}, item \"{}\")",
      rule, item);
}

void add(Diagnostics& out, Severity sev, const char* rule, const std::string& file, Pos pos,
         const std::string& item, std::string message) {
  Diagnostic d;
  d.severity = sev;
  d.rule = rule;
  d.file = file;
  d.line = pos.line;
  d.col = pos.col;
  d.message = std::move(message);
  d.item = item;
  out.add(std::move(d));
}

void check_deadline(const Report& report, const ReportRecommendation& want,
                    const Recommendation& rec, Diagnostics& out) {
  std::string item = std::to_string(rec.id);
  if (want.deadline.value && rec.deadline.value && *want.deadline.value != *rec.deadline.value)
    add(out, Severity::warning, "report-deadline", rec.file, rec.deadline.pos, item,
        fmt::format("deadline {} differs from the report's {} for recommendation {}{}; correct "
                    "it to {}, {}",
                    long_date(rec.deadline), long_date(want.deadline), rec.id,
                    want.deadline_note.empty() ? "" : " (" + want.deadline_note + ")",
                    want.deadline.text, ack_hint("report-deadline", item)));
  size_t n = std::min(want.milestones.size(), rec.milestones.size());
  for (size_t i = 0; i < n; ++i) {
    const DateField& a = want.milestones[i].deadline;
    const DateField& b = rec.milestones[i].deadline;
    if (a.value && b.value && *a.value != *b.value)
      add(out, Severity::warning, "report-deadline", rec.file, b.pos, item,
          fmt::format("milestone deadline {} differs from the report's {} for recommendation {}; "
                      "correct it to {}, {}",
                      long_date(b), long_date(a), rec.id, a.text,
                      ack_hint("report-deadline", item)));
  }
  (void)report;
}

void check_wording(const std::string& want, const std::string& have, const std::string& file,
                   Pos pos, const std::string& item, const std::string& what, Diagnostics& out) {
  if (want.empty() || have.empty() || same_words(want, have)) return;
  add(out, Severity::warning, "report-text", file, pos, item,
      fmt::format("{} differs from the report's wording ([-report-]{{+plan+}}): {}; use the "
                  "report's words, {}",
                  what, word_diff(want, have), ack_hint("report-text", item)));
}

void check_evidence(const ReportRecommendation& want, const Recommendation& rec, Diagnostics& out) {
  std::map<std::string, const Evidence*> have;
  for (const Evidence& ev : rec.evidence) have[ev.id] = &ev;
  std::set<std::string> wanted;
  for (const ReportEvidence& ev : want.evidence) {
    wanted.insert(ev.id);
    auto it = have.find(ev.id);
    if (it == have.end()) {
      add(out, Severity::warning, "report-evidence", rec.file, rec.id_pos, ev.id,
          fmt::format("the report's evidence requirement {} is missing from recommendation {}; "
                      "add it{}",
                      ev.id, rec.id, ev.text.empty() ? "" : " (its text is in the report file)"));
      continue;
    }
    check_wording(ev.text, it->second->text, rec.file, it->second->text_pos, ev.id,
                  "evidence requirement " + ev.id, out);
  }
  for (const Evidence& ev : rec.evidence)
    if (!ev.id.empty() && !wanted.count(ev.id))
      add(out, Severity::warning, "report-evidence", rec.file, ev.id_pos, ev.id,
          fmt::format(
              "evidence requirement {} is not one of the report's for recommendation {} "
              "({}); keep it if the force added it on purpose and acknowledge it, or "
              "remove it",
              ev.id, rec.id, want.evidence.empty() ? std::string("it has none") : [&] {
                std::string ids;
                for (const ReportEvidence& e : want.evidence)
                  ids += (ids.empty() ? "" : ", ") + e.id;
                return "it has " + ids;
              }()));
}

// A recommendation of the plan that the report has not got, or not for this body.
void check_known(const Plan& plan, const Report& report, const Recommendation& rec,
                 Diagnostics& out) {
  std::string item = std::to_string(rec.id);
  if (known_missing(report, rec.id) || (report.partial && (report.recommendation_count == 0 ||
                                                           rec.id <= report.recommendation_count)))
    add(out, Severity::warning, "report-unknown", rec.file, rec.id_pos, item,
        fmt::format("the report file {} does not hold recommendation {} (it is partial), so it "
                    "cannot be checked against the report",
                    report.file, rec.id));
  else
    add(out, Severity::error, "report-unknown", rec.file, rec.id_pos, item,
        fmt::format("the report has no recommendation {}{}; check the number against the report",
                    rec.id,
                    report.recommendation_count > 0
                        ? fmt::format(" (it makes {})", report.recommendation_count)
                        : std::string()));
  (void)plan;
}

void check_coverage(const Plan& plan, const Report& report, Diagnostics& out) {
  std::set<int> in_plan;
  for (const Recommendation& rec : plan.recommendations) in_plan.insert(rec.id);
  std::map<int, const NotApplicable*> marked;
  for (const NotApplicable& na : plan.not_applicable) {
    marked[na.id] = &na;
    std::string item = std::to_string(na.id);
    const ReportRecommendation* r = find_recommendation(report, na.id);
    if (in_plan.count(na.id))
      add(out, Severity::error, "report-not-applicable", plan.file, na.pos, item,
          fmt::format("recommendation {} is listed under 'not_applicable' but the plan answers "
                      "it; remove one of the two",
                      na.id));
    else if (!r && !known_missing(report, na.id))
      add(out, Severity::error, "report-not-applicable", plan.file, na.pos, item,
          fmt::format("recommendation {} is listed under 'not_applicable' but the report has no "
                      "such recommendation; check the number",
                      na.id));
    else
      add(out, Severity::warning, "report-not-applicable", plan.file, na.pos, item,
          fmt::format("recommendation {} of the report is not answered: marked not applicable "
                      "('{}')",
                      na.id, na.reason));
  }
  if (plan.addressee.empty()) return;
  for (const ReportRecommendation& r : report.recommendations) {
    if (!addressed_to(r, plan.addressee) || in_plan.count(r.id) || marked.count(r.id)) continue;
    add(out, Severity::error, "report-missing", plan.file, plan.addressee_pos, std::to_string(r.id),
        fmt::format("recommendation {}{} of the report is addressed to {} but the plan has no "
                    "recommendations/{}.yaml; add it (its text and evidence are in {}), or list "
                    "it under 'not_applicable' with the reason",
                    r.id, r.title.empty() ? "" : " (" + r.title + ")", plan.addressee, r.id,
                    report.file));
  }
}

}  // namespace

void check_against_report(const Plan& plan, Diagnostics& out) {
  if (!plan.report_data) return;
  const Report& report = *plan.report_data;
  if (plan.addressee.empty())
    out.warning("report-addressee", plan.file, plan.report.pos.line, plan.report.pos.col,
                "the plan names its report but not the body it answers for; add 'addressee:' "
                "(e.g. addressee: Chief constables) so validate can check every recommendation "
                "made to it is answered");
  if (plan.published.value && report.published.value &&
      *plan.published.value != *report.published.value)
    out.warning(
        "report-published", plan.file, plan.published.pos.line, plan.published.pos.col,
        fmt::format("published {} differs from the report's publication date {}; deadline "
                    "notes are worked out from it, so use {}",
                    long_date(plan.published), long_date(report.published), report.published.text));
  check_coverage(plan, report, out);
  for (const Recommendation& rec : plan.recommendations) {
    const ReportRecommendation* want = find_recommendation(report, rec.id);
    if (!want) {
      check_known(plan, report, rec, out);
      continue;
    }
    std::string item = std::to_string(rec.id);
    if (!plan.addressee.empty() && !addressed_to(*want, plan.addressee)) {
      std::string to;
      for (const std::string& a : want->addressees) to += (to.empty() ? "" : " and ") + a;
      add(out, Severity::warning, "report-addressee", rec.file, rec.id_pos, item,
          fmt::format("recommendation {} is addressed to {} in the report, not to {}", rec.id, to,
                      plan.addressee));
    }
    check_deadline(report, *want, rec, out);
    check_wording(want->text, rec.text, rec.file, rec.text_pos, item, "the text", out);
    check_evidence(*want, rec, out);
  }
}

}  // namespace plan
