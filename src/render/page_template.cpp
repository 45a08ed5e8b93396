// The one file that includes mustache.hpp (it is heavy): turns the page view
// into mustache data and renders it. Plain text is escaped for the format by
// the engine ({{name}}); Markdown fields are pre-rendered here, safely, and
// are the only values a template may print unescaped ({{{name_html}}}).
#include "render/page_template.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <kainjow/mustache.hpp>
#include <thread>
#include <unordered_map>

#include "render/markdown.h"
#include "render/summary_chart.h"
#include "render/template_limits.h"
#include "render/template_tags.h"
#include "util/markdown_escape.h"
#include "util/parallel.h"
#include "util/plural.h"
#include "util/suggest.h"
#include "util/url_policy.h"

namespace plan {

extern const char* const embedded_page_html;
extern const char* const embedded_page_md;
extern const char* const embedded_page_css;

namespace {

namespace mus = kainjow::mustache;

/// Renders Markdown fields and names their keys for one format.
/// Heading levels: on the page h1 title, h2 sections and recommendations,
/// h3 parts of a recommendation, h4 one update; a fragment starts its
/// sections at --heading-level. Markdown fields' own headings are moved
/// below the heading they sit under.
struct Markup {
  PageFormat format;
  int section = 2;  // level of section and recommendation headings

  int under_title() const { return section - 1; }
  int under_section() const { return section; }
  int under_part() const { return section + 1; }
  int under_update() const { return section + 2; }

