// The force's actions as plan list shows them: which are overdue, as a
// table of id, lead, current target and where each stands.
#pragma once

#include <string>
#include <vector>

#include "model/plan.h"

namespace plan {

struct ActionRow {
  const Action* action = nullptr;
  int rec = 0;
};

/// Every action past its current target and not complete, in file order.
std::vector<ActionRow> overdue_actions(const Plan& plan, Date as_of, bool include_internal);

/// "Overdue actions" and a table of them; "" when there are none.
std::string overdue_actions_table(const Plan& plan, const std::vector<ActionRow>& rows, int width,
                                  bool colour);

}  // namespace plan
