// The plan's Markdown fields on the page: raw HTML shows as text, links
// that could run code lose their target, headings sit under the page's own.
#include <catch2/catch.hpp>

#include "render/markdown.h"
#include "util/markdown_escape.h"
#include "util/url_policy.h"

using namespace plan;

namespace {
bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}
}  // namespace

TEST_CASE("markdown: ordinary text renders as paragraphs") {
  CHECK(markdown_to_html("one\n\ntwo *three*") == "<p>one</p>\n<p>two <em>three</em></p>");
  CHECK(markdown_to_html("") == "");
}

TEST_CASE("markdown: raw HTML blocks and inline HTML are shown as text") {
  std::string html = markdown_to_html("<script>alert(1)</script>\n\nsay <b onclick=x>hi</b>");
  CHECK_FALSE(contains(html, "<script"));
  CHECK_FALSE(contains(html, "<b "));
  CHECK(contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(contains(html, "say &lt;b onclick=x&gt;hi&lt;/b&gt;"));
  // cmark's own "raw HTML omitted" comment never appears: the text is kept.
  CHECK_FALSE(contains(html, "omitted"));
}

TEST_CASE("markdown: a multi-line HTML block stays text in both formats") {
  std::string src = "<div>\n# not a heading\n</div>";
  std::string html = markdown_to_html(src);
  CHECK_FALSE(contains(html, "<h"));
  CHECK(contains(html, "&lt;div&gt;"));
  std::string md = markdown_to_commonmark(src);
  CHECK(contains(md, "\\<div\\>"));
  CHECK(contains(md, "\\# not a heading"));
}

TEST_CASE("markdown: links that could run code keep their text and lose their target") {
  for (const char* src :
       {"[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](jav&#x61;script:alert(1))",
        "[x](<java\tscript:alert(1)>)", "[x](vbscript:msgbox)", "[x](data:text/html,hi)",
        "[x](file:///etc/passwd)", "<javascript:alert(1)>"}) {
    INFO(src);
    std::string html = markdown_to_html(src);
    CHECK_FALSE(contains(html, "<a"));
    CHECK_FALSE(contains(html, "href"));
    std::string md = markdown_to_commonmark(src);
    CHECK_FALSE(contains(md, "]("));
    CHECK_FALSE(contains(md, "<java"));
  }
  CHECK(markdown_to_html("[our policy](javascript:void(0))") ==
        "<p>our policy (javascript:void(0))</p>");
}

TEST_CASE("markdown: web, mail and relative links stay links") {
  CHECK(markdown_to_html("[a](https://example.org/x?y=1&z=2)") ==
        "<p><a href=\"https://example.org/x?y=1&amp;z=2\">a</a></p>");
  CHECK(contains(markdown_to_html("[a](mailto:x@example.org)"), "href=\"mailto:x@example.org\""));
  CHECK(contains(markdown_to_html("[a](#recommendation-23)"), "href=\"#recommendation-23\""));
  CHECK(contains(markdown_to_commonmark("[a](https://example.org/)"), "[a](https://example.org/)"));
}

TEST_CASE("markdown: images become links, so the page loads nothing") {
  std::string html = markdown_to_html("![chart](https://example.org/c.png)");
  CHECK(html == "<p><a href=\"https://example.org/c.png\">chart</a></p>");
  // An image inside a link keeps only its description: links cannot nest.
  std::string badge = markdown_to_html("[![badge](https://e.org/b.png)](https://e.org/)");
  CHECK(badge == "<p><a href=\"https://e.org/\">badge</a></p>");
  CHECK_FALSE(contains(markdown_to_html("![x](javascript:alert(1))"), "<a"));
}

TEST_CASE("markdown: headings move under the page's own, at most h6") {
  CHECK(markdown_to_html("# A", {2, ""}) == "<h3>A</h3>");
  CHECK(markdown_to_html("#### A", {4, ""}) == "<h6>A</h6>");
  CHECK(markdown_to_commonmark("# A", {1, ""}) == "## A");
}

TEST_CASE("markdown: the deadline lead opens the first paragraph") {
  CHECK(markdown_to_html("implement a mechanism.", {0, "By 27 March 2025, "}) ==
        "<p>By 27 March 2025, implement a mechanism.</p>");
  CHECK(markdown_to_commonmark("review *this*.\n\nThen that.", {0, "By 27 March 2025, "}) ==
        "By 27 March 2025, review *this*.\n\nThen that.");
  // Text that opens with a list gets the lead as a paragraph of its own.
  CHECK(markdown_to_html("- a\n- b", {0, "By 1 May 2025, "}) ==
        "<p>By 1 May 2025:</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>");
  CHECK(markdown_to_html("", {0, "By 1 May 2025, "}) == "<p>By 1 May 2025:</p>");
}

TEST_CASE("markdown: GitHub-only syntax in text is escaped in Markdown output") {
  std::string md = markdown_to_commonmark("| a | b |\n|---|---|\n| c | d |\n\n~~gone~~ $x$");
  CHECK(contains(md, "\\| a \\| b \\|"));
  CHECK(contains(md, "\\~\\~gone\\~\\~"));
  CHECK(contains(md, "\\$x\\$"));
  // In HTML they were never special.
  CHECK(contains(markdown_to_html("a | b ~ $"), "a | b ~ $"));
}

TEST_CASE("url policy: only web, mail, phone and relative targets") {
  for (const char* ok : {"https://example.org", "HTTP://x", "mailto:a@b", "tel:+441234",
                         "page.html", "/abs/path", "#frag", "?q=1", "a/b:c", ""})
    CHECK(is_safe_url(ok));
  for (const char* bad :
       {"javascript:alert(1)", " JavaScript:x", "java\tscript:x", "java\nscript:x", "vbscript:x",
        "data:text/html,x", "file:///x", ":x", "ja va:x", "blob:https://x"})
    CHECK_FALSE(is_safe_url(bad));
}

TEST_CASE("markdown escape: plain text shows as itself on GitHub and GitLab") {
  CHECK(markdown_escape("Chief Constables") == "Chief Constables");
  CHECK(markdown_escape("23.1") == "23.1");
  CHECK(markdown_escape("a | b") == "a \\| b");
  CHECK(markdown_escape("*x* _y_ `z` [l](u) <b> ~s~ $m$ {{t}} & c\\") ==
        "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<b\\> \\~s\\~ \\$m\\$ \\{\\{t\\}\\} \\& c\\\\");
  CHECK(markdown_escape("# not a heading") == "\\# not a heading");
  CHECK(markdown_escape("- not a list") == "\\- not a list");
  CHECK(markdown_escape("1. not a list") == "1\\. not a list");
  CHECK(markdown_escape("> not a quote") == "\\> not a quote");
  CHECK(markdown_escape("two\nlines") == "two lines");
  CHECK(markdown_escape("    code?") == "code?");
}

TEST_CASE("url encoding: only bytes a URL may hold") {
  CHECK(encode_url("https://example.org/a?b=1&c=2#x") == "https://example.org/a?b=1&c=2#x");
  CHECK(encode_url("https://e.org/a b\"<>") == "https://e.org/a%20b%22%3C%3E");
  CHECK(encode_url("https://e.org/caf\xC3\xA9%20") == "https://e.org/caf%C3%A9%20");
}

TEST_CASE("markdown: inline HTML across lines stays text, line by line") {
  std::string src = "see <a\nhref=\"#x\">here</a> now";
  std::string html = markdown_to_html(src);
  CHECK(html == "<p>see &lt;a\nhref=&quot;#x&quot;&gt;here&lt;/a&gt; now</p>");
  CHECK(markdown_to_commonmark(src) == "see \\<a\nhref=\"\\#x\"\\>here\\</a\\> now");
}

TEST_CASE("markdown: Liquid tags in Markdown fields reach the page as text, not as tags") {
  std::string md = markdown_to_commonmark(
      "Owner {{ site.github.owner_name }} and {% include_relative _config.yml %}, 25% done.");
  CHECK_FALSE(contains(md, "{{"));
  CHECK_FALSE(contains(md, "{%"));
  CHECK_FALSE(contains(md, "%}"));
  CHECK_FALSE(contains(md, "}}"));
  CHECK(contains(md, "25% done"));  // a percent elsewhere is left as it is
  // Read back as CommonMark, the escapes show the braces as they were written.
  CHECK(contains(markdown_to_html(md), "{{ site.github.owner_name }}"));
  CHECK(contains(markdown_to_html(md), "{% include_relative _config.yml %}"));
}