  std::string key(const std::string& name) const {
    return name + (format == PageFormat::html ? "_html" : "_md");
  }
  std::string render(const std::string& source, int heading_offset, const std::string& lead = "",
                     bool in_list_item = false) const {
    MarkdownOptions o{heading_offset, lead};
    if (format == PageFormat::html) return markdown_to_html(source, o);
    std::string md = markdown_to_commonmark(source, o);
    return in_list_item ? indent_continuation(md) : md;
  }
  /// After "- " in a Markdown list, every further line needs two spaces.
  static std::string indent_continuation(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
      out += text[i];
      if (text[i] == '\n' && i + 1 < text.size() && text[i + 1] != '\n') out += "  ";
    }
    return out;
  }
};

/// Sets name and has_name, so a template can test for an empty value and
/// a missing value never falls through to an outer one of the same name.
void set_text(mus::data& d, const std::string& name, const std::string& value) {
  d.set(name, value);
  d.set("has_" + name, !value.empty());
}

mus::data date_data(const DateView& d) {
  mus::data out;
  out.set("iso", d.iso);
  out.set("text", d.text);
  return out;
}

void set_date(mus::data& d, const std::string& name, const std::optional<DateView>& date) {
  d.set(name, date ? date_data(*date) : mus::data(false));
  d.set("has_" + name, date.has_value());
}

mus::data status_data(const StatusView& s) {
  mus::data d;
  d.set("label", s.label);
  d.set("status", s.status);
  d.set("state", s.state);
  d.set("percent", s.percent ? std::to_string(*s.percent) : "");
  d.set("has_percent", s.percent.has_value());
  set_date(d, "updated", s.updated);
  d.set("from_evidence", s.from_evidence);
  d.set("from_actions", s.from_actions);
  return d;
}

/// A RAG judgement: `rag.key` for the colour's class, `rag.word` to read.
void set_rag(mus::data& d, const std::optional<RagView>& rag) {
  mus::data r;
  r.set("key", rag ? rag->key : "");
  r.set("word", rag ? rag->word : "");
  d.set("rag", r);
  d.set("has_rag", rag.has_value());
}

mus::data updates_data(const std::vector<UpdateView>& updates, const Markup& m, int offset,
                       bool in_list_item) {
  mus::data list{mus::data::type::list};
  for (const UpdateView& u : updates) {
    mus::data d;
    d.set("date", date_data(u.date));
    d.set("status_label", u.status_label);
    set_rag(d, u.rag);
    set_text(d, "by", u.by);
    d.set(m.key("note"), m.render(u.note, offset, "", in_list_item));
    d.set("has_note", !u.note.empty());
    list.push_back(d);
  }
  return list;
}

mus::data evidence_data(const EvidenceView& ev, const Markup& m) {
  mus::data d;
  d.set("id", ev.id);
  d.set("anchor", ev.anchor);
  d.set(m.key("text"), m.render(ev.text, m.under_part(), "", /*in_list_item=*/true));
  d.set("has_text", !ev.text.empty());
  set_text(d, "owner", ev.owner);
  d.set("status", ev.status ? status_data(*ev.status) : mus::data(false));
  d.set("has_status", ev.status.has_value());
  d.set("updates", updates_data(ev.updates, m, m.under_update(), /*in_list_item=*/true));
  d.set("has_updates", !ev.updates.empty());
  mus::data docs{mus::data::type::list};
  for (const DocumentView& doc : ev.documents) {
    mus::data dd;
    dd.set("title", doc.title.empty() ? doc.url : doc.title);
    dd.set("url", doc.url_is_safe ? encode_url(doc.url) : doc.url);
    dd.set("url_is_safe", doc.url_is_safe);
    docs.push_back(dd);
  }
  d.set("documents", docs);
  d.set("has_documents", !ev.documents.empty());
  return d;
}

mus::data response_data(const ResponseView& r, const Markup& m) {
  mus::data d;
  set_text(d, "position", r.position);
  set_text(d, "label", r.label);
  set_date(d, "date", r.date);
  d.set(m.key("text"), m.render(r.text, m.under_part()));
  d.set("has_text", !r.text.empty());
  return d;
}

mus::data action_data(const ActionView& a, const Markup& m) {
  mus::data d;
  d.set("id", a.id);
  d.set("anchor", a.anchor);
  set_text(d, "evidence_id", a.evidence_id);
  set_text(d, "text", a.text);
  set_text(d, "lead", a.lead);
  mus::data t;
  set_date(t, "current", a.target.current);
  set_text(t, "note", a.target.note);
  set_text(t, "history", a.target.history);
  d.set("target", t);
  d.set("has_target", a.target.current.has_value() || !a.target.note.empty());
  set_text(d, "status_label", a.status_label);
  d.set("state", a.state);
  set_date(d, "updated", a.updated);
  set_rag(d, a.rag);
  d.set("overdue", a.overdue);
  d.set("updates", updates_data(a.updates, m, m.under_update(), /*in_list_item=*/true));
  d.set("has_updates", !a.updates.empty());
  return d;
}

mus::data recommendation_data(const RecommendationView& r, const Markup& m) {
  mus::data d;
  d.set("id", std::to_string(r.id));
  d.set("anchor", r.anchor);
  d.set("heading", r.heading);
  set_text(d, "title", r.title);
  d.set("deadline", date_data(r.deadline));
  set_text(d, "deadline_note", r.deadline_note);
  set_text(d, "owner", r.owner);
  d.set(m.key("text"), m.render(r.text, m.under_section(), r.lead));
  mus::data milestones{mus::data::type::list};
  for (const MilestoneView& ms : r.milestones) {
    mus::data md;
    md.set("deadline", date_data(ms.deadline));
    set_text(md, "deadline_note", ms.deadline_note);
    md.set(m.key("text"), m.render(ms.text, m.under_part(), ms.lead, /*in_list_item=*/true));
    milestones.push_back(md);
  }
  d.set("milestones", milestones);
  d.set("has_milestones", !r.milestones.empty());
  mus::data evidence{mus::data::type::list};
  for (const EvidenceView& ev : r.evidence) evidence.push_back(evidence_data(ev, m));
  d.set("evidence", evidence);
  d.set("has_evidence", !r.evidence.empty());
  d.set("status", status_data(r.status));
  d.set("overdue", r.overdue);
  d.set("updates", updates_data(r.updates, m, m.under_update(), /*in_list_item=*/false));
  d.set("has_updates", !r.updates.empty());
  d.set("response", r.response ? response_data(*r.response, m) : mus::data(false));
  d.set("has_response", r.response.has_value());
  mus::data actions{mus::data::type::list};
  bool any_action_updates = false;
  for (const ActionView& a : r.actions) {
    actions.push_back(action_data(a, m));
    any_action_updates = any_action_updates || !a.updates.empty();
  }
  d.set("actions", actions);
  d.set("has_actions", !r.actions.empty());
  d.set("has_action_updates", any_action_updates);
  return d;
}

mus::data summary_data(const SummaryView& s) {
  mus::data d;
  d.set("total", std::to_string(s.total));
  d.set("total_label",
        std::to_string(s.total) + (s.total == 1 ? " recommendation" : " recommendations"));
  d.set("complete", std::to_string(s.complete));
  d.set("in_progress", std::to_string(s.in_progress));
  d.set("not_started", std::to_string(s.not_started));
  d.set("no_update", std::to_string(s.no_update));
  d.set("no_status", std::to_string(s.no_status));
  d.set("has_no_status", s.no_status > 0);
  d.set("reported", std::to_string(s.reported));
  // "the 1 recommendation with an update published", never "the 1 recommendations".
  d.set("reported_label", counted(size_t(s.reported), "recommendation", "recommendations") +
                              " with an update published");
  d.set("overdue", std::to_string(s.overdue));
  d.set("has_overdue", s.overdue > 0);
  d.set("overall_percent", std::to_string(s.overall_percent));
  d.set("chart_width", std::to_string(chart_width));
  d.set("chart_description", chart_description(s));
  mus::data segments{mus::data::type::list};
  for (const ChartSegment& seg : chart_segments(s)) {
    mus::data sd;
    sd.set("key", seg.key);
    sd.set("label", seg.label);
    sd.set("count", std::to_string(seg.count));
    sd.set("x", std::to_string(seg.x));
    sd.set("width", std::to_string(seg.width));
    sd.set("drawn", seg.width > 0);
    segments.push_back(sd);
  }
  d.set("segments", segments);
  return d;
}

mus::data page_data(const PageView& v, const RenderOptions& o) {
  Markup m{o.format, o.heading_level};
  mus::data d;
  d.set("fragment", o.fragment);
  d.set("h_section", std::to_string(m.section));
  d.set("h_part", std::to_string(m.section + 1));
  d.set("h_update", std::to_string(m.section + 2));
  d.set("inline_style", o.inline_style);
  d.set("style_css", std::string(o.format == PageFormat::html ? embedded_page_css : ""));
  d.set("title", v.title);
  set_text(d, "organisation", v.organisation);
  d.set(m.key("introduction"), m.render(v.introduction, m.under_title()));
  d.set("has_introduction", !v.introduction.empty());
  mus::data leads{mus::data::type::list};
  for (const LeadView& l : v.leads) {
    mus::data ld;
    ld.set("role", l.role);
    ld.set("name", l.name);
    leads.push_back(ld);
  }
  d.set("leads", leads);
  d.set("has_leads", !v.leads.empty());
  set_date(d, "published", v.published);
  d.set("as_of", date_data(v.as_of));
  set_date(d, "latest_update", v.latest_update);
  d.set("summary", summary_data(v.summary));
  // The page lists the few most recent; the feed has them all.
  mus::data latest{mus::data::type::list};
  for (size_t i = 0; i < v.latest_updates.size() && i < 5; ++i) {
    const LatestUpdateView& u = v.latest_updates[i];
    mus::data ld;
    ld.set("date", date_data(u.date));
    ld.set("about", u.about);
    ld.set("anchor", u.anchor);
    // The Markdown page has anchors for recommendations only.
    ld.set("recommendation_anchor", "recommendation-" + std::to_string(u.recommendation));
    ld.set("status_label", u.status_label);
    set_rag(ld, u.rag);
    latest.push_back(ld);
  }
  d.set("latest_updates", latest);
  d.set("has_latest_updates", !v.latest_updates.empty());
  d.set("feed_href", v.feed_href);
  d.set("has_feed", !v.feed_href.empty());
  // Each recommendation's data (its Markdown rendered by cmark) is built
  // independently, so both cores share the work on a large plan.
  std::vector<mus::data> built(v.recommendations.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < built.size();)
      built[i] = recommendation_data(v.recommendations[i], m);
  };
  size_t threads = std::min<size_t>(std::thread::hardware_concurrency(), built.size() / 16 + 1);
  run_on_threads(int(threads), work);
  mus::data recs{mus::data::type::list};
  for (const mus::data& r : built) recs.push_back(r);
  d.set("recommendations", recs);
  d.set("has_recommendations", !v.recommendations.empty());
  return d;
}

