// The rules a JSON Schema cannot express: ids against file names, real
// calendar dates, update order, statuses, percentages, deadline notes.
// One function per rule (in rules_*.cpp); the functions below run a family
// of them. Every id they report is a row of diag/rule_table.h.
#pragma once

#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "load/yaml_tree.h"
#include "model/plan.h"

namespace plan {

/// Runs every rule over a loaded plan. as_of is "today" for the future-date rule.
void check_plan(const Plan& plan, Date as_of, Diagnostics& out);

// The rule families, exposed for unit tests.
void check_ids(const Plan& plan, Diagnostics& out);
void check_evidence_ids(const Recommendation& rec, Diagnostics& out);
void check_dates(const Plan& plan, const Recommendation& rec, Diagnostics& out);
/// plan.yaml's timezone names a zone the system knows.
void check_timezone(const Plan& plan, Diagnostics& out);
void check_updates(const Plan& plan, const std::string& file, const std::vector<Update>& updates,
                   Date as_of, Diagnostics& out);
void check_progress(const Plan& plan, const Recommendation& rec, Diagnostics& out);
/// The force's actions (and response date) of a recommendation and its evidence.
void check_actions(const Plan& plan, const Recommendation& rec, Date as_of, Diagnostics& out);
/// Every status word outside the default scale declares its meaning
/// (plan.yaml's tree, checked with its schema: check/load_checked.cpp).
void check_status_meaning(const YNode& root, const std::string& file, Diagnostics& out);
/// "Green" -> "green": the RAG colour a word names.
std::string rag_colour(const std::string& word);
/// The plan against the report it names (does nothing when none was loaded).
void check_against_report(const Plan& plan, Diagnostics& out);

/// Parses "56 days from publication", "six months from publication", "1 year
/// from publication". Returns the date it implies, or nullopt if the note
/// has another form.
std::optional<Date> date_from_note(const std::string& note, Date published);

/// Checks that a date field is YYYY-MM-DD and a real date.
void check_date_field(const DateField& d, const char* key, const std::string& file,
                      Diagnostics& out);

}  // namespace plan
