// The national view as plain data: many plans compared recommendation by
// recommendation at one as-of date. Built once by aggregate(); every output
// format (JSON, CSV, Markdown, HTML) only writes these facts out, so the
// formats cannot disagree.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/plan.h"
#include "model/report.h"

namespace plan {

/// The categories (model/category.h) in the order outputs list them.
inline constexpr std::array<Category, 7> aggregate_categories = {
    Category::complete,  Category::in_progress,  Category::not_started,   Category::no_update,
    Category::no_status, Category::not_answered, Category::not_applicable};

/// Column headings for the categories, parallel to aggregate_categories.
inline constexpr std::array<const char*, 7> aggregate_category_labels = {
    "Complete",  "In progress",  "Not started",   "No update",
    "No status", "Not answered", "Not applicable"};

/// The position of c in aggregate_categories.
size_t category_column(Category c);

/// When something was last published. An update dated only to the month
/// (2024-11) stands for the month's last day in every sum (docs/force-plan.md)
/// but is written as the month, so no output invents a day.
struct UpdateDate {
  Date day;                 // the date, or the month's last day
  bool month_only = false;  // the source gave only the month
  friend bool operator<(const UpdateDate& a, const UpdateDate& b) { return a.day < b.day; }
  friend bool operator==(const UpdateDate& a, const UpdateDate& b) = default;
};

/// The update date of a field, or nullopt when it has no real date or month.
std::optional<UpdateDate> update_date_of(const DateField& d);
/// "2024-11-27", or "2024-11" for a month.
std::string iso_text(const UpdateDate& d);
/// "27 November 2024", or "November 2024" for a month.
std::string long_text(const UpdateDate& d);

/// One plan's answer to one recommendation at the as-of date.
struct AggregateCell {
  bool answered = false;  // the plan has this recommendation
  std::string status;     // the plan's own words; empty when nothing is published
  Category category = Category::no_update;
  std::string not_applicable_reason;  // the force's reason, when it declared it not applicable
  std::optional<int> percent;
  std::optional<UpdateDate> last_update;  // latest published update counted
  bool overdue = false;
  Position response = Position::none;    // the force's position, when it gave one
  std::string rag;                       // latest RAG on the recommendation's own updates, or ""
  int actions = 0, actions_overdue = 0;  // the force's actions for it, its requirements' too
  std::string note;                      // the latest counted update's note, for the page
};

/// RAG words in the order outputs list them (docs/force-plan.md).
inline constexpr std::array<const char*, 4> aggregate_rag_words = {"red", "amber", "green", "blue"};
inline constexpr std::array<const char*, 4> aggregate_rag_labels = {"Red", "Amber", "Green",
                                                                    "Blue (done)"};
/// Positions in the order outputs list them; the last column counts no response.
inline constexpr std::array<Position, 4> aggregate_positions = {
    Position::accepted, Position::partially_accepted, Position::not_accepted, Position::none};
inline constexpr std::array<const char*, 4> aggregate_position_labels = {
    "Accepted", "Partially accepted", "Not accepted", "No response"};

/// One plan (a force) as a whole.
struct AggregateForce {
  std::string organisation;
  std::string title;
  std::string url;                        // its published plan; empty when it names none
  std::string source;                     // the input it was read from, as given
  std::optional<Date> exported;           // an export's own as-of date; none for a plan folder
  std::optional<UpdateDate> last_update;  // latest published update of any recommendation
  std::optional<int> days_since;          // as_of - last_update
  bool stale = false;                     // nothing published for more than stale_after days
  int answered = 0, complete = 0, overdue = 0, not_answered = 0, not_applicable = 0;
  std::array<int, 4> positions{};  // parallel to aggregate_positions, over its answered ones
  std::array<int, 4> rag{};        // parallel to aggregate_rag_words
  int actions = 0, actions_overdue = 0;
  std::vector<AggregateCell> cells;  // parallel to Aggregate::recommendations
};

struct AggregateRecommendation {
  int id = 0;
  std::string title;            // the first plan's title for it, or empty
  std::array<int, 7> counts{};  // parallel to aggregate_categories
  int overdue = 0;
  std::optional<UpdateDate> latest_from, latest_to;  // range of the forces' latest updates
  std::array<int, 4> positions{};  // forces by response, parallel to aggregate_positions
  std::array<int, 4> rag{};        // forces by latest RAG, parallel to aggregate_rag_words
  int actions_overdue = 0;         // the forces' actions for it past their target
};

/// An input that could not be used, with what was wrong: in full for the
/// analyst (standard error, JSON), and in short words for the public page.
struct RefusedInput {
  std::string path;
  std::string reason;
  std::string short_reason;  // "the plan has errors", "answers another report" …
  std::string organisation;  // the force's name when the input says it; else empty
  bool duplicate = false;    // the same force as an input that was read: no "no return" row
};

/// The name a refused input goes by on the page: its organisation, else the
/// last part of its path that is not "plan" (with no .json).
std::string refused_name(const RefusedInput& r);

/// What moved since an earlier aggregate's JSON (--compare): worked out by
/// aggregate/compare.h, written by every format.
struct SinceLast {
  std::string previous_as_of;
  std::vector<std::string> summary;                            // "complete +8 across forces", …
  std::map<int, std::string> by_recommendation;                // id -> "complete +2; overdue -1"
  std::map<std::string, std::string> by_force;                 // organisation -> its moves
  std::map<std::pair<std::string, int>, std::string> by_cell;  // (organisation, id) -> move
};

struct Aggregate {
  Date as_of;
  int stale_after = 183;
  std::string title;                                     // --title; else worked out from the report
  std::string matched_by = "number";                     // "number" (no report) or "report"
  const Report* report = nullptr;                        // the report matched against, if any
  std::vector<AggregateRecommendation> recommendations;  // in id order
  std::vector<AggregateForce> forces;                    // by organisation, then source
  std::vector<RefusedInput> refused;                     // inputs not used, by path
  struct NotReadEntry {
    std::string path, reason;
  };
  std::vector<NotReadEntry> not_read;           // entries of a folder of inputs passed over
  std::optional<SinceLast> since_last;          // with --compare
  std::map<std::string, std::string> contacts;  // force name -> contact, from a manifest
  // Force name -> its groupings from a manifest ("region" -> "East"), in the
  // manifest's order; forces refused or not read are here too, so a group
  // counts the forces expected in it.
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> groups;
  int inputs_read() const { return int(forces.size()); }
};

/// A plan read from an input, with the input's path.
struct InputPlan {
  std::string source;
  Plan plan;
  std::optional<Date> exported;  // an export's as_of; none for a plan folder
};

/// Drops what must never count at as_of: internal updates, and updates
/// dated after as_of (a month counts from its last day) or with no real
/// date or month. Works in place on the plan.
void keep_published_until(Plan& plan, Date as_of);

/// Compares the plans (already trimmed with keep_published_until) at as_of.
/// Recommendations are matched by number: the report's, and any other a plan
/// has. With a report, a plan lacking a recommendation addressed to its body
/// (its addressee; every one when it names none) is not answered, and one
/// addressed to others only is not applicable to it. Without a report, a
/// plan lacking a number another plan has is not answered. A recommendation
/// the plan declares not applicable (plan.yaml's not_applicable) is so, with
/// its reason. A recommendation not answered counts as overdue once the
/// report's deadline for it has passed. Forces are ordered by organisation
/// then source, so the order of plans does not change the result.
Aggregate aggregate(const std::vector<InputPlan>& plans, Date as_of, int stale_after,
                    const Report* report = nullptr);

}  // namespace plan