/// The template as messages name it.
std::string template_name_of(const RenderOptions& o) {
  return o.template_name.empty()
             ? std::string("built-in ") + (o.format == PageFormat::html ? "HTML" : "Markdown") +
                   " template"
             : o.template_name;
}

/// "my.mustache:2:1: error: Unclosed section ..." from the engine's
/// "Unclosed section ... at 19" (a byte offset into the template).
std::string template_error(const RenderOptions& o, const std::string& text,
                           const std::string& message) {
  std::string name = template_name_of(o);
  std::string what = message;
  size_t at = message.rfind(" at ");
  if (at != std::string::npos && at + 4 < message.size() &&
      message.find_first_not_of("0123456789", at + 4) == std::string::npos) {
    size_t offset = std::min(size_t(std::stoul(message.substr(at + 4))), text.size());
    int line = 1, col = 1;
    for (size_t i = 0; i < offset; ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    name += ":" + std::to_string(line) + ":" + std::to_string(col);
    what = message.substr(0, at);
  }
  return name + ": error: " + what + " [template]";
}

/// A name as mustache looks it up: the first part in the innermost context
/// that has it, the rest (after '.') inside that.
const mus::data* resolve(const std::vector<const mus::data*>& stack, const std::string& name) {
  if (name == ".") return stack.back();
  size_t dot = name.find('.');
  std::string first = name.substr(0, dot);
  for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
    const mus::data* found = *it ? (*it)->get(first) : nullptr;
    if (!found) continue;
    while (found && dot != std::string::npos) {
      size_t next = name.find('.', dot + 1);
      found = found->get(name.substr(dot + 1, next == std::string::npos ? next : next - dot - 1));
      dot = next;
    }
    return found;
  }
  return nullptr;
}

