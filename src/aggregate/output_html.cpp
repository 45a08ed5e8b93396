#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "aggregate/chase.h"
#include "aggregate/output.h"
#include "aggregate/page_style.h"
#include "model/category.h"
#include "model/position.h"
#include "model/report.h"
#include "util/markup_escape.h"
#include "util/plural.h"
#include "util/url_policy.h"

namespace plan {
namespace {

constexpr int chart_units = 1000;

std::string range_text(const AggregateRecommendation& r) {
  if (!r.latest_from) return "no updates";
  if (*r.latest_from == *r.latest_to) return "latest update " + long_text(*r.latest_from);
  return "latest updates " + long_text(*r.latest_from) + " to " + long_text(*r.latest_to);
}

// "2 complete, 1 in progress and 1 not answered, of 4 plans; 1 overdue; ...".
std::string chart_text(const AggregateRecommendation& r, size_t plans) {
  std::vector<std::string> parts;
  for (size_t k = 0; k < aggregate_categories.size(); ++k)
    if (r.counts[k] > 0) {
      std::string label = aggregate_category_labels[k];
      label[0] = char(std::tolower(static_cast<unsigned char>(label[0])));
      parts.push_back(fmt::format("{} {}", r.counts[k], label));
    }
  std::string list = parts.empty() ? "nothing" : and_list(parts);
  return fmt::format("{}, of {}; {} overdue; {}.", list, counted(int(plans), "plan", "plans"),
                     r.overdue, range_text(r));
}

std::string chart(const AggregateRecommendation& r, size_t plans, const Report* report) {
  std::string id = fmt::format("chart-{}", r.id);
  std::string out = fmt::format("<li id=\"recommendation-{}\">\n<figure>\n", r.id);
  out += fmt::format("<h3 id=\"{}-title\">Recommendation {}{}</h3>\n", id, r.id,
                     r.title.empty() ? "" : ": " + markup_escape(r.title));
  out += fmt::format(
      "<svg role=\"img\" aria-labelledby=\"{0}-title {0}-desc\" viewBox=\"0 0 {1} 40\" "
      "preserveAspectRatio=\"none\" focusable=\"false\">\n",
      id, chart_units);
  int total = 0;
  for (int n : r.counts) total += n;
  int cumulative = 0, x = 0;
  for (size_t k = 0; k < aggregate_categories.size() && total > 0; ++k) {
    cumulative += r.counts[k];
    int end = (cumulative * chart_units + total / 2) / total;
    if (end > x)
      out +=
          fmt::format("<rect class=\"seg seg-{}\" x=\"{}\" y=\"0\" width=\"{}\" height=\"40\"/>\n",
                      category_name(aggregate_categories[k]), x, end - x);
    x = end;
  }
  out += "</svg>\n";
  out += fmt::format("<figcaption id=\"{}-desc\">{}</figcaption>\n", id,
                     markup_escape(chart_text(r, plans)));
  out += "</figure>\n";
  const ReportRecommendation* said = report ? find_recommendation(*report, r.id) : nullptr;
  if (said && !said->text.empty())
    out += "<details>\n<summary>The report's words</summary>\n<p>" + markup_escape(said->text) +
           "</p>\n</details>\n";
  return out + "</li>\n";
}

std::string force_name(const AggregateForce& f) {
  std::string name = markup_escape(f.organisation);
  if (f.url.empty() || !is_safe_url(f.url)) return name;
  return "<a href=\"" + markup_escape(encode_url(f.url)) + "\">" + name + "</a>";
}

std::string date_cell(const std::optional<Date>& d) {
  return d ? "<time datetime=\"" + format_iso(*d) + "\">" + format_long(*d) + "</time>" : "None";
}

// A month is written as the month ("November 2024"), never as a day.
std::string date_cell(const std::optional<UpdateDate>& d) {
  return d ? "<time datetime=\"" + iso_text(*d) + "\">" + long_text(*d) + "</time>" : "None";
}

std::string summary_table(const Aggregate& a) {
  std::string out =
      "<div class=\"table-region\" role=\"region\" aria-labelledby=\"counts-caption\" "
      "tabindex=\"0\">\n<table>\n<caption id=\"counts-caption\">How many plans stand at each "
      "category, recommendation by recommendation</caption>\n<thead>\n<tr><th "
      "scope=\"col\">Recommendation</th>";
  for (const char* label : aggregate_category_labels)
    out += fmt::format("<th scope=\"col\">{}</th>", label);
  out +=
      "<th scope=\"col\">Overdue</th><th scope=\"col\">Latest "
      "updates</th></tr>\n</thead>\n<tbody>\n";
  for (const AggregateRecommendation& r : a.recommendations) {
    out += fmt::format("<tr><th scope=\"row\">{}{}{}</th>", r.id, r.title.empty() ? "" : " ",
                       markup_escape(r.title));
    for (int n : r.counts) out += fmt::format("<td class=\"num\">{}</td>", n);
    std::string range = !r.latest_from ? "None"
                        : *r.latest_from == *r.latest_to
                            ? date_cell(r.latest_from)
                            : date_cell(r.latest_from) + " to " + date_cell(r.latest_to);
    out += fmt::format("<td class=\"num\">{}</td><td>{}</td></tr>\n", r.overdue, range);
  }
  return out + "</tbody>\n</table>\n</div>\n";
}

std::string forces_table(const Aggregate& a) {
  std::string out = fmt::format(
      "<div class=\"table-region\" role=\"region\" aria-labelledby=\"forces-caption\" "
      "tabindex=\"0\">\n<table>\n<caption id=\"forces-caption\">Each plan: its latest published "
      "update, and stale when nothing was published for more than {} days</caption>\n<thead>\n"
      "<tr><th scope=\"col\">Force</th><th scope=\"col\">Latest update</th><th "
      "scope=\"col\">Days since</th><th scope=\"col\">Complete</th><th "
      "scope=\"col\">Overdue</th><th scope=\"col\">Not answered</th><th scope=\"col\">Not "
      "applicable</th><th scope=\"col\">Stale</th><th scope=\"col\">Source</th></tr>\n"
      "</thead>\n<tbody>\n",
      a.stale_after);
  for (const AggregateForce& f : a.forces)
    out += fmt::format(
        "<tr><th scope=\"row\">{}</th><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{} "
        "of {}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td "
        "class=\"num\">{}</td><td>{}</td><td>{}</td></tr>\n",
        force_name(f), date_cell(f.last_update),
        f.days_since ? std::to_string(*f.days_since) : "None", f.complete, a.recommendations.size(),
        f.overdue, f.not_answered, f.not_applicable,
        f.stale ? "<span class=\"flag\">Stale</span>" : "No",
        f.exported ? "Export made " + date_cell(f.exported) : std::string("Plan"));
  for (const NoReturn& n : no_returns(a))
    out += fmt::format("<tr><th scope=\"row\">{}</th><td colspan=\"8\">No return: {}</td></tr>\n",
                       markup_escape(n.name), markup_escape(n.reason));
  return out + "</tbody>\n</table>\n</div>\n";
}

std::string count_cells(const std::array<int, 4>& positions, const std::array<int, 4>& rag) {
  std::string out;
  for (int n : positions) out += fmt::format("<td class=\"num\">{}</td>", n);
  for (int n : rag) out += fmt::format("<td class=\"num\">{}</td>", n);
  return out;
}

std::string table_head(const char* id, const std::string& caption, const char* first,
                       const std::vector<std::string>& rest) {
  std::string out = fmt::format(
      "<div class=\"table-region\" role=\"region\" aria-labelledby=\"{0}\" tabindex=\"0\">\n"
      "<table>\n<caption id=\"{0}\">{1}</caption>\n<thead>\n<tr><th scope=\"col\">{2}</th>",
      id, markup_escape(caption), first);
  for (const std::string& h : rest) out += "<th scope=\"col\">" + markup_escape(h) + "</th>";
  return out + "</tr>\n</thead>\n<tbody>\n";
}

// Responses, RAG and overdue actions: by recommendation, then by force.
std::string force_plan_tables(const Aggregate& a) {
  std::vector<std::string> heads = force_plan_headings();
  heads.push_back("Actions overdue");
  std::string out = table_head(
      "own-plans-caption",
      "Each recommendation: how many forces accepted it, their latest RAG ratings on it, and "
      "their actions for it past the target date",
      "Recommendation", heads);
  for (const AggregateRecommendation& r : a.recommendations)
    out += fmt::format("<tr><th scope=\"row\">{}{}{}</th>", r.id, r.title.empty() ? "" : " ",
                       markup_escape(r.title)) +
           count_cells(r.positions, r.rag) +
           fmt::format("<td class=\"num\">{}</td></tr>\n", r.actions_overdue);
  out += "</tbody>\n</table>\n</div>\n";
  heads.insert(heads.end() - 1, "Actions");
  out += table_head("own-plans-forces-caption",
                    "Each force: its responses, its latest RAG ratings, and its actions, with how "
                    "many are past the target date",
                    "Force", heads);
  for (const AggregateForce& f : a.forces)
    out += "<tr><th scope=\"row\">" + force_name(f) + "</th>" + count_cells(f.positions, f.rag) +
           fmt::format("<td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n", f.actions,
                       f.actions_overdue);
  return out + "</tbody>\n</table>\n</div>\n";
}

std::string matrix_cell(const AggregateCell& c) {
  std::string out = "<td><span class=\"label\">" + markup_escape(cell_label(c)) + "</span>";
  if (!c.status.empty())
    out += fmt::format("<span class=\"cat cat-{}\">{}</span>", category_name(c.category),
                       aggregate_category_labels[category_column(c.category)]);
  if (c.last_update) out += "<span class=\"when\">" + date_cell(c.last_update) + "</span>";
  if (!c.not_applicable_reason.empty())
    out += "<span class=\"why\">" + markup_escape(c.not_applicable_reason) + "</span>";
  if (c.overdue) out += "<span class=\"flag\">Overdue</span>";
  return out + "</td>";
}

std::string matrix_table(const Aggregate& a) {
  std::string out =
      "<div class=\"table-region\" role=\"region\" aria-labelledby=\"matrix-caption\" "
      "tabindex=\"0\">\n<table class=\"matrix\">\n<caption id=\"matrix-caption\">Every force and "
      "recommendation: the force's own status words, their category, the latest update and "
      "whether it is overdue</caption>\n<thead>\n<tr><th scope=\"col\">Force</th>";
  for (const AggregateRecommendation& r : a.recommendations)
    out += fmt::format("<th scope=\"col\">Recommendation {}</th>", r.id);
  out += "</tr>\n</thead>\n<tbody>\n";
  for (const AggregateForce& f : a.forces) {
    out += "<tr><th scope=\"row\">" + force_name(f) + "</th>";
    for (const AggregateCell& c : f.cells) out += matrix_cell(c);
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n</div>\n";
}

std::string key() {
  std::string out = "<ul class=\"key\" aria-label=\"Colours in the charts\">\n";
  for (size_t k = 0; k < aggregate_categories.size(); ++k)
    out += fmt::format(
        "<li><svg class=\"swatch\" viewBox=\"0 0 10 10\" aria-hidden=\"true\" focusable=\"false\">"
        "<rect class=\"seg-{}\" width=\"10\" height=\"10\"/></svg>{}</li>\n",
        category_name(aggregate_categories[k]), aggregate_category_labels[k]);
  return out + "</ul>\n";
}

// The page's anchor for a force: its name in lower-case letters, digits and
// dashes, made unique with a number when two names come out the same.
std::vector<std::string> force_anchors(const Aggregate& a) {
  std::vector<std::string> out;
  for (const AggregateForce& f : a.forces) {
    std::string slug = "force-";
    for (unsigned char c : f.organisation) {
      if (std::isalnum(c) && c < 0x80)
        slug += char(std::tolower(c));
      else if (slug.back() != '-')
        slug += '-';
    }
    while (slug.back() == '-') slug.pop_back();
    std::string anchor = slug;
    for (int n = 2; std::find(out.begin(), out.end(), anchor) != out.end(); ++n)
      anchor = slug + "-" + std::to_string(n);
    out.push_back(anchor);
  }
  return out;
}

std::string figure(const std::string& label, const std::string& value, const std::string& what) {
  return "<div>\n<dt>" + label + "</dt>\n<dd><span class=\"figure\">" + value + "</span> " + what +
         "</dd>\n</div>\n";
}

// The four numbers a reader looks for first.
std::string headline(const Aggregate& a) {
  Headline h = headline_of(a);
  std::string out =
      "<section aria-labelledby=\"at-a-glance\">\n<h2 id=\"at-a-glance\">At a glance</h2>\n"
      "<dl class=\"figures\">\n";
  out += figure("Forces returned", fmt::format("{} of {}", h.returned, h.expected),
                "forces expected have sent a plan that could be read");
  out += figure("Complete", fmt::format("{} of {}", h.complete, h.answers),
                "recommendations complete across the forces (each force's recommendations that "
                "apply to it)");
  out += figure("Overdue", std::to_string(h.overdue),
                "recommendations past their deadline and not complete, across the forces");
  out += figure("Stale forces", fmt::format("{} of {}", h.stale, h.returned),
                fmt::format("forces with nothing published for more than {} days", a.stale_after));
  return out + "</dl>\n</section>\n";
}

// Subtotals by each grouping: forces expected and returned, and their answers.
std::string group_tables(const Aggregate& a) {
  std::string out;
  int n = 0;
  for (const std::string& key : group_keys(a)) {
    std::string caption = "Forces by " + key + ": returns, and their answers added up";
    out += table_head(fmt::format("group-caption-{}", ++n).c_str(), caption,
                      markup_escape(capitalised(key)).c_str(),
                      {"Forces returned", "Complete", "Overdue", "Not answered", "Stale forces"});
    for (const GroupRow& g : group_rows(a, key))
      out += fmt::format(
          "<tr><th scope=\"row\">{}</th><td class=\"num\">{} of {}</td><td class=\"num\">{} of "
          "{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td "
          "class=\"num\">{}</td></tr>\n",
          g.value.empty() ? "Not given" : markup_escape(g.value), g.returned, g.expected,
          g.complete, g.answers, g.overdue, g.not_answered, g.stale);
    out += "</tbody>\n</table>\n</div>\n";
  }
  return out;
}

// One force's own words: its latest status and note on each recommendation,
// its response and actions, and a link to its published plan.
std::string force_section(const Aggregate& a, const AggregateForce& f, const std::string& anchor) {
  std::string out = "<details id=\"" + anchor + "\">\n<summary>" + markup_escape(f.organisation) +
                    "</summary>\n<p>";
  if (!f.url.empty() && is_safe_url(f.url))
    out += "<a href=\"" + markup_escape(encode_url(f.url)) + "\">Its published plan</a>. ";
  out += "Latest update: " + date_cell(f.last_update) + ". ";
  out += fmt::format("{} of {} complete, {} overdue, {} not answered.", f.complete,
                     a.recommendations.size(), f.overdue, f.not_answered);
  std::string groups;
  if (auto it = a.groups.find(f.organisation); it != a.groups.end())
    for (const auto& [key, value] : it->second)
      groups += (groups.empty() ? " " : "; ") + markup_escape(capitalised(key)) + ": " +
                markup_escape(value);
  out += groups.empty() ? "" : groups + ".";
  out += "</p>\n<ul class=\"force-cells\">\n";
  for (size_t i = 0; i < f.cells.size(); ++i) {
    const AggregateCell& c = f.cells[i];
    out += fmt::format("<li><strong>Recommendation {}</strong>: ", a.recommendations[i].id) +
           markup_escape(cell_label(c));
    if (c.last_update) out += " (" + date_cell(c.last_update) + ")";
    if (c.overdue) out += " <span class=\"flag\">Overdue</span>";
    if (c.response != Position::none)
      out += ". Response: " + markup_escape(position_words(c.response));
    if (c.actions > 0)
      out += fmt::format(". Actions: {}, {} past the target date", c.actions, c.actions_overdue);
    if (!c.not_applicable_reason.empty()) out += ". " + markup_escape(c.not_applicable_reason);
    if (!c.note.empty())
      out += "<br>\n<span class=\"note-text\">" + markup_escape(c.note) + "</span>";
    out += "</li>\n";
  }
  return out + "</ul>\n</details>\n";
}

struct Section {
  std::string id, heading;
};

std::string contents(const std::vector<Section>& sections) {
  std::string out = "<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ul>\n";
  for (const Section& s : sections)
    out += "<li><a href=\"#" + s.id + "\">" + markup_escape(s.heading) + "</a></li>\n";
  return out + "</ul>\n</nav>\n";
}

}  // namespace

std::string aggregate_html(const Aggregate& a, const std::string& generator) {
  std::string title = page_title(a);
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
      "<meta name=\"referrer\" content=\"no-referrer\">\n";
  out += "<title>" + markup_escape(title) + "</title>\n<style>" + aggregate_page_css + "</style>\n";
  out += "</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">Skip to the progress</a>\n";
  out +=
      "<header class=\"masthead\">\n<div class=\"wrap\">\n<h1>" + markup_escape(title) + "</h1>\n";
  out += fmt::format("<p>{} returned, as of {}</p>\n</div>\n</header>\n",
                     counted(int(a.forces.size()), "force", "forces"), date_cell(a.as_of));
  out += "<main id=\"main\" class=\"wrap\">\n";
  std::vector<Section> sections;
  if (a.since_last) sections.push_back(Section{"since-last", "Since the last report"});
  sections.push_back(Section{"by-recommendation", "By recommendation"});
  std::vector<std::string> keys = group_keys(a);
  if (!keys.empty()) sections.push_back(Section{"by-group", "By " + and_list(keys)});
  sections.push_back(Section{"by-force", "By force"});
  if (any_force_plan(a)) sections.push_back(Section{"own-plans", "The forces' own plans"});
  sections.push_back(Section{"force-by-force", "Force by force"});
  std::vector<ChaseEntry> chase = chase_list(a);
  if (!chase.empty()) sections.push_back(Section{"chase", "To chase before the next report"});
  sections.push_back(Section{"matrix", "Every force and recommendation"});
  out += headline(a) + contents(sections);
  out += "<p class=\"note\">" + markup_escape(matching_note(a)) +
         " Updates dated after the as-of date and internal updates are not counted.</p>\n";
  out += fmt::format("<p>Inputs: {} read, {} refused.</p>\n", a.inputs_read(), a.refused.size());
  if (a.since_last) {
    out +=
        "<section aria-labelledby=\"since-last\">\n<h2 id=\"since-last\">Since the last report (as "
        "of " +
        markup_escape(a.since_last->previous_as_of) + ")</h2>\n<ul>\n";
    for (const std::string& line : a.since_last->summary)
      out += "<li>" + markup_escape(line) + "</li>\n";
    out += "</ul>\n";
    if (!a.since_last->by_recommendation.empty() || !a.since_last->by_force.empty()) {
      out +=
          "<details>\n<summary>What moved, recommendation by recommendation and force by "
          "force</summary>\n<ul>\n";
      for (const auto& [id, moves] : a.since_last->by_recommendation)
        out += fmt::format("<li>Recommendation {}: {}</li>\n", id, markup_escape(moves));
      for (const auto& [name, moves] : a.since_last->by_force)
        out += "<li>" + markup_escape(name) + ": " + markup_escape(moves) + "</li>\n";
      out += "</ul>\n</details>\n";
    }
    out += "</section>\n";
  }
  if (std::vector<NoReturn> missing = no_returns(a); !missing.empty()) {
    out += "<p>No return counted from:</p>\n<ul class=\"refused\">\n";
    for (const NoReturn& n : missing)
      out += "<li>" + markup_escape(n.name) + ": " + markup_escape(n.reason) + "</li>\n";
    out += "</ul>\n";
  }
  out +=
      "<h2 id=\"by-recommendation\">By recommendation</h2>\n" + key() + "<ul class=\"charts\">\n";
  for (const AggregateRecommendation& r : a.recommendations)
    out += chart(r, a.forces.size(), a.report);
  out += "</ul>\n" + summary_table(a);
  if (!keys.empty())
    out += "<h2 id=\"by-group\">By " + markup_escape(and_list(keys)) + "</h2>\n" + group_tables(a);
  out += "<h2 id=\"by-force\">By force</h2>\n" + forces_table(a);
  if (any_force_plan(a))
    out +=
        "<h2 id=\"own-plans\">The forces' own plans</h2>\n<p>Each force's response to each "
        "recommendation, its latest RAG rating on it and its actions past their target date. A "
        "recommendation counts for the forces that answer it.</p>\n" +
        force_plan_tables(a);
  out +=
      "<h2 id=\"force-by-force\">Force by force</h2>\n<p>Each force's own words: its latest "
      "status and note on each recommendation, as it published them.</p>\n";
  std::vector<std::string> anchors = force_anchors(a);
  for (size_t i = 0; i < a.forces.size(); ++i) out += force_section(a, a.forces[i], anchors[i]);
  if (!chase.empty()) {
    out += "<h2 id=\"chase\">To chase before the next report</h2>\n<ul class=\"chase\">\n";
    for (const ChaseEntry& c : chase)
      out += "<li>" + markup_escape(c.name) +
             (c.contact.empty() ? "" : " (" + markup_escape(c.contact) + ")") + ": " +
             markup_escape(fmt::format("{}", fmt::join(c.reasons, "; "))) + "</li>\n";
    out += "</ul>\n";
  }
  out += "<h2 id=\"matrix\">Every force and recommendation</h2>\n" + matrix_table(a);
  out += "</main>\n<footer class=\"page-footer\">\n<div class=\"wrap\">\n";
  out += "<p>Made by " + markup_escape(generator) + " from the forces' published plans, as of " +
         format_iso(a.as_of) + ".</p>\n</div>\n</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace plan
