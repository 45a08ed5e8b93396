// The national page: the aggregate as a template's data (every name is listed
// in templates/README.md), filled into templates/national.html.mustache or
// the user's own template.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "aggregate/chase.h"
#include "aggregate/output.h"
#include "aggregate/page_style.h"
#include "model/category.h"
#include "model/position.h"
#include "model/report.h"
#include "util/plural.h"
#include "util/url_policy.h"

namespace plan {

extern const char* const embedded_national_html;

namespace {

constexpr int chart_units = 1000;

std::string range_words(const AggregateRecommendation& r) {
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
                     r.overdue, range_words(r));
}

std::string number(int n) {
  return std::to_string(n);
}

// Counts, each under its name.
void set_numbers(TemplateValue& d, const std::vector<std::pair<const char*, int>>& numbers) {
  for (const auto& [name, n] : numbers) d.set(name, number(n));
}

// A date as `name` ({iso, text}) and `has_name`; a month stays a month
// ("November 2024"), never a day.
void set_date(TemplateValue& d, const std::string& name, const std::optional<UpdateDate>& date) {
  TemplateValue v;
  v.set("iso", date ? iso_text(*date) : "");
  v.set("text", date ? long_text(*date) : "");
  d.set(name, v);
  d.set("has_" + name, date.has_value());
}

void set_date(TemplateValue& d, const std::string& name, const std::optional<Date>& date) {
  set_date(d, name, date ? std::optional<UpdateDate>(UpdateDate{*date}) : std::nullopt);
}

// A list of {count}: one per column of a table row.
TemplateValue counts(const std::vector<int>& numbers) {
  TemplateValue list = TemplateValue::list();
  for (int n : numbers) {
    TemplateValue c;
    c.set("count", number(n));
    list.push_back(c);
  }
  return list;
}

// The responses then the RAG ratings: the columns of the own-plan tables.
TemplateValue plan_counts(const std::array<int, 4>& positions, const std::array<int, 4>& rag) {
  std::vector<int> all(positions.begin(), positions.end());
  all.insert(all.end(), rag.begin(), rag.end());
  return counts(all);
}

TemplateValue recommendation_data(const AggregateRecommendation& r, size_t plans,
                                  const Report* report) {
  TemplateValue d;
  d.set("id", number(r.id));
  set_text(d, "title", r.title);
  d.set("chart_description", chart_text(r, plans));
  TemplateValue segments = TemplateValue::list();
  int total = 0;
  for (int n : r.counts) total += n;
  int cumulative = 0, x = 0;
  for (size_t k = 0; k < aggregate_categories.size() && total > 0; ++k) {
    cumulative += r.counts[k];
    int end = (cumulative * chart_units + total / 2) / total;
    if (end > x) {
      TemplateValue seg;
      seg.set("key", category_name(aggregate_categories[k]));
      seg.set("x", number(x));
      seg.set("width", number(end - x));
      segments.push_back(seg);
    }
    x = end;
  }
  d.set("segments", segments);
  const ReportRecommendation* said = report ? find_recommendation(*report, r.id) : nullptr;
  set_text(d, "report_text", said ? said->text : "");
  d.set("counts", counts(std::vector<int>(r.counts.begin(), r.counts.end())));
  d.set("overdue", number(r.overdue));
  set_date(d, "latest_from", r.latest_from);
  set_date(d, "latest_to", r.latest_to);
  d.set("latest_is_one_date", r.latest_from && *r.latest_from == *r.latest_to);
  d.set("plan_counts", plan_counts(r.positions, r.rag));
  d.set("actions_overdue", number(r.actions_overdue));
  return d;
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

TemplateValue cell_data(const AggregateCell& c, int recommendation) {
  TemplateValue d;
  d.set("recommendation", number(recommendation));
  d.set("label", cell_label(c));
  d.set("has_category", !c.status.empty());
  d.set("category_key", category_name(c.category));
  d.set("category_label", aggregate_category_labels[category_column(c.category)]);
  set_date(d, "last_update", c.last_update);
  d.set("overdue", c.overdue);
  set_text(d, "not_applicable_reason", c.not_applicable_reason);
  set_text(d, "response", c.response != Position::none ? position_words(c.response) : "");
  d.set("has_actions", c.actions > 0);
  d.set("actions", number(c.actions));
  d.set("actions_overdue", number(c.actions_overdue));
  set_text(d, "note", c.note);
  return d;
}

TemplateValue force_data(const Aggregate& a, const AggregateForce& f, const std::string& anchor) {
  TemplateValue d;
  d.set("name", f.organisation);
  d.set("anchor", anchor);
  bool link = !f.url.empty() && is_safe_url(f.url);
  d.set("has_link", link);
  d.set("url", link ? encode_url(f.url) : "");
  set_date(d, "last_update", f.last_update);
  d.set("days_since", f.days_since ? number(*f.days_since) : "None");
  d.set("complete", number(f.complete));
  d.set("overdue", number(f.overdue));
  d.set("not_answered", number(f.not_answered));
  d.set("not_applicable", number(f.not_applicable));
  d.set("stale", f.stale);
  set_date(d, "exported", f.exported);
  d.set("plan_counts", plan_counts(f.positions, f.rag));
  d.set("actions", number(f.actions));
  d.set("actions_overdue", number(f.actions_overdue));
  std::string groups;
  if (auto it = a.groups.find(f.organisation); it != a.groups.end())
    for (const auto& [key, value] : it->second)
      groups += (groups.empty() ? "" : "; ") + capitalised(key) + ": " + value;
  set_text(d, "groups", groups);
  TemplateValue cells = TemplateValue::list();
  for (size_t i = 0; i < f.cells.size(); ++i)
    cells.push_back(cell_data(f.cells[i], a.recommendations[i].id));
  d.set("cells", cells);
  return d;
}

TemplateValue headline_data(const Aggregate& a) {
  Headline h = headline_of(a);
  TemplateValue d;
  set_numbers(d, {{"returned", h.returned},
                  {"expected", h.expected},
                  {"complete", h.complete},
                  {"answers", h.answers},
                  {"overdue", h.overdue},
                  {"stale", h.stale}});
  return d;
}

// Subtotals by each grouping: forces expected and returned, and their answers.
TemplateValue groupings_data(const Aggregate& a) {
  TemplateValue list = TemplateValue::list();
  int n = 0;
  for (const std::string& key : group_keys(a)) {
    TemplateValue g;
    g.set("key", key);
    g.set("heading", capitalised(key));
    g.set("number", number(++n));
    TemplateValue rows = TemplateValue::list();
    for (const GroupRow& row : group_rows(a, key)) {
      TemplateValue r;
      r.set("value", row.value.empty() ? "Not given" : row.value);
      set_numbers(r, named_counts(row));
      rows.push_back(r);
    }
    g.set("rows", rows);
    list.push_back(g);
  }
  return list;
}

TemplateValue since_last_data(const SinceLast& s) {
  TemplateValue d;
  d.set("previous_as_of", s.previous_as_of);
  TemplateValue summary = TemplateValue::list();
  for (const std::string& line : s.summary) summary.push_back(TemplateValue(line));
  d.set("summary", summary);
  TemplateValue moves = TemplateValue::list();
  auto add = [&moves](const std::string& about, const std::string& what) {
    TemplateValue m;
    m.set("about", about);
    m.set("what", what);
    moves.push_back(m);
  };
  for (const auto& [id, what] : s.by_recommendation)
    add(fmt::format("Recommendation {}", id), what);
  for (const auto& [name, what] : s.by_force) add(name, what);
  d.set("has_moves", !moves.items.empty());
  d.set("moves", moves);
  return d;
}

TemplateValue national_data(const Aggregate& a, const std::string& generator) {
  TemplateValue d;
  d.set("title", page_title(a));
  d.set("style_css", aggregate_page_css);
  d.set("returned_label", counted(int(a.forces.size()), "force", "forces"));
  set_date(d, "as_of", std::optional<Date>(a.as_of));
  d.set("headline", headline_data(a));
  d.set("stale_after", number(a.stale_after));
  d.set("recommendation_count", number(int(a.recommendations.size())));
  d.set("generator", generator);

  std::vector<std::string> keys = group_keys(a);
  std::vector<ChaseEntry> chase = chase_list(a);
  TemplateValue sections = TemplateValue::list();
  auto section = [&sections](const char* id, const std::string& heading) {
    TemplateValue s;
    s.set("id", id);
    s.set("heading", heading);
    sections.push_back(s);
  };
  if (a.since_last) section("since-last", "Since the last report");
  section("by-recommendation", "By recommendation");
  if (!keys.empty()) section("by-group", "By " + and_list(keys));
  section("by-force", "By force");
  if (any_force_plan(a)) section("own-plans", "The forces' own plans");
  section("force-by-force", "Force by force");
  if (!chase.empty()) section("chase", "To chase before the next report");
  section("matrix", "Every force and recommendation");
  d.set("sections", sections);

  d.set("matching_note", matching_note(a));
  d.set("inputs_read", number(int(a.inputs_read())));
  d.set("inputs_refused", number(int(a.refused.size())));
  d.set("has_since_last", a.since_last.has_value());
  d.set("since_last", a.since_last ? since_last_data(*a.since_last) : TemplateValue(false));

  TemplateValue missing = TemplateValue::list();
  for (const NoReturn& n : no_returns(a)) {
    TemplateValue m;
    m.set("name", n.name);
    m.set("reason", n.reason);
    missing.push_back(m);
  }
  d.set("has_no_returns", !missing.items.empty());
  d.set("no_returns", missing);

  TemplateValue categories = TemplateValue::list();
  for (size_t k = 0; k < aggregate_categories.size(); ++k) {
    TemplateValue c;
    c.set("key", category_name(aggregate_categories[k]));
    c.set("label", aggregate_category_labels[k]);
    categories.push_back(c);
  }
  d.set("categories", categories);
  d.set("chart_width", number(chart_units));

  TemplateValue recommendations = TemplateValue::list();
  for (const AggregateRecommendation& r : a.recommendations)
    recommendations.push_back(recommendation_data(r, a.forces.size(), a.report));
  d.set("recommendations", recommendations);

  d.set("has_groupings", !keys.empty());
  d.set("groupings_heading", keys.empty() ? "" : "By " + and_list(keys));
  d.set("groupings", groupings_data(a));

  d.set("has_force_plans", any_force_plan(a));
  TemplateValue headings = TemplateValue::list();
  for (const std::string& h : force_plan_headings()) {
    TemplateValue c;
    c.set("heading", h);
    headings.push_back(c);
  }
  d.set("force_plan_headings", headings);

  std::vector<std::string> anchors = force_anchors(a);
  TemplateValue forces = TemplateValue::list();
  for (size_t i = 0; i < a.forces.size(); ++i)
    forces.push_back(force_data(a, a.forces[i], anchors[i]));
  d.set("forces", forces);

  TemplateValue chase_list_data = TemplateValue::list();
  for (const ChaseEntry& c : chase) {
    TemplateValue e;
    e.set("name", c.name);
    set_text(e, "contact", c.contact);
    e.set("reasons", fmt::format("{}", fmt::join(c.reasons, "; ")));
    chase_list_data.push_back(e);
  }
  d.set("has_chase", !chase.empty());
  d.set("chase", chase_list_data);
  return d;
}

}  // namespace

const char* builtin_national_template() {
  return embedded_national_html;
}

std::string aggregate_html(const Aggregate& a, const std::string& generator,
                           const NationalTemplate& custom, std::vector<std::string>* warnings) {
  TemplateRun run;
  run.builtin_text = embedded_national_html;
  run.custom = !custom.text.empty();
  run.text = run.custom ? custom.text : run.builtin_text;
  run.name = run.custom ? custom.name : "built-in national page template";
  // As the pages plan builds in code escape: '&#39;' for an apostrophe.
  run.escape = TemplateEscape::markup;
  return fill_template(run, national_data(a, generator), warnings);
}

}  // namespace plan
