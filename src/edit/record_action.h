// The force's side of a recommendation, recorded as plan update records an
// update: under the plan's lock, checked by plan validate's rules before and
// after, as lines added to the file (nothing else changes), written
// atomically or only shown (--dry-run).
#pragma once

#include <string>

#include "edit/plan_edit.h"

namespace plan {

/// plan action add: a new action under a recommendation ("7") or an
/// evidence requirement ("7.1"); its id is the next free letter ("7a").
struct AddActionRequest {
  std::string parent;  // "7" or "7.1"
  std::string text;
  std::string lead;
  std::string target;       // YYYY-MM-DD or YYYY-MM, or ""
  std::string target_note;  // "Ongoing", or ""
};

/// plan action retarget: a revision appended to the action's target
/// history; the old target stays.
struct RetargetRequest {
  std::string action;  // "7a"
  std::string to;      // YYYY-MM-DD or YYYY-MM
  std::string reason;
  std::string decided;  // "" for today
};

/// plan respond: the force's response, added to a recommendation that has none.
struct ResponseRequest {
  int rec = 0;
  std::string position;  // accepted, partially-accepted or not-accepted
  std::string label;
  std::string date;  // "" for none
  std::string text;
};

EditOutcome add_action(const std::string& dir, const AddActionRequest& req, Date today,
                       const EditOptions& opt);
EditOutcome retarget_action(const std::string& dir, const RetargetRequest& req, Date today,
                            const EditOptions& opt);
EditOutcome record_response(const std::string& dir, const ResponseRequest& req, Date today,
                            const EditOptions& opt);

/// The date typed for an option, as it will be written: YYYY-MM-DD (a real
/// date) or YYYY-MM; "" with problem set otherwise.
std::string typed_plan_date(const std::string& typed, const std::string& option,
                            std::string& problem);

}  // namespace plan
