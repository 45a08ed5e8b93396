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
  bool from_evidence = false;       // added up from the evidence requirements' updates
};

struct UpdateView {
  DateView date;
  std::string status_label;  // "In Progress 25%"
  std::string by;
  std::string note;  // Markdown
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
  std::vector<UpdateView> updates;  // public only, newest first
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
  std::string note;  // Markdown
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
