#include "query/action_list.h"

#include "model/action_status.h"
#include "model/progress.h"
#include "query/table.h"
#include "util/plural.h"

namespace plan {

std::vector<ActionRow> overdue_actions(const Plan& plan, Date as_of, bool include_internal) {
  std::vector<ActionRow> rows;
  auto add = [&](int rec, const std::vector<Action>& actions) {
    for (const Action& a : actions)
      if (action_overdue(plan, a, as_of, include_internal)) rows.push_back({&a, rec});
  };
  for (const Recommendation& rec : plan.recommendations) {
    add(rec.id, rec.actions);
    for (const Evidence& ev : rec.evidence) add(rec.id, ev.actions);
  }
  return rows;
}

std::string overdue_actions_table(const Plan& plan, const std::vector<ActionRow>& rows, int width,
                                  bool colour) {
  if (rows.empty()) return "";
  Table t;
  t.columns = {{"Action", false}, {"Lead", true}, {"Target", false}, {"Status", true, true}};
  for (const ActionRow& r : rows) {
    const Action& a = *r.action;
    std::string status = status_label(plan, action_progress(plan, a, true));
    std::string rag = latest_rag(a.updates, true);
    if (!rag.empty()) status += ", RAG " + rag;
    t.rows.push_back(
        {{a.id},
         {a.lead.empty() ? "not named" : a.lead, a.lead.empty() ? Tone::muted : Tone::plain},
         {current_target(a).text, Tone::bad},
         {status}});
  }
  return "\n" + counted(rows.size(), "action is", "actions are") +
         " past the target and not complete:\n" + render_table(t, width, colour);
}

}  // namespace plan