/// Every name a built-in template uses: the candidates for "did you mean".
std::vector<std::string> builtin_names(PageFormat format) {
  std::vector<std::string> names;
  for (const TemplateTag& t : template_tags(builtin_template(format)))
    if (t.kind != '/') names.push_back(t.name);
  return names;
}

/// Walks a custom template's tags against the data it is rendered with and
/// warns about each name found nowhere in scope. Inside a section over an
/// empty list nothing can be checked, so nothing is.
void warn_unknown_names(const std::string& text, const mus::data& root, const RenderOptions& o,
                        std::vector<std::string>& warnings) {
  std::vector<const mus::data*> stack{&root};
  int unchecked_depth = 0;
  std::vector<std::string> candidates = builtin_names(o.format);
  for (const TemplateTag& t : template_tags(text)) {
    if (t.kind == '>') continue;  // refused before this runs
    if (t.kind == '/') {
      if (unchecked_depth > 0)
        --unchecked_depth;
      else if (stack.size() > 1)
        stack.pop_back();
      continue;
    }
    if (unchecked_depth > 0) {
      if (t.kind != 'v') ++unchecked_depth;
      continue;
    }
    const mus::data* found = resolve(stack, t.name);
    if (!found)
      warnings.push_back(o.template_name + ":" + std::to_string(t.line) + ":" +
                         std::to_string(t.col) + ": warning: unknown name '" + t.name +
                         "' prints nothing" + did_you_mean(t.name, candidates) +
                         " (templates/README.md lists every name) [template-name]");
    if (t.kind == 'v' || t.kind == '>') continue;
    if (t.kind == '#' && found && found->is_list()) {
      if (found->is_empty_list())
        ++unchecked_depth;
      else
        stack.push_back(&found->list_value().front());
    } else {
      stack.push_back(t.kind == '#' && found && found->is_object() ? found : nullptr);
    }
  }
}

/// A template as a tree of pieces, to count what rendering it costs before
/// the engine does it: a template can loop over a list inside a loop over
/// the same list, eight deep, and never finish.
struct Piece {
  char kind = 't';   // 't' text, 'v' a value, '#' or '^' a section
  size_t bytes = 0;  // 't': its length
  size_t steps = 1;  // 't': the pieces the engine splits it into (at each blank)
  const TemplateTag* tag = nullptr;
  std::vector<Piece> body;
};

