// Whole pages from the templates: hostile text in every field stays inert
// text in both formats, internal updates never appear, output is the same
// every time, and a fragment carries no document wrapper.
#include <catch2/catch.hpp>
#include <map>
#include <regex>

#include "check/load_checked.h"
#include "render/build_view.h"
#include "render/page_template.h"

using namespace plan;

namespace {

const Plan& load(const std::string& dir) {
  static std::map<std::string, LoadedPlan> cache;
  auto it = cache.find(dir);
  if (it == cache.end()) it = cache.emplace(dir, load_plan(dir, 1)).first;
  REQUIRE(it->second.diagnostics.errors() == 0);
  return it->second.plan;
}

const Plan& hostile() {
  return load(PLAN_SOURCE_DIR "/tests/render/hostile/plan");
}
const Plan& bundled() {
  return load(PLAN_SOURCE_DIR "/plan");
}

std::string render(const Plan& p, PageFormat f, bool fragment = false) {
  RenderOptions o;
  o.format = f;
  o.fragment = fragment;
  return render_page(build_page_view(p, *parse_iso_date("2025-01-01")), o);
}

bool contains(const std::string& s, const std::string& what) {
  return s.find(what) != std::string::npos;
}

/// Every start tag in the page, e.g. "<a href=\"#x\">".
std::vector<std::string> tags(const std::string& html) {
  std::vector<std::string> out;
  std::regex tag("<[a-zA-Z][^>]*>");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator();
       ++it)
    out.push_back(it->str());
  return out;
}

}  // namespace

