// plan new's work, apart from the command line: under the plan's lock, write
// a new recommendation file by the plan's conventions (schema line, keys in
// order), refusing an id that exists and anything plan validate would reject.
#pragma once

#include <string>

#include "edit/plan_edit.h"

namespace plan {

struct NewRecommendation {
  std::string id;        // as typed: "30"
  std::string deadline;  // as typed: "2025-06-30"
  std::string owner;
  std::string text;
};

EditOutcome create_recommendation(const std::string& dir, const NewRecommendation& req, Date today,
                                  const EditOptions& opt);

}  // namespace plan