std::vector<Piece> piece_tree(const std::string& text, const std::vector<TemplateTag>& tags) {
  std::vector<Piece> root;
  std::vector<std::vector<Piece>*> open{&root};
  size_t done = 0;
  auto add_text = [&](size_t from, size_t to) {
    if (to <= from) return;
    Piece p;
    p.bytes = to - from;
    for (size_t i = from; i < to; ++i)
      if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') ++p.steps;
    open.back()->push_back(std::move(p));
  };
  for (const TemplateTag& t : tags) {
    add_text(done, t.start);
    done = t.end;
    if (t.kind == '/') {
      if (open.size() > 1) open.pop_back();
      continue;
    }
    Piece p;
    p.kind = t.kind;
    p.tag = &t;
    open.back()->push_back(std::move(p));
    if (t.kind == '#' || t.kind == '^') open.push_back(&open.back()->back().body);
  }
  add_text(done, text.size());
  return root;
}

/// Bytes and steps of a render, counted the way the engine renders (its own
/// name lookup, kainjow::mustache::context), stopping once over a limit.
struct RenderCost {
  size_t bytes = 0, steps = 0;
  size_t max_bytes = SIZE_MAX, max_steps = SIZE_MAX;
  bool over = false;
  // The innermost section when a limit was passed (line 0: none), copied:
  // the tags it comes from are gone once render_cost returns.
  int at_line = 0, at_col = 0;
  int repeating = 0;  // how many sections around it loop over a list
  std::vector<const TemplateTag*> path;
  std::vector<bool> looping;  // parallel to path
  std::function<std::string(const std::string&)> escape;
  std::unordered_map<const mus::data*, size_t> escaped_size;

  void add(size_t b, size_t s) {
    bytes += b;
    steps += s;
    if (over || (bytes <= max_bytes && steps <= max_steps)) return;
    over = true;
    if (!path.empty()) at_line = path.back()->line, at_col = path.back()->col;
    for (size_t i = 0; i + 1 < looping.size(); ++i) repeating += looping[i];
  }
  size_t value_size(const mus::data& v, bool raw) {
    if (raw) return v.string_value().size();
    auto [it, fresh] = escaped_size.try_emplace(&v, 0);
    if (fresh) it->second = escape(v.string_value()).size();
    return it->second;
  }
};

void count_render(const std::vector<Piece>& pieces, mus::context<std::string>& ctx,
                  RenderCost& cost) {
  for (const Piece& p : pieces) {
    if (cost.over) return;
    if (p.kind == 't') {
      cost.add(p.bytes, p.steps);
      continue;
    }
    const mus::data* var = ctx.get(p.tag->name);
    if (p.kind == 'v') {
      cost.add(var && var->is_string() ? cost.value_size(*var, p.tag->raw) : 0, 1);
      continue;
    }
    bool shown = var && !var->is_false() && !var->is_empty_list();
    cost.add(0, 1);
    if (p.kind == '^') {
      if (shown) continue;
      cost.path.push_back(p.tag);
      cost.looping.push_back(false);
      count_render(p.body, ctx, cost);
    } else if (!shown) {
      continue;
    } else {
      cost.path.push_back(p.tag);
      cost.looping.push_back(var->is_list());
      if (var->is_list()) {
        for (const mus::data& item : var->list_value()) {
          if (cost.over) break;
          ctx.push(&item);
          cost.add(0, 1);
          count_render(p.body, ctx, cost);
          ctx.pop();
        }
      } else {
        ctx.push(var);
        count_render(p.body, ctx, cost);
        ctx.pop();
      }
    }
    cost.path.pop_back();
    cost.looping.pop_back();
  }
}

RenderCost render_cost(const std::string& text, const mus::data& data, const RenderOptions& o,
                       size_t max_bytes, size_t max_steps) {
  std::vector<TemplateTag> tags = template_tags(text);
  std::vector<Piece> tree = piece_tree(text, tags);
  RenderCost cost;
  cost.max_bytes = max_bytes;
  cost.max_steps = max_steps;
  if (o.format == PageFormat::markdown)
    cost.escape = markdown_escape;
  else
    cost.escape = mus::html_escape<std::string>;
  mus::context<std::string> ctx{&data};
  count_render(tree, ctx, cost);
  return cost;
}

