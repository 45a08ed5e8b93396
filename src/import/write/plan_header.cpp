#include "import/write/plan_header.h"

#include <fmt/format.h>

#include <algorithm>

#include "import/fields/publication_date.h"
#include "util/plural.h"

namespace plan {
namespace {

std::string lines_list(const std::vector<int>& lines) {
  return (lines.size() == 1 ? "line " : "lines ") + and_list(lines);
}

std::string fill_published(Plan& plan) {
  PublishedEstimate estimate = estimate_published(plan);
  if (!estimate.date) {
    return estimate.disagreeing_lines.empty()
               ? "published: left out, as no deadline note such as '56 days from publication' "
                 "tells it; give --published YYYY-MM-DD so such notes can be checked"
               : fmt::format(
                     "published: left out, as the deadline notes on {} disagree about it; "
                     "give --published YYYY-MM-DD",
                     lines_list(estimate.disagreeing_lines));
  }
  plan.published.value = estimate.date;
  plan.published.text = format_iso(*estimate.date);
  std::string message = fmt::format("published: {}, worked out from the deadline notes on {}",
                                    plan.published.text, lines_list(estimate.agreeing_lines));
  if (!estimate.disagreeing_lines.empty())
    message += fmt::format(
        " (the note{} on {} disagree{})", estimate.disagreeing_lines.size() == 1 ? "" : "s",
        lines_list(estimate.disagreeing_lines), estimate.disagreeing_lines.size() == 1 ? "s" : "");
  return message + "; check it, or give --published YYYY-MM-DD";
}

}  // namespace

std::vector<std::string> fill_plan_header(Plan& plan, const HeaderOptions& options) {
  std::vector<std::string> notes;
  plan.title = options.title.empty() ? placeholder_title : options.title;
  if (options.title.empty())
    notes.push_back(
        fmt::format("title: not in the text; wrote '{}': give --title or edit "
                    "plan.yaml",
                    placeholder_title));
  plan.organisation =
      options.organisation.empty() ? placeholder_organisation : options.organisation;
  if (options.organisation.empty())
    notes.push_back(
        fmt::format("organisation: not in the text; wrote '{}': give --organisation "
                    "or edit plan.yaml",
                    placeholder_organisation));
  if (options.published) {
    plan.published.value = options.published;
    plan.published.text = format_iso(*options.published);
  } else {
    notes.push_back(fill_published(plan));
  }
  plan.owner = options.owner;
  if (options.owner.empty()) {
    auto without = std::count_if(plan.recommendations.begin(), plan.recommendations.end(),
                                 [](const Recommendation& r) { return r.owner.empty(); });
    if (without > 0)
      notes.push_back(fmt::format(
          "owner: {} of {} {} no owner and no default "
          "was given; give --owner for the plan's default owner",
          without, counted(plan.recommendations.size(), "recommendation", "recommendations"),
          without == 1 ? "names" : "name"));
  }
  return notes;
}

}  // namespace plan
