// What changed in a plan between two versions, as facts in the plan's own
// words (an update added, status In Progress 25% → 40%, the deadline moved),
// not as changed lines. Built from two loaded plans; printed by diff_output.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/plan.h"
#include "text/word_diff.h"

namespace plan {

struct UpdateFact {
  std::string evidence_id;  // "" for the recommendation's own update
  std::string date, status, by;
  std::optional<int> percent;
  std::string note_first_line;
  bool internal = false;
  std::string action_id;  // "7a" for an action's update, else ""
  std::string rag;        // "amber", as written; "" when not given
};

struct FieldChange {
  std::string field;  // "deadline", "owner", "text", "deadline_note", "title"
  std::string before, after;
  std::vector<WordPiece> words;  // for prose fields
};

/// A target moved: a revision appended (the old target stays in the file).
struct Retarget {
  std::string from, to;  // as written: 2025-03-31 → 2025-06-30 (or 2025-06)
  std::string decided;
  std::string reason;
};

/// One of the force's actions added, removed or changed (docs/force-plan.md).
struct ActionChange {
  enum class Kind { added, removed, changed };
  Kind kind = Kind::changed;
  std::string id;                   // "7a", "7.1b"
  std::string evidence_id;          // "7.1" for an action planned under a requirement
  std::string text_first_line;      // added or removed
  std::string lead;                 // added: its lead
  std::string target;               // added: its current target as written, or its target note
  std::vector<FieldChange> fields;  // text, lead, target (edited in place), target_note
  std::vector<Retarget> retargets;  // revisions added
  std::string status_before, status_after;  // latest status as people read it; "" when none
  std::string rag_before, rag_after;        // latest RAG given; "" when none
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
  // The force's response: "added", "removed" or "" (unchanged or changed field by field).
  std::string response_change;
  std::string response_summary;       // added: position, date and the text's first line
  std::vector<FieldChange> response;  // position, label, date, text
  std::vector<ActionChange> actions;  // in the after file's order, then those removed
  std::string rag_before, rag_after;  // the recommendation's latest RAG; "" when none
};

struct PlanChanges {
  std::string before_label, after_label;
  std::vector<FieldChange> plan_fields;               // title, organisation, owner, statuses
  std::vector<RecommendationChange> recommendations;  // by id; only those that changed
  std::vector<std::string> unreadable;
  bool empty() const { return plan_fields.empty() && recommendations.empty(); }
};

/// Adds a FieldChange named `name` when a and b differ (prose: with its words).
void field(std::vector<FieldChange>& out, const char* name, const std::string& a,
           const std::string& b, bool prose);

/// Compares the recommendations the two plans hold (each may hold only the
/// changed ones: an id missing on one side is added or removed).
PlanChanges compare_plans(const Plan& before, const Plan& after);

}  // namespace plan
