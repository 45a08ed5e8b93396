// What an analyst asks plan update for (an id, a status, a percent, a note,
// a date), checked against the plan before any file is touched: each problem
// becomes one sentence saying what is wrong and what would be right.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/plan.h"

namespace plan {

struct UpdateRequest {
  std::string id;  // "23", or "23.1" for an evidence requirement
  std::string status;
  bool status_given = true;  // false: a dated note with no status (then a note is needed)
  std::string percent;       // as typed; "" when not given
  std::string date;          // as typed; "" for today
  std::string by;
  std::string rag;  // as typed: red, amber, green or blue (any case); "" when not given
  std::string note;
  std::string note_from = "--note";  // where the note came from, for messages: "--note-file x.txt"
};

/// A recommendation number and, for an evidence requirement, its id.
struct TargetId {
  int rec = 0;
  std::string evidence_id;  // "23.1", or "" for the recommendation itself
  std::string action_id;    // "23a" or "23.1a" for one of the force's actions, else ""
};

/// "23", "23.1", or an action's id ("23a", "23.1b"); nullopt for anything else.
std::optional<TargetId> parse_target_id(const std::string& id);

/// "recommendation 23", "evidence requirement 23.1" or "action 23a".
std::string target_name(const TargetId& t);

/// Up to three of ids nearest to id, in increasing order.
std::vector<int> nearest_ids(int id, std::vector<int> ids);

/// Checks req against the plan's statuses, the target's existing updates and
/// today, and fills u. Returns the problems (empty when there are none).
std::vector<std::string> check_update_request(const UpdateRequest& req, const Plan& plan,
                                              const std::vector<Update>& existing,
                                              const TargetId& target, Date today, Update& u);

/// A commit subject such as "Recommendation 23: In Progress 40% (2025-01-15)".
std::string update_summary(const TargetId& target, const Update& u);

}  // namespace plan
