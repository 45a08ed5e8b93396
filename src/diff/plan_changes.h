// What changed in a plan between two versions, as facts in the plan's own
// words (an update added, status In Progress 25% → 40%, the deadline moved),
// not as changed lines. Built from two loaded plans; printed by diff_output.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "diff/word_diff.h"
#include "model/plan.h"

namespace plan {

struct UpdateFact {
  std::string evidence_id;  // "" for the recommendation's own update
  std::string date, status, by;
  std::optional<int> percent;
  std::string note_first_line;
  bool internal = false;
};

struct FieldChange {
  std::string field;  // "deadline", "owner", "text", "deadline_note", "title"
  std::string before, after;
  std::vector<WordPiece> words;  // for prose fields
};

struct EvidenceChange {
  enum class Kind { added, removed, changed };
  Kind kind = Kind::changed;
  std::string id;
  std::string text_first_line;  // added or removed
  std::vector<FieldChange> fields;
};

struct RecommendationChange {
  enum class Kind { added, removed, changed };
  Kind kind = Kind::changed;
  int id = 0;
  std::string file;
  std::string summary;                      // added/removed: deadline and the text's first line
  std::string status_before, status_after;  // as people read it; equal when unchanged
  std::vector<UpdateFact> updates_added, updates_removed;
  std::vector<FieldChange> fields;
  std::vector<EvidenceChange> evidence;
};

struct PlanChanges {
  std::string before_label, after_label;
  std::vector<FieldChange> plan_fields;               // title, organisation, owner, statuses
  std::vector<RecommendationChange> recommendations;  // by id; only those that changed
  std::vector<std::string> unreadable;
  bool empty() const { return plan_fields.empty() && recommendations.empty(); }
};

/// Compares the recommendations the two plans hold (each may hold only the
/// changed ones: an id missing on one side is added or removed).
PlanChanges compare_plans(const Plan& before, const Plan& after);

}  // namespace plan
