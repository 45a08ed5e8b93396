// The plan as plain data: what plan.yaml and the recommendation files say,
// with the position of each value that a rule may need to point at.
#pragma once

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
struct DateField {
  std::string text;
  Pos pos;
  std::optional<Date> value;  // set when text is YYYY-MM-DD and a real date
  bool present() const { return !text.empty(); }
};

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
  std::vector<Milestone> milestones;
  std::vector<Evidence> evidence;
  Pos updates_pos;
  std::vector<Update> updates;
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

/// One shared scale for every force's own status words (model/category.h).
enum class Category { not_started, in_progress, complete, not_applicable, no_update, not_answered };

struct Plan {
  std::string file;  // path of plan.yaml as shown in messages
  std::string dir;   // the folder holding plan.yaml
  std::string title;
  std::string organisation;
  DateField published;
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
  ReportRef report;
  std::string addressee;  // the body this plan answers for, e.g. "Chief constables"
  Pos addressee_pos;
  std::string url;        // where the plan is published
  std::vector<Recommendation> recommendations;  // sorted by id
};

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
