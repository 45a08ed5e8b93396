// The comment plan new and plan init write at the end of a new
// recommendation file: where the force's response and actions go, as an
// example in comments, so nothing is invented in the plan itself.
#pragma once

#include <string>

namespace plan {

/// "# The force's own plan …" lines for recommendation id, each ending "\n".
inline std::string force_plan_comment(int id) {
  std::string a = std::to_string(id) + "a";
  return "\n"
         "# The force's own plan, when it has one (docs/force-plan.md). Uncomment and fill in,\n"
         "# or use: plan respond " +
         std::to_string(id) +
         " --position accepted --text ...\n"
         "#         plan action add " +
         std::to_string(id) +
         " --text ... --lead ... --target YYYY-MM-DD\n"
         "# response:\n"
         "#   position: accepted        # accepted, partially-accepted or not-accepted\n"
         "#   date: YYYY-MM-DD          # or YYYY-MM\n"
         "#   text: What the force said in response.\n"
         "# actions:\n"
         "#   - id: " +
         a +
         "                  # the recommendation's id and a letter\n"
         "#     text: What the force will do.\n"
         "#     lead: Who leads it\n"
         "#     target: YYYY-MM-DD      # or YYYY-MM; move it later with plan action retarget\n";
}

}  // namespace plan
