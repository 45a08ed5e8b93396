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
  Pos statuses_pos;
  std::vector<Recommendation> recommendations;  // sorted by id
};

inline const std::string& effective_owner(const Plan& p, const Recommendation& r) {
  return r.owner.empty() ? p.owner : r.owner;
}

inline const std::string& done_status(const Plan& p) { return p.statuses.back(); }

}  // namespace plan
