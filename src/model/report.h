// An inspectorate's report as plain reference data: its identity and its
// recommendations (addressees, deadline, wording, evidence requirements).
// Plans point at one by path and id; validate, init, import and aggregate
// read it. Nothing here is ever written back.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/plan.h"

namespace plan {

struct ReportEvidence {
  std::string id;    // "23.1"
  std::string text;  // empty where the sources give the number only
  Pos pos;
};

struct ReportMilestone {
  DateField deadline;
  std::string deadline_note;
  std::string text;
};

struct ReportRecommendation {
  int id = 0;
  Pos pos;
  std::vector<std::string> addressees;  // "Chief constables", "Police and crime commissioners"
  std::string title;                    // optional short subject
  DateField deadline;
  std::string deadline_note;
  std::string text;
  std::vector<ReportEvidence> evidence;
  std::vector<ReportMilestone> milestones;
};

struct Report {
  std::string file;  // as shown in messages
  std::string id, title;
  std::vector<std::string> publishers;
  DateField published;
  std::string url;
  int recommendation_count = 0;
  bool partial = false;
  std::string partial_note;
  std::vector<int> missing;  // numbers of recommendations the file does not hold
  /// Addressees known for some of the missing ones (`- {id: 15, addressees: [...]}`).
  std::map<int, std::vector<std::string>> missing_addressees;
  std::vector<ReportRecommendation> recommendations;
};

/// The recommendation numbered id, or nullptr.
const ReportRecommendation* find_recommendation(const Report& report, int id);

/// True when body is one of the recommendation's addressees, ignoring case
/// ("chief constables" matches "Chief Constables").
bool addressed_to(const ReportRecommendation& rec, const std::string& body);

/// The recommendation's short subject: its own `title`, else its report's
/// (when the plan's report was read and has one), else "".
std::string title_of(const Plan& plan, const Recommendation& rec);

/// True when the report says it lacks recommendation id (listed in `missing`).
bool known_missing(const Report& report, int id);

}  // namespace plan
