// Report files: bytes, YAML, schema, then the model. Also checks what a
// schema cannot: real dates, recommendation numbers used once, evidence
// ids that belong to their recommendation.
#include "load/report_loader.h"

#include <fmt/format.h>

#include <set>

#include "load/limits.h"
#include "load/node_values.h"
#include "load/raw_checks.h"
#include "load/yaml_tree.h"
#include "util/files.h"

namespace plan {
namespace {

ReportRecommendation build_recommendation(const YNode& m) {
  ReportRecommendation r;
  r.pos = m.pos;
  r.id = int_of(m.find("id")).value_or(0);
  r.addressees = text_list_of(m, "addressees");
  r.title = text_of(m, "title");
  r.deadline = date_of(m, "deadline");
  r.deadline_note = text_of(m, "deadline_note");
  r.text = text_of(m, "text");
  each_map_item(m, "milestones", [&](const YNode& ms) {
    r.milestones.push_back(
        {date_of(ms, "deadline"), text_of(ms, "deadline_note"), text_of(ms, "text")});
  });
  each_map_item(m, "evidence", [&](const YNode& e) {
    ReportEvidence ev;
    ev.pos = e.pos;
    if (const YNode* id = e.find("id"); id && id->is_scalar()) ev.id = id->value;
    ev.text = text_of(e, "text");
    r.evidence.push_back(std::move(ev));
  });
  return r;
}

void build_report(const YNode& root, Report& report) {
  report.id = text_of(root, "id");
  report.title = text_of(root, "title");
  report.publishers = text_list_of(root, "publishers");
  report.published = date_of(root, "published");
  report.url = text_of(root, "url");
  report.recommendation_count = int_of(root.find("recommendation_count")).value_or(0);
  if (const YNode* p = root.find("partial"); p && p->is_scalar() && !p->quoted)
    report.partial = p->value == "true" || p->value == "True" || p->value == "TRUE";
  report.partial_note = text_of(root, "partial_note");
  if (const YNode* list = root.find("missing"); list && list->is_seq())
    for (const YNode& n : list->children)
      if (auto id = int_of(&n)) report.missing.push_back(*id);
  each_map_item(root, "missing_addressees", [&](const YNode& m) {
    if (auto id = int_of(m.find("id")))
      report.missing_addressees[*id] = text_list_of(m, "addressees");
  });
  each_map_item(root, "recommendations",
                [&](const YNode& m) { report.recommendations.push_back(build_recommendation(m)); });
}

void check_date(const DateField& d, const char* key, const std::string& file, Diagnostics& out) {
  if (!d.present() || d.value) return;
  out.error("date-invalid", file, d.pos.line, d.pos.col,
            fmt::format("'{}' is '{}', not a real date", key, d.text),
            "write a real date, YYYY-MM-DD");
}

void check_report(const Report& report, Diagnostics& out) {
  const std::string& file = report.file;
  check_date(report.published, "published", file, out);
  std::set<int> seen;
  for (const ReportRecommendation& r : report.recommendations) {
    if (r.id > 0 && !seen.insert(r.id).second)
      out.error("id-unique", file, r.pos.line, r.pos.col,
                fmt::format("recommendation {} appears more than once", r.id),
                "give each number once");
    if (report.recommendation_count > 0 && r.id > report.recommendation_count)
      out.error("id-range", file, r.pos.line, r.pos.col,
                fmt::format("recommendation {} is beyond the report's recommendation_count of {}",
                            r.id, report.recommendation_count));
    if (known_missing(report, r.id))
      out.error("id-unique", file, r.pos.line, r.pos.col,
                fmt::format("recommendation {} is here and also listed under 'missing'", r.id),
                "take it out of 'missing'");
    check_date(r.deadline, "deadline", file, out);
    for (const ReportMilestone& m : r.milestones) check_date(m.deadline, "deadline", file, out);
    std::string prefix = std::to_string(r.id) + ".";
    std::set<std::string> ids;
    for (const ReportEvidence& ev : r.evidence) {
      if (ev.id.rfind(prefix, 0) != 0 || ev.id.size() == prefix.size() ||
          ev.id.find_first_not_of("0123456789", prefix.size()) != std::string::npos)
        out.error("evidence-id-format", file, ev.pos.line, ev.pos.col,
                  fmt::format("evidence id '{}' should be '{}<n>', as in \"{}1\"", ev.id, prefix,
                              prefix));
      else if (!ids.insert(ev.id).second)
        out.error("evidence-id-unique", file, ev.pos.line, ev.pos.col,
                  fmt::format("evidence id '{}' appears more than once", ev.id));
    }
  }
}

}  // namespace

bool load_report_file_text(const std::string& text, const std::string& shown_path, Report& report,
                           Diagnostics& out, const TreeCheck& check) {
  report.file = shown_path;
  if (!check_raw_bytes(text, shown_path, out)) return false;
  std::optional<YNode> root = parse_yaml(text, shown_path, out);
  if (!root) return false;
  if (check) check(*root, FileKind::report, shown_path, out);
  build_report(*root, report);
  check_report(report, out);
  return true;
}

LoadedReport load_report_file(const std::string& path, const std::string& shown_path,
                              const TreeCheck& check) {
  LoadedReport out;
  out.report.file = shown_path;
  ReadResult read = read_file(path, limits::max_file_bytes, true);
  if (!read.ok) {
    out.diagnostics.error("read-error", shown_path, 0, 0, read.error);
    out.io_failed = true;
    return out;
  }
  load_report_file_text(read.data, shown_path, out.report, out.diagnostics, check);
  return out;
}

}  // namespace plan
