#include <fmt/format.h>

#include "aggregate/chase.h"
#include "aggregate/output.h"
#include "model/category.h"
#include "util/markdown_escape.h"
#include "util/url_policy.h"

namespace plan {
namespace {

std::string iso_or_none(const std::optional<UpdateDate>& d, const char* none = "none") {
  return d ? iso_text(*d) : none;
}

std::string iso_range(const AggregateRecommendation& r) {
  if (!r.latest_from) return "none";
  if (*r.latest_from == *r.latest_to) return iso_text(*r.latest_from);
  return iso_text(*r.latest_from) + " to " + iso_text(*r.latest_to);
}

std::string force_name(const AggregateForce& f) {
  std::string name = markdown_escape(f.organisation);
  if (f.url.empty() || !is_safe_url(f.url)) return name;
  return "[" + name + "](<" + encode_url(f.url) + ">)";
}

std::string cell_text(const AggregateCell& c) {
  std::string s = markdown_escape(cell_label(c));
  std::vector<std::string> facts;
  if (!c.status.empty()) facts.push_back(aggregate_category_labels[category_column(c.category)]);
  if (c.last_update) facts.push_back(iso_text(*c.last_update));
  if (!c.not_applicable_reason.empty())
    facts.push_back("not applicable: " + markdown_escape(c.not_applicable_reason));
  if (c.overdue) facts.push_back("**overdue**");
  if (!facts.empty()) s += " (" + fmt::format("{}", fmt::join(facts, "; ")) + ")";
  return s;
}

std::string counts_cells(const std::array<int, 4>& positions, const std::array<int, 4>& rag) {
  std::string out;
  for (int n : positions) out += fmt::format(" {} |", n);
  for (int n : rag) out += fmt::format(" {} |", n);
  return out;
}

// Responses, RAG and overdue actions: by recommendation, then by force.
std::string force_plans_markdown(const Aggregate& a) {
  std::string heads;
  for (const std::string& h : force_plan_headings()) heads += " " + h + " |";
  std::string out =
      "\n## The forces' own plans\n\nEach force's response to each recommendation, its latest "
      "RAG rating on it and its actions past their target date. A recommendation counts for the "
      "forces that answer it.\n\n| Recommendation |" +
      heads + " Actions overdue |\n|---|";
  for (size_t k = 0; k < 9; ++k) out += "---:|";
  out += "\n";
  for (const AggregateRecommendation& r : a.recommendations)
    out += fmt::format("| {}{} |", r.id, r.title.empty() ? "" : " " + markdown_escape(r.title)) +
           counts_cells(r.positions, r.rag) + fmt::format(" {} |\n", r.actions_overdue);
  out += "\n| Force |" + heads + " Actions | Actions overdue |\n|---|";
  for (size_t k = 0; k < 10; ++k) out += "---:|";
  out += "\n";
  for (const AggregateForce& f : a.forces)
    out += "| " + force_name(f) + " |" + counts_cells(f.positions, f.rag) +
           fmt::format(" {} | {} |\n", f.actions, f.actions_overdue);
  return out;
}

}  // namespace

std::string aggregate_markdown(const Aggregate& a) {
  std::string out;
  out += "# " + markdown_escape(page_title(a)) + "\n\n";
  out += fmt::format("{} plan{} counted, as of {}.\n\n", a.forces.size(),
                     a.forces.size() == 1 ? "" : "s", format_long(a.as_of));
  out += matching_note(a) +
         " Updates dated after the as-of date and internal updates are not "
         "counted.\n\n";
  out += fmt::format("Inputs: {} read, {} refused.\n\n", a.inputs_read(), a.refused.size());
  Headline h = headline_of(a);
  out += fmt::format(
      "## At a glance\n\n- Forces returned: {} of {} expected\n- Complete: {} of {} "
      "recommendations across the forces (those that apply to each)\n- Overdue: {} across the "
      "forces\n- Stale forces: {} of {} (nothing published for more than {} days)\n\n",
      h.returned, h.expected, h.complete, h.answers, h.overdue, h.stale, h.returned, a.stale_after);
  if (a.since_last) {
    out += "## Since the last report (as of " + a.since_last->previous_as_of + ")\n\n";
    for (const std::string& line : a.since_last->summary)
      out += "- " + markdown_escape(line) + "\n";
    for (const auto& [id, moves] : a.since_last->by_recommendation)
      out += fmt::format("- Recommendation {}: {}\n", id, markdown_escape(moves));
    for (const auto& [name, moves] : a.since_last->by_force)
      out += "- " + markdown_escape(name) + ": " + markdown_escape(moves) + "\n";
    out += "\n";
  }
  std::vector<NoReturn> missing = no_returns(a);
  if (!missing.empty()) {
    out += "No return counted from:\n\n";
    for (const NoReturn& n : missing)
      out += "- " + markdown_escape(n.name) + ": " + markdown_escape(n.reason) + "\n";
    out += "\n";
  }

  out += "## By recommendation\n\n| Recommendation |";
  for (const char* label : aggregate_category_labels) out += fmt::format(" {} |", label);
  out += " Overdue | Latest updates |\n|---|";
  for (size_t k = 0; k < aggregate_categories.size(); ++k) out += "---:|";
  out += "---:|---|\n";
  for (const AggregateRecommendation& r : a.recommendations) {
    out += fmt::format("| {}{} |", r.id, r.title.empty() ? "" : " " + markdown_escape(r.title));
    for (int n : r.counts) out += fmt::format(" {} |", n);
    out += fmt::format(" {} | {} |\n", r.overdue, iso_range(r));
  }

  for (const std::string& key : group_keys(a)) {
    out += "\n## By " + markdown_escape(key) + "\n\n| " + markdown_escape(capitalised(key)) +
           " | Forces returned | Complete | Overdue | Not answered | Stale forces |\n"
           "|---|---:|---:|---:|---:|---:|\n";
    for (const GroupRow& g : group_rows(a, key))
      out += fmt::format("| {} | {} of {} | {} of {} | {} | {} | {} |\n",
                         g.value.empty() ? "not given" : markdown_escape(g.value), g.returned,
                         g.expected, g.complete, g.answers, g.overdue, g.not_answered, g.stale);
  }

  out += fmt::format("\n## By force\n\nStale: nothing published for more than {} days.\n\n",
                     a.stale_after);
  out +=
      "| Force | Latest update | Days since | Complete | Overdue | Not answered | Not applicable "
      "| Stale | Source |\n"
      "|---|---|---:|---:|---:|---:|---:|---|---|\n";
  for (const AggregateForce& f : a.forces)
    out += fmt::format(
        "| {} | {} | {} | {} of {} | {} | {} | {} | {} | {} |\n", force_name(f),
        iso_or_none(f.last_update), f.days_since ? std::to_string(*f.days_since) : "none",
        f.complete, a.recommendations.size(), f.overdue, f.not_answered, f.not_applicable,
        f.stale ? "**stale**" : "no", f.exported ? export_age_text(f) : std::string("plan"));
  for (const NoReturn& n : missing)
    out += fmt::format("| {} | no return: {} | | | | | | | |\n", markdown_escape(n.name),
                       markdown_escape(n.reason));

  if (any_force_plan(a)) out += force_plans_markdown(a);

  if (std::vector<ChaseEntry> chase = chase_list(a); !chase.empty()) {
    out += "\n## To chase before the next report\n\n";
    for (const ChaseEntry& c : chase)
      out += "- " + markdown_escape(c.name) +
             (c.contact.empty() ? "" : " (" + markdown_escape(c.contact) + ")") + ": " +
             markdown_escape(fmt::format("{}", fmt::join(c.reasons, "; "))) + "\n";
  }

  out += "\n## Every force and recommendation\n\n| Force |";
  for (const AggregateRecommendation& r : a.recommendations) out += fmt::format(" {} |", r.id);
  out += "\n|---|";
  for (size_t r = 0; r < a.recommendations.size(); ++r) out += "---|";
  out += "\n";
  for (const AggregateForce& f : a.forces) {
    out += "| " + force_name(f) + " |";
    for (const AggregateCell& c : f.cells) out += " " + cell_text(c) + " |";
    out += "\n";
  }
  return out;
}

}  // namespace plan
