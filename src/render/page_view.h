// The published page's content as one plain data tree, built once from the
// plan and filled into any template (HTML, Markdown; later JSON export).
// Markdown fields stay Markdown source here: each format renders them safely.
// Nothing marked internal ever reaches this tree.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace plan {

/// A date for people and machines: "27 March 2025" and "2025-03-27".
/// iso is empty when the plan's text was not a real date (text is then as written).
struct DateView {
  std::string iso;
  std::string text;
};

/// Where something stands, from its latest public update.
struct StatusView {
  std::string label;           // "In Progress 25%"
  std::string status;          // "In Progress"; the plan's first status when nothing is recorded
  std::string state;           // "complete", "in-progress" or "not-started"
  std::optional<int> percent;  // as recorded; 100 when complete without one
  std::optional<DateView> updated;  // date of the latest update counted
  bool from_evidence = false;       // added up from its parts' updates
  bool from_actions = false;        // ... and those parts were its actions
};

/// A red/amber/green judgement in words and as a key for its colour: never a status.
struct RagView {
  std::string key;   // "red", "amber", "green", "blue" (for CSS classes)
  std::string word;  // "Red", "Amber", "Green", "Blue": shown beside the colour (WCAG 1.4.1)
};

struct UpdateView {
  DateView date;
  std::string status_label;  // "In Progress 25%"
  std::string by;
  std::string note;  // Markdown
  std::optional<RagView> rag;
};

/// The force's response to a recommendation, as the plan gives it.
struct ResponseView {
  std::string position;  // "Accepted", "Partially accepted", "Not accepted"; "" when not given
  std::string label;     // the force's own word, shown as written; "" when not given
  std::optional<DateView> date;
  std::string text;  // Markdown
};

/// An action's target as the plan gives it: the current one first, then
/// how it got there ("target 31 March 2025, moved to 30 June 2025 on
/// 2 February 2025: supplier delay").
struct TargetView {
  std::optional<DateView> current;  // the date the action is now held to
  std::string note;                 // "Ongoing": a target that is not a date
  std::string history;              // "" when the target never moved
};

/// One thing the force will do, for the "What we will do" table.
struct ActionView {
  std::string id;           // "7a", "7.1b"
  std::string anchor;       // "action-7a", "action-7-1b"
  std::string evidence_id;  // "7.1" when planned under an evidence requirement
  std::string text;         // plain text
  std::string lead;
  TargetView target;
  std::string status_label;  // from its latest public update; "" when none
  std::string state;         // "complete", "in-progress", "not-started", "no-update"
  std::optional<DateView> updated;
  std::optional<RagView> rag;       // on its latest public update, when given
  bool overdue = false;             // its current target has passed and it is not complete
  std::vector<UpdateView> updates;  // public only, newest first
};

struct DocumentView {
  std::string title;
  std::string url;
  bool url_is_safe = false;  // http(s), mailto, tel or relative: may become a link
};

struct EvidenceView {
  std::string id;                    // "23.1"
  std::string anchor;                // "evidence-23-1"
  std::string text;                  // Markdown; empty when the source gives none
  std::string owner;                 // only when the evidence names its own
  std::optional<StatusView> status;  // only when it has public updates of its own
  std::vector<UpdateView> updates;   // newest first
  std::vector<DocumentView> documents;
};

struct MilestoneView {
  DateView deadline;
  std::string deadline_note;
  std::string lead;  // "By 27 March 2025 (six months from publication), "
  std::string text;  // Markdown
};

struct RecommendationView {
  int id = 0;
  std::string anchor;   // "recommendation-23"
  std::string heading;  // "Recommendation 23"
  std::string title;    // optional
  DateView deadline;
  std::string deadline_note;
  std::string lead;   // "By 27 March 2025, ": the source's opening, split off into deadline
  std::string owner;  // effective owner
  std::string text;   // Markdown
  std::vector<MilestoneView> milestones;
  std::vector<EvidenceView> evidence;
  StatusView status;
  bool overdue = false;
  std::vector<UpdateView> updates;       // public only, newest first
  std::optional<ResponseView> response;  // only when the plan gives one
  std::vector<ActionView> actions;       // the recommendation's, then each requirement's
};

struct LeadView {
  std::string role;
  std::string name;
};

struct SummaryView {
  int total = 0;
  int complete = 0;
  int in_progress = 0;
  int not_started = 0;
  int no_update = 0;  // nothing published for it: not counted as not started
  int no_status = 0;  // updates published, none with a status: not counted either
  int overdue = 0;
  /// Mean over the recommendations with an update published (reported):
  /// recorded percent, 100 when complete, else 0.
  int overall_percent = 0;
  int reported = 0;
};

/// One entry of the page's "Latest updates" list and of the Atom feed: a
/// public update anywhere in the plan, with what it is about.
struct LatestUpdateView {
  DateView date;
  std::string about;   // "Recommendation 23" or "Evidence requirement 23.1"
  std::string anchor;  // "recommendation-23" or "evidence-23-1"
  int recommendation = 0;
  std::string evidence_id;  // "" for the recommendation's own update
  int same_day_index = 1;   // 1 for the first update of its list on that date, 2 for the next …
  std::string status_label;
  std::string by;
  std::string note;         // Markdown
  std::string action_id;    // "7a" for an action's update, else ""
  std::string action_text;  // that action's text
  std::optional<RagView> rag;
  std::string sort_key;  // the date as it sorts: a month as its last day
};

struct PageView {
  std::string title;
  std::string organisation;
  std::string introduction;  // Markdown
  std::vector<LeadView> leads;
  std::optional<DateView> published;
  DateView as_of;
  std::optional<DateView> latest_update;  // newest public update anywhere in the plan
  SummaryView summary;
  std::vector<RecommendationView> recommendations;  // by id
  /// Every public update, newest first (same date: by recommendation, then
  /// the list's own order); the page shows the first few, the feed all.
  std::vector<LatestUpdateView> latest_updates;
  std::string feed_href;  // the Atom feed beside the page, when one is written
};

}  // namespace plan