const char* const too_large_rule = "template-too-large";

/// "46 KiB", "64.0 MiB": a size people can read.
std::string size_text(size_t bytes) {
  char buf[32];
  if (bytes < (size_t(1) << 20))
    std::snprintf(buf, sizeof buf, "%zu KiB", (bytes + 1023) / 1024);
  else
    std::snprintf(buf, sizeof buf, "%.1f MiB", double(bytes) / (1 << 20));
  return buf;
}

/// "tmpl:3:5: error: the page ... [template-too-large]", or "" when the
/// custom template's page is within its limits (template_limits.h).
std::string check_render_cost(const std::string& text, const mus::data& data,
                              const RenderOptions& o, size_t& max_bytes) {
  RenderCost builtin = render_cost(builtin_template(o.format), data, o, SIZE_MAX, SIZE_MAX);
  max_bytes = std::max(min_page_bytes_limit, template_budget_factor * builtin.bytes);
  size_t max_steps = std::max(min_render_steps_limit, template_budget_factor * builtin.steps);
  RenderCost cost = render_cost(text, data, o, max_bytes, max_steps);
  if (!cost.over) return "";
  std::string where = template_name_of(o);
  if (cost.at_line) where += ":" + std::to_string(cost.at_line) + ":" + std::to_string(cost.at_col);
  std::string what =
      cost.bytes > max_bytes
          ? "the page this template makes would be larger than " + size_text(max_bytes)
          : "this template would take more than " + std::to_string(max_steps / 1'000'000) +
                " million steps to render";
  std::string around =
      !cost.at_line         ? ""
      : cost.repeating == 0 ? std::string(" (at this section)")
      : cost.repeating == 1
          ? std::string(" (at this section, inside another section that loops over a list)")
          : " (at this section, inside " + std::to_string(cost.repeating) +
                " other sections that each loop over a list)";
  return where + ": error: " + what + around +
         ", so nothing was rendered; the built-in template's page for this plan is " +
         size_text(builtin.bytes) +
         ". Loop over each list once, not inside another loop over the same list [" +
         too_large_rule + "]";
}

/// Thrown from the engine's output when the page passes its size limit.
struct PageTooLarge {};

}  // namespace

const char* builtin_stylesheet() {
  return embedded_page_css;
}

const char* builtin_template(PageFormat format) {
  return format == PageFormat::html ? embedded_page_html : embedded_page_md;
}

std::string render_page(const PageView& view, const RenderOptions& options,
                        std::vector<std::string>* warnings) {
  bool custom = !options.template_text.empty();
  std::string text = custom ? options.template_text : builtin_template(options.format);
  // Before the engine parses it: its cost grows with the square of the depth.
  if (std::optional<TemplateProblem> p = check_template_shape(text))
    throw TemplateError{template_name_of(options) + ":" + std::to_string(p->line) + ":" +
                            std::to_string(p->col) + ": error: " + p->message + " [" + p->rule +
                            "]",
                        true};
  mus::mustache tmpl{text};
  if (!tmpl.is_valid()) throw TemplateError{template_error(options, text, tmpl.error_message())};
  if (options.format == PageFormat::markdown) tmpl.set_custom_escape(markdown_escape);
  mus::data data = page_data(view, options);
  size_t max_bytes = SIZE_MAX;
  if (custom) {
    std::string refusal = check_render_cost(text, data, options, max_bytes);
    if (!refusal.empty()) throw TemplateError{refusal, true};
  }
  if (warnings && custom) warn_unknown_names(text, data, options, *warnings);
  // The count above is an upper bound; this stops the engine all the same
  // should its page ever grow past the limit.
  std::string out;
  try {
    tmpl.render(data, [&out, max_bytes](const std::string& piece) {
      if (piece.size() > max_bytes - out.size()) throw PageTooLarge{};
      out += piece;
    });
  } catch (const PageTooLarge&) {
    throw TemplateError{
        template_name_of(options) + ": error: the page this template makes is larger than " +
            size_text(max_bytes) + ", so nothing was written [" + too_large_rule + "]",
        true};
  }
  if (!tmpl.is_valid()) throw TemplateError{template_error(options, text, tmpl.error_message())};
  return out;
}

}  // namespace plan
