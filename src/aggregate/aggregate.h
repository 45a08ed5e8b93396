// The national view as plain data: many plans compared recommendation by
// recommendation at one as-of date. Built once by aggregate(); every output
// format (JSON, CSV, Markdown, HTML) only writes these facts out, so the
// formats cannot disagree.
#pragma once

#include <array>
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

/// One plan's answer to one recommendation at the as-of date.
struct AggregateCell {
  bool answered = false;  // the plan has this recommendation
  std::string status;     // the plan's own words; empty when nothing is published
  Category category = Category::no_update;
  std::optional<int> percent;
  std::optional<Date> last_update;  // latest published update counted
  bool overdue = false;
};

/// One plan (a force) as a whole.
struct AggregateForce {
  std::string organisation;
  std::string title;
  std::string url;                  // its published plan; empty when it names none
  std::string source;               // the input it was read from, as given
  std::optional<Date> last_update;  // latest published update of any recommendation
  std::optional<int> days_since;    // as_of - last_update
  bool stale = false;               // nothing published for more than stale_after days
  int answered = 0, complete = 0, overdue = 0;
  std::vector<AggregateCell> cells;  // parallel to Aggregate::recommendations
};

struct AggregateRecommendation {
  int id = 0;
  std::string title;            // the first plan's title for it, or empty
  std::array<int, 7> counts{};  // parallel to aggregate_categories
  int overdue = 0;
  std::optional<Date> latest_from, latest_to;  // range of the forces' latest updates
};

/// An input that could not be read, with what was wrong.
struct RefusedInput {
  std::string path;
  std::string reason;
};

struct Aggregate {
  Date as_of;
  int stale_after = 183;
  std::string matched_by = "number";                     // "number" (no report) or "report"
  const Report* report = nullptr;                        // the report matched against, if any
  std::vector<AggregateRecommendation> recommendations;  // in id order
  std::vector<AggregateForce> forces;                    // by organisation, then source
  std::vector<RefusedInput> refused;  // paths not found first, then inputs not readable
  int inputs_read() const { return int(forces.size()); }
};

/// A plan read from an input, with the input's path.
struct InputPlan {
  std::string source;
  Plan plan;
};

/// Drops what must never count at as_of: internal updates, and updates
/// dated after as_of (or with no real date). Works in place on the plan.
void keep_published_until(Plan& plan, Date as_of);

/// Compares the plans (already trimmed with keep_published_until) at as_of.
/// Recommendations are matched by number: the report's, and any other a plan
/// has. With a report, a plan lacking a recommendation addressed to its body
/// (its addressee; every one when it names none) is not answered, and one
/// addressed to others only is not applicable to it. Without a report, a
/// plan lacking a number another plan has is not answered.
Aggregate aggregate(const std::vector<InputPlan>& plans, Date as_of, int stale_after,
                    const Report* report = nullptr);

}  // namespace plan
