// Matching acknowledgements to warnings by rule and item.
#include "check/acknowledge.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "diag/rule_table.h"
#include "util/paths.h"
#include "util/suggest.h"

namespace plan {

std::string diagnostic_item(const Diagnostic& d) {
  if (!d.item.empty()) return d.item;
  const std::string& f = d.file;
  std::string name = name_of(f), folder = folder_of(f);
  bool in_recs =
      folder.size() >= 15 && folder.compare(folder.size() - 15, 15, "recommendations") == 0;
  if (!in_recs || name.size() <= 5 || name.compare(name.size() - 5, 5, ".yaml") != 0) return "";
  std::string stem = name.substr(0, name.size() - 5);
  return stem.find_first_not_of("0123456789") == std::string::npos ? stem : "";
}

std::vector<AcknowledgedWarning> apply_acknowledgements(const Plan& plan, Diagnostics& ds) {
  std::vector<AcknowledgedWarning> set_aside;
  if (plan.acknowledged.empty()) return set_aside;
  std::vector<bool> used(plan.acknowledged.size(), false);
  Diagnostics kept;
  for (const Diagnostic& d : ds.items()) {
    bool matched = false;
    if (d.severity == Severity::warning) {
      std::string item = diagnostic_item(d);
      for (size_t i = 0; i < plan.acknowledged.size() && !matched; ++i) {
        const Acknowledgement& a = plan.acknowledged[i];
        if (a.rule != d.rule || a.item != item) continue;
        used[i] = matched = true;
        set_aside.push_back({d, a.reason});
      }
    }
    if (!matched) kept.add(d);
  }
  std::vector<std::string> rules;
  for (const Rule& r : rule_table) rules.emplace_back(r.id);
  for (size_t i = 0; i < plan.acknowledged.size(); ++i) {
    if (used[i]) continue;
    const Acknowledgement& a = plan.acknowledged[i];
    // A recommendation whose file did not load had no warnings checked.
    if (unloaded(plan, std::atoi(a.item.substr(0, a.item.find('.')).c_str()))) continue;
    bool known = std::find(rules.begin(), rules.end(), a.rule) != rules.end();
    std::string what, hint;
    if (known) {
      // The item is a recommendation (7) or an evidence requirement (7.1).
      const char* kind =
          a.item.find('.') == std::string::npos ? "recommendation" : "evidence requirement";
      what = fmt::format("no warning {} on {} {} is left to acknowledge", a.rule, kind, a.item);
      hint = "remove this entry from 'acknowledged' (the problem was fixed, or the id changed)";
    } else {
      std::string near = did_you_mean(a.rule, rules);
      what = fmt::format("there is no rule '{}' to acknowledge", a.rule);
      hint = near.empty() ? "name the rule given in brackets at the end of the warning"
                          : near.substr(2);
    }
    Diagnostic w;
    w.severity = rule("acknowledgement-stale").severity;
    w.rule = "acknowledgement-stale";
    w.file = plan.file;
    w.line = a.pos.line;
    w.col = a.pos.col;
    w.message = what;
    w.hint = hint;
    w.item = a.item;
    kept.add(std::move(w));
  }
  ds = std::move(kept);
  return set_aside;
}

}  // namespace plan
