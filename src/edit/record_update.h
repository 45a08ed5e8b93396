// plan update's work, apart from the command line: under the plan's lock,
// check the request and the file, make the minimal edit, check the result
// by plan validate's rules, and write it atomically (or only show it).
#pragma once

#include <string>

#include "edit/plan_edit.h"
#include "edit/update_request.h"

namespace plan {

/// Records req in the plan in dir. today is the default date and the limit
/// for future dates. Nothing is written unless every check passes.
EditOutcome record_update(const std::string& dir, const UpdateRequest& req, Date today,
                          const EditOptions& opt);

}  // namespace plan
