// Turns the page view into a template's data (template/value.h) and fills
// the page template with it (template/fill.h). Plain text is escaped for the format by
// the engine ({{name}}); Markdown fields are pre-rendered here, safely, and
// are the only values a template may print unescaped ({{{name_html}}}).
#include "render/page_template.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "render/markdown.h"
#include "render/summary_chart.h"
#include "util/parallel.h"
#include "util/plural.h"
#include "util/url_policy.h"

namespace plan {

extern const char* const embedded_page_html;
extern const char* const embedded_page_md;
extern const char* const embedded_page_css;

namespace {

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

TemplateValue date_data(const DateView& d) {
  TemplateValue out;
  out.set("iso", d.iso);
  out.set("text", d.text);
  return out;
}

void set_date(TemplateValue& d, const std::string& name, const std::optional<DateView>& date) {
  d.set(name, date ? date_data(*date) : TemplateValue(false));
  d.set("has_" + name, date.has_value());
}

TemplateValue status_data(const StatusView& s) {
  TemplateValue d;
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
void set_rag(TemplateValue& d, const std::optional<RagView>& rag) {
  TemplateValue r;
  r.set("key", rag ? rag->key : "");
  r.set("word", rag ? rag->word : "");
  d.set("rag", r);
  d.set("has_rag", rag.has_value());
}

TemplateValue updates_data(const std::vector<UpdateView>& updates, const Markup& m, int offset,
                           bool in_list_item) {
  TemplateValue list = TemplateValue::list();
  for (const UpdateView& u : updates) {
    TemplateValue d;
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

TemplateValue evidence_data(const EvidenceView& ev, const Markup& m) {
  TemplateValue d;
  d.set("id", ev.id);
  d.set("anchor", ev.anchor);
  d.set(m.key("text"), m.render(ev.text, m.under_part(), "", /*in_list_item=*/true));
  d.set("has_text", !ev.text.empty());
  set_text(d, "owner", ev.owner);
  d.set("status", ev.status ? status_data(*ev.status) : TemplateValue(false));
  d.set("has_status", ev.status.has_value());
  d.set("updates", updates_data(ev.updates, m, m.under_update(), /*in_list_item=*/true));
  d.set("has_updates", !ev.updates.empty());
  TemplateValue docs = TemplateValue::list();
  for (const DocumentView& doc : ev.documents) {
    TemplateValue dd;
    dd.set("title", doc.title.empty() ? doc.url : doc.title);
    dd.set("url", doc.url_is_safe ? encode_url(doc.url) : doc.url);
    dd.set("url_is_safe", doc.url_is_safe);
    docs.push_back(dd);
  }
  d.set("documents", docs);
  d.set("has_documents", !ev.documents.empty());
  return d;
}

TemplateValue response_data(const ResponseView& r, const Markup& m) {
  TemplateValue d;
  set_text(d, "position", r.position);
  set_text(d, "label", r.label);
  set_date(d, "date", r.date);
  d.set(m.key("text"), m.render(r.text, m.under_part()));
  d.set("has_text", !r.text.empty());
  return d;
}

TemplateValue action_data(const ActionView& a, const Markup& m) {
  TemplateValue d;
  d.set("id", a.id);
  d.set("anchor", a.anchor);
  set_text(d, "evidence_id", a.evidence_id);
  set_text(d, "text", a.text);
  set_text(d, "lead", a.lead);
  TemplateValue t;
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

TemplateValue recommendation_data(const RecommendationView& r, const Markup& m) {
  TemplateValue d;
  d.set("id", std::to_string(r.id));
  d.set("anchor", r.anchor);
  d.set("heading", r.heading);
  set_text(d, "title", r.title);
  d.set("deadline", date_data(r.deadline));
  set_text(d, "deadline_note", r.deadline_note);
  set_text(d, "owner", r.owner);
  d.set(m.key("text"), m.render(r.text, m.under_section(), r.lead));
  TemplateValue milestones = TemplateValue::list();
  for (const MilestoneView& ms : r.milestones) {
    TemplateValue md;
    md.set("deadline", date_data(ms.deadline));
    set_text(md, "deadline_note", ms.deadline_note);
    md.set(m.key("text"), m.render(ms.text, m.under_part(), ms.lead, /*in_list_item=*/true));
    milestones.push_back(md);
  }
  d.set("milestones", milestones);
  d.set("has_milestones", !r.milestones.empty());
  TemplateValue evidence = TemplateValue::list();
  for (const EvidenceView& ev : r.evidence) evidence.push_back(evidence_data(ev, m));
  d.set("evidence", evidence);
  d.set("has_evidence", !r.evidence.empty());
  d.set("status", status_data(r.status));
  d.set("overdue", r.overdue);
  d.set("updates", updates_data(r.updates, m, m.under_update(), /*in_list_item=*/false));
  d.set("has_updates", !r.updates.empty());
  d.set("response", r.response ? response_data(*r.response, m) : TemplateValue(false));
  d.set("has_response", r.response.has_value());
  TemplateValue actions = TemplateValue::list();
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

TemplateValue summary_data(const SummaryView& s) {
  TemplateValue d;
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
  TemplateValue segments = TemplateValue::list();
  for (const ChartSegment& seg : chart_segments(s)) {
    TemplateValue sd;
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

TemplateValue page_data(const PageView& v, const RenderOptions& o) {
  Markup m{o.format, o.heading_level};
  TemplateValue d;
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
  TemplateValue leads = TemplateValue::list();
  for (const LeadView& l : v.leads) {
    TemplateValue ld;
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
  TemplateValue latest = TemplateValue::list();
  for (size_t i = 0; i < v.latest_updates.size() && i < 5; ++i) {
    const LatestUpdateView& u = v.latest_updates[i];
    TemplateValue ld;
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
  std::vector<TemplateValue> built(v.recommendations.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i; (i = next++) < built.size();)
      built[i] = recommendation_data(v.recommendations[i], m);
  };
  size_t threads = std::min<size_t>(std::thread::hardware_concurrency(), built.size() / 16 + 1);
  run_on_threads(int(threads), work);
  TemplateValue recs = TemplateValue::list();
  for (const TemplateValue& r : built) recs.push_back(r);
  d.set("recommendations", recs);
  d.set("has_recommendations", !v.recommendations.empty());
  return d;
}

}  // namespace

const char* builtin_stylesheet() {
  return embedded_page_css;
}

const char* builtin_template(PageFormat format) {
  return format == PageFormat::html ? embedded_page_html : embedded_page_md;
}

std::string render_page(const PageView& view, const RenderOptions& options,
                        std::vector<std::string>* warnings) {
  TemplateRun run;
  run.custom = !options.template_text.empty();
  run.builtin_text = builtin_template(options.format);
  run.text = run.custom ? options.template_text : run.builtin_text;
  run.name = !options.template_name.empty()       ? options.template_name
             : options.format == PageFormat::html ? "built-in HTML template"
                                                  : "built-in Markdown template";
  run.escape =
      options.format == PageFormat::markdown ? TemplateEscape::markdown : TemplateEscape::html;
  return fill_template(run, page_data(view, options), warnings);
}

}  // namespace plan
