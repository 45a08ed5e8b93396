// `plan export`: the whole plan with where each recommendation stands, as
// versioned JSON (schemas/export.schema.json) for collecting many forces'
// progress in one place, or as CSV for a spreadsheet.
#pragma once

#include <string>

#include "model/plan.h"

namespace plan {

/// Bump when a key is removed or changes meaning; adding keys keeps it.
// 2: `category` beside every status; a recommendation with no update has
// status null (it was the first status) and category no-update.
// 3: the force's plan (docs/force-plan.md): response, actions with their
// revisions and updates, rag, plan.status_meanings, summary counts of
// positions, actions and RAG. Nothing of version 2 changed meaning.
inline constexpr int export_format_version = 3;

struct ExportOptions {
  Date as_of;                     // decides "overdue"
  bool include_internal = false;  // exports are shared: internal updates stay out by default
  std::string generator;          // "plan 0.1.0"
};

enum class CsvRows { recommendations, updates, actions };

std::string export_json(const Plan& plan, const ExportOptions& opt);

/// recommendations: one row per recommendation with its latest status.
/// updates: one row per update, the recommendation's own then its evidence
/// items', each followed by its actions', in file order (with Action and RAG columns).
/// actions: one row per action with its current target, target history, status and RAG.
std::string export_csv(const Plan& plan, const ExportOptions& opt, CsvRows rows);

}  // namespace plan
