// The plan as plain data: what plan.yaml and the recommendation files say,
// with the position of each value that a rule may need to point at.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"

namespace plan {

/// A position in a file, 1-based. line 0 means "unknown".
struct Pos {
  int line = 0;
  int col = 0;
};

/// A date as written: the text, where it is, and its value if it parsed.
/// A date known only to the month (text YYYY-MM) has month set and no value,
/// so code that needs a day treats it as undated rather than inventing one.
struct DateField {
  std::string text;
  Pos pos;
  std::optional<Date> value;   // set when text is YYYY-MM-DD and a real date
  std::optional<Month> month;  // set when text is YYYY-MM (month precision)
  bool present() const { return !text.empty(); }
};

/// "27 March 2025", "November 2024", or the text as written when unreadable.
inline std::string long_date_text(const DateField& d) {
  if (d.value) return format_long(*d.value);
  if (d.month) return format_long(*d.month);
  return d.text;
}

struct Update {
  Pos pos;  // the list item
  DateField date;
  std::string status;
  Pos status_pos;
  std::optional<int> percent;
  Pos percent_pos;
  std::string by;
  std::string note;
  bool internal = false;
  // The force's red/amber/green judgement, never a status (docs/force-plan.md):
  // "red", "amber", "green" or "blue" (the force's "done" colour); "" when not given.
  std::string rag;
  Pos rag_pos;
};

/// A later decision to move an action's target date, kept beside the
/// original: the new date, the day it was decided and why.
struct TargetRevision {
  Pos pos;
  DateField target;   // the new target, day or month precision
  DateField decided;  // when the decision was made
  std::string reason;
  Pos reason_pos;
};

/// One thing the force will do: under a recommendation or an evidence
/// requirement. Its id is the parent's id and a letter ("7a", "7.1b").
struct Action {
  Pos pos;
  std::string id;
  Pos id_pos;
  std::string text;
  Pos text_pos;
  std::string lead;
  DateField target;         // the original target (day or month precision)
  std::string target_note;  // "Ongoing", "Quarterly": a target that is not a date
  Pos target_note_pos;
  std::vector<TargetRevision> revisions;  // oldest first; the last one is current
  std::vector<Update> updates;
};

/// The target an action is now held to: its last revision's, else its own.
inline const DateField& current_target(const Action& a) {
  return a.revisions.empty() ? a.target : a.revisions.back().target;
}

/// The force's position on a recommendation (docs/force-plan.md).
enum class Position { none, accepted, partially_accepted, not_accepted };

/// The force's response to a recommendation: its position (one of a small
/// fixed set, with the force's own word in label), the date and the text.
struct Response {
  Pos pos;
  Position position = Position::none;
  std::string position_text;  // as written: "accepted", "partially-accepted", "not-accepted"
  Pos position_pos;
  std::string label;  // the force's own word, e.g. "Accepted in principle"
  DateField date;
  std::string text;
  Pos text_pos;
  bool present() const { return pos.line > 0 || position != Position::none || !text.empty(); }
};

struct Document {
  std::string title;
  std::string url;
};

struct Evidence {
  Pos pos;
  std::string id;  // "23.1"
  Pos id_pos;
  std::string text;
  Pos text_pos;
  std::string owner;
  std::vector<Update> updates;
  std::vector<Document> documents;
  std::vector<Action> actions;
};

struct Milestone {
  Pos pos;
  DateField deadline;
  std::string deadline_note;
  Pos deadline_note_pos;
  std::string text;
};

struct Recommendation {
  std::string file;  // path as shown in messages, e.g. plan/recommendations/23.yaml
  int id = 0;
  Pos id_pos;
  std::string title;
  std::string owner;  // as written; see effective_owner()
  DateField deadline;
  std::string deadline_note;
  Pos deadline_note_pos;
  std::string text;
  Pos text_pos;
  std::vector<Milestone> milestones;
  std::vector<Evidence> evidence;
  Pos updates_pos;
  std::vector<Update> updates;
  Response response;            // the force's response; absent when not given
  std::vector<Action> actions;  // the force's actions for the recommendation as a whole
};

struct Lead {
  std::string role;
  std::string name;
};

/// Where the plan's report file is (relative to the repository holding the
/// plan folder) and the id it must carry. Empty when the plan names none.
struct ReportRef {
  std::string path;  // e.g. reports/police-response-to-stalking.yaml
  std::string id;    // e.g. police-response-to-stalking-2024
  Pos pos;           // of the `report:` key's value
  bool present() const { return !path.empty() || !id.empty(); }
};

/// A recommendation of the report that the plan does not answer, and why.
struct NotApplicable {
  int id = 0;
  std::string reason;
  Pos pos;
};

/// A warning the force has looked at and accepts (rec 28's deadline as its
/// page published it, say): it no longer fails --strict but is still counted.
struct Acknowledgement {
  std::string rule;  // e.g. report-deadline
  std::string item;  // a recommendation or evidence id, e.g. "28" or "28.1"
  std::string reason;
  Pos pos;
};

struct Report;  // model/report.h

/// One shared scale for every force's own status words (model/category.h).
enum class Category {
  not_started,
  in_progress,
  complete,
  not_applicable,
  no_update,
  not_answered,
  no_status  // updates were published, none with a status: a dated note is not a standing
};

struct Plan {
  std::string file;  // path of plan.yaml as shown in messages
  std::string dir;   // the folder holding plan.yaml
  std::string title;
  std::string organisation;
  DateField published;
  std::string timezone;  // IANA name, such as Europe/London; "" means UTC (model/clock.h)
  Pos timezone_pos;
  std::string introduction;
  std::vector<Lead> leads;
  std::string owner;
  std::vector<std::string> statuses = {"Not Started", "In Progress", "Complete"};
  // Parallel to statuses: what each means on the shared scale. The simple
  // list form gives first = not-started, last = complete, the rest in-progress;
  // an item `{name: …, means: …}` says so itself.
  std::vector<Category> status_categories = {Category::not_started, Category::in_progress,
                                             Category::complete};
  Pos statuses_pos;
  // Parallel to statuses: true where plan.yaml (or import, from the word
  // itself) says the meaning with `means:`, so a rewrite keeps the declaration.
  std::vector<bool> status_declared;
  ReportRef report;
  std::string addressee;  // the body this plan answers for, e.g. "Chief constables"
  Pos addressee_pos;
  std::string url;  // where the plan is published
  std::vector<NotApplicable> not_applicable;
  std::vector<Acknowledgement> acknowledged;
  // A recommendation may be marked done only when every evidence requirement
  // is done (or not applicable). false: the recommendation's own status rules.
  bool evidence_gates_completion = true;
  // The report file named by `report`, when it was found and read (load_plan).
  std::shared_ptr<const Report> report_data;
  std::vector<Recommendation> recommendations;  // sorted by id
  // Recommendation files that are there but did not load (unreadable, or not
  // YAML a plan can hold): their own errors say why, and no other rule may
  // call what they hold missing.
  std::vector<std::string> unloaded_files;
};

/// Whether the file for recommendation id (named <id>.yaml) is there but did not load.
inline bool unloaded(const Plan& p, int id) {
  std::string name = "/" + std::to_string(id) + ".yaml";
  for (const std::string& f : p.unloaded_files)
    if (f.size() >= name.size() && f.compare(f.size() - name.size(), name.size(), name) == 0)
      return true;
  return false;
}

inline const std::string& effective_owner(const Plan& p, const Recommendation& r) {
  return r.owner.empty() ? p.owner : r.owner;
}

/// The status that means done: the last one whose category is complete
/// (the last status when none says so).
inline const std::string& done_status(const Plan& p) {
  for (size_t i = p.statuses.size(); i-- > 0;)
    if (i < p.status_categories.size() && p.status_categories[i] == Category::complete)
      return p.statuses[i];
  return p.statuses.back();
}

}  // namespace plan