TEST_CASE("page: hostile text in every field is inert in HTML") {
  std::string html = render(hostile(), PageFormat::html);
  std::regex handler(R"(\son[a-z]+\s*=)", std::regex::icase);
  std::regex quoted(R"re("[^"]*")re");
  std::regex href(R"re((href|src|action)\s*=\s*"([^"]*)")re", std::regex::icase);
  for (const std::string& t : tags(html)) {
    INFO(t);
    CHECK_FALSE(std::regex_search(std::regex_replace(t, quoted, "\"\""), handler));
    for (const char* banned : {"<script", "<img", "<iframe", "<svg onload", "<marquee", "<b ",
                               "<div onclick", "<u>", "<i>", "<style>body"})
      CHECK(t.rfind(banned, 0) != 0);
    std::smatch m;
    if (std::regex_search(t, m, href)) {
      std::string target = m[2];
      bool ok = target.rfind("#", 0) == 0 || target.rfind("https://", 0) == 0 ||
                target.rfind("http://", 0) == 0;
      CHECK(ok);
    }
  }
  // The only style element is the template's own, and nothing else loads.
  CHECK(std::regex_search(html, std::regex("<style>\\n/\\* The stylesheet of the page")));
  CHECK_FALSE(contains(html, "<script"));
  // The hostile text is there, shown as text.
  CHECK(contains(html, "&lt;script&gt;alert(&apos;title&apos;)&lt;/script&gt;"));
  CHECK(
      contains(html, "&quot;&gt;&lt;img src=x onerror=alert(&apos;org&apos;)&gt; Force &amp; Co"));
  CHECK(contains(html, "click me (javascript:alert('intro-link'))"));
  // Template tags in plan text are printed, not run.
  CHECK(contains(html, "{{mustache}} {{{triple}}} {{&gt; partial}}"));
  CHECK(contains(html, "{{#recommendations}}loop{{/recommendations}}"));
  CHECK(contains(html, "{{{introduction_html}}}"));
}

TEST_CASE("page: hostile text in every field is inert in Markdown") {
  std::string md = render(hostile(), PageFormat::markdown);
  // No raw HTML but the template's own anchors: every other < is escaped.
  std::regex raw_tag(R"((^|[^\\(])<[a-zA-Z/])");  // "(<" opens a link target
  std::string without_anchors =
      std::regex_replace(md, std::regex("<a id=\"recommendation-\\d+\"></a>"), "");
  CHECK_FALSE(std::regex_search(without_anchors, raw_tag));
  // No link to anything but the web: "\\[x\\](javascript:...)" is escaped text.
  std::regex bad_link(R"((^|[^\\])\]\(<?(javascript|vbscript|data|file):)", std::regex::icase);
  CHECK_FALSE(std::regex_search(md, bad_link));
  // Pipes in plain text cannot make or break a table row.
  CHECK(contains(md,
                 "\\</title\\>\\<script\\>alert('rec-title')\\</script\\> \\| \\{\\{anchor\\}\\}"));
  CHECK(contains(md, "Owner \\| with pipe \\*stars\\*"));
  // A table written in a Markdown field stays text, as it does in HTML.
  CHECK(contains(md, "\\| a \\| b \\|"));
  // Links to the web survive.
  CHECK(contains(md, "[remote](http://example.org/x.png)"));
}

TEST_CASE("page: internal updates never appear, in either format") {
  for (PageFormat f : {PageFormat::html, PageFormat::markdown}) {
    std::string page = render(hostile(), f);
    CHECK_FALSE(contains(page, "SECRET"));
    CHECK_FALSE(contains(page, "77%"));  // the internal update's percentage
  }
}

TEST_CASE("page: the bundled plan shows every fact of the source") {
  std::string html = render(bundled(), PageFormat::html);
  for (const char* fact :
       {"<html lang=\"en-GB\">",
        "<title>Stalking Action Plan – Cambridgeshire Constabulary</title>", "Suzy Lamplugh Trust",
        "Assistant Chief Constable Vaughn Lukey", "Detective Superintendent Sherrie Nash",
        "id=\"recommendation-23\"", "id=\"recommendation-28\"", "In Progress 25%",
        "11 November 2024", "By 27 March 2025, implement a mechanism for early screening",
        "By 22 November 2025 (56 days from publication), publish on their force website",
        "By 27 March 2025 (six months from publication), provide an update to the NPCC",
        "<span class=\"plan-ev-id\">25.3</span>", "<span class=\"plan-overdue\">Overdue</span>",
        "<progress max=\"100\" value=\"25\"", "Content-Security-Policy",
        "role=\"img\" aria-labelledby=\"plan-chart-title plan-chart-desc\"",
        "We will build upon these processes"})
    CHECK(contains(html, fact));
  std::string md = render(bundled(), PageFormat::markdown);
  for (const char* fact :
       {"# Stalking Action Plan", "<a id=\"recommendation-23\"></a>", "## Recommendation 23",
        "- **Status:** In Progress 25% (last updated 11 November 2024)",
        "#### 11 November 2024: In Progress 25%",
        "| [Recommendation 27](#recommendation-27) | "
        "22 November 2024 | No update published · **Overdue** |"})
    CHECK(contains(md, fact));
}

TEST_CASE("page: the same plan and date give the same bytes") {
  for (PageFormat f : {PageFormat::html, PageFormat::markdown}) {
    CHECK(render(bundled(), f) == render(bundled(), f));
    CHECK(render(hostile(), f) == render(hostile(), f));
  }
}

TEST_CASE("page: a fragment is the content alone, its styles scoped to .plan-page") {
  std::string frag = render(bundled(), PageFormat::html, /*fragment=*/true);
  CHECK(frag.rfind("<article class=\"plan-page\" lang=\"en-GB\">\n<style>\n", 0) == 0);
  CHECK_FALSE(contains(frag, "<html"));
  CHECK_FALSE(contains(frag, "<head>"));
  CHECK_FALSE(contains(frag, "<body"));
  CHECK_FALSE(contains(frag, "<main"));
  CHECK_FALSE(contains(frag, "<!DOCTYPE"));
  // Every rule's selectors start with .plan-page (at-rules aside).
  size_t css_start = frag.find("<style>") + 7;
  std::string css = frag.substr(css_start, frag.find("</style>") - css_start);
  css = std::regex_replace(css, std::regex(R"(/\*[^*]*\*/)"), "");
  std::regex rule(R"(([^{}]+)\{)");
  for (auto it = std::sregex_iterator(css.begin(), css.end(), rule); it != std::sregex_iterator();
       ++it) {
    std::string selectors = (*it)[1];
    selectors = std::regex_replace(selectors, std::regex(R"(^\s+|\s+$)"), "");
    if (selectors.rfind("@", 0) == 0) continue;
    std::regex each(R"([^,]+)");
    for (auto s = std::sregex_iterator(selectors.begin(), selectors.end(), each);
         s != std::sregex_iterator(); ++s) {
      std::string one = std::regex_replace(s->str(), std::regex(R"(^\s+)"), "");
      INFO(one);
      CHECK(one.rfind(".plan-page", 0) == 0);
    }
  }
}

TEST_CASE("page: a fragment brings no title of its own, and every class and id is plan-") {
  RenderOptions o;
  o.fragment = true;
  o.heading_level = 3;
  o.inline_style = false;
  std::string frag = render_page(build_page_view(bundled(), *parse_iso_date("2025-01-01")), o);
  CHECK_FALSE(contains(frag, "<h1"));
  CHECK_FALSE(contains(frag, "<h2"));
  CHECK_FALSE(contains(frag, "<header"));
  CHECK_FALSE(contains(frag, "plan-masthead"));
  CHECK_FALSE(contains(frag, "<style"));
  CHECK(contains(frag, "<h3 class=\"plan-h-section\" id=\"plan-glance-heading\">At a glance</h3>"));
  CHECK(contains(frag, "<h4 class=\"plan-h-part\">Evidence requirements</h4>"));
  CHECK(contains(frag, "<h5 class=\"plan-h-update\">"));
  CHECK(contains(frag, "Progress as of <time datetime=\"2025-01-01\">1 January 2025</time>"));
  std::regex attr(R"re((class|id)="([^"]*)")re");
  for (auto it = std::sregex_iterator(frag.begin(), frag.end(), attr); it != std::sregex_iterator();
       ++it) {
    std::string names = (*it)[2];
    std::regex word(R"(\S+)");
    for (auto w = std::sregex_iterator(names.begin(), names.end(), word);
         w != std::sregex_iterator(); ++w) {
      std::string one = w->str();
      INFO((*it)[0].str());
      bool ok = one.rfind("plan-", 0) == 0 || one.rfind("recommendation-", 0) == 0 ||
                one.rfind("evidence-", 0) == 0;
      CHECK(ok);
    }
  }
  // The page keeps its h1 and band.
  std::string page = render(bundled(), PageFormat::html);
  CHECK(contains(page, "<h1>Stalking Action Plan</h1>"));
  CHECK(contains(page, "<h2 class=\"plan-h-section\" id=\"plan-glance-heading\">"));
}

TEST_CASE("page: a custom template gets the same escaped data") {
  RenderOptions o;
  o.template_text =
      "{{title}}|{{{recommendations.0.text_html}}}{{#recommendations}}[{{heading}}]{{/"
      "recommendations}}";
  o.template_name = "mine.mustache";
  std::string out = render_page(build_page_view(hostile(), *parse_iso_date("2025-01-01")), o);
  CHECK(out.rfind("&lt;script&gt;alert(&apos;title&apos;)&lt;/script&gt;", 0) == 0);
  CHECK(contains(out, "[Recommendation 1][Recommendation 2]"));

  o.template_text = "{{#recommendations}}unclosed";
  try {
    render_page(build_page_view(hostile(), *parse_iso_date("2025-01-01")), o);
    FAIL("an unclosed section must be refused");
  } catch (const TemplateError& e) {
    CHECK(e.message == "mine.mustache:1:1: error: Unclosed section \"recommendations\" [template]");
  }
}

TEST_CASE("page: Markdown in a list item keeps its later paragraphs inside the item") {
  Plan p;
  p.title = "T";
  Recommendation r;
  Diagnostics ds;
  REQUIRE(load_recommendation_text(
      "id: 1\ndeadline: 2025-01-01\ntext: x\nevidence:\n"
      "  - id: \"1.1\"\n    text: \"first\\n\\nsecond\"\n    updates:\n"
      "      - date: 2024-10-01\n        status: In Progress\n        note: \"one\\n\\ntwo\"\n",
      "1.yaml", r, ds));
  p.recommendations.push_back(r);
  RenderOptions o;
  o.format = PageFormat::markdown;
  std::string md = render_page(build_page_view(p, *parse_iso_date("2025-01-01")), o);
  CHECK(contains(md, "- **1.1** first\n\n  second\n"));
  CHECK(contains(md, "  one\n\n  two\n"));
}
