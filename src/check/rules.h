// The rules a JSON Schema cannot express: ids against file names, real
// calendar dates, update order, statuses, percentages, deadline notes.
// One function per rule (in rules_*.cpp); the functions below run a family
// of them. Every id they report is a row of check/rule_table.h.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "model/plan.h"

namespace plan {

/// Runs every rule over a loaded plan. as_of is "today" for the future-date rule.
void check_plan(const Plan& plan, Date as_of, Diagnostics& out);

// The rule families, exposed for unit tests.
void check_ids(const Plan& plan, Diagnostics& out);
void check_evidence_ids(const Recommendation& rec, Diagnostics& out);
void check_dates(const Plan& plan, const Recommendation& rec, Diagnostics& out);
void check_updates(const Plan& plan, const std::string& file, const std::vector<Update>& updates,
                   Date as_of, Diagnostics& out);
void check_progress(const Plan& plan, const Recommendation& rec, Diagnostics& out);

/// Parses "56 days from publication", "six months from publication", "1 year
/// from publication". Returns the date it implies, or nullopt if the note
/// has another form.
std::optional<Date> date_from_note(const std::string& note, Date published);

/// Checks that a date field is YYYY-MM-DD and a real date.
void check_date_field(const DateField& d, const char* key, const std::string& file,
                      Diagnostics& out);

}  // namespace plan
