// Look-ups on a loaded report.
#include "model/report.h"

#include <algorithm>

namespace plan {
namespace {

bool same_ignoring_case(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    unsigned char x = a[i], y = b[i];
    if (x < 0x80) x = char(std::tolower(x));
    if (y < 0x80) y = char(std::tolower(y));
    if (x != y) return false;
  }
  return true;
}

}  // namespace

const ReportRecommendation* find_recommendation(const Report& report, int id) {
  for (const ReportRecommendation& r : report.recommendations)
    if (r.id == id) return &r;
  return nullptr;
}

bool addressed_to(const ReportRecommendation& rec, const std::string& body) {
  return std::any_of(rec.addressees.begin(), rec.addressees.end(),
                     [&](const std::string& a) { return same_ignoring_case(a, body); });
}

std::string title_of(const Plan& plan, const Recommendation& rec) {
  if (!rec.title.empty() || !plan.report_data) return rec.title;
  const ReportRecommendation* r = find_recommendation(*plan.report_data, rec.id);
  return r ? r->title : std::string();
}

bool known_missing(const Report& report, int id) {
  return std::find(report.missing.begin(), report.missing.end(), id) != report.missing.end();
}

}  // namespace plan
