// The limits of a page template (template/limits.h): tags read as the
// engine reads them (delimiter changes too, so depth cannot hide behind one),
// the depth and partial checks, and the page-size bound exact at its edge.
#include <catch2/catch.hpp>

#include "check/load_checked.h"
#include "render/build_view.h"
#include "render/page_template.h"
#include "template/limits.h"
#include "template/tags.h"

using namespace plan;

namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

const Plan& bundled_plan() {
  static LoadedPlan loaded = load_plan(PLAN_SOURCE_DIR "/plan", 1);
  REQUIRE(loaded.diagnostics.errors() == 0);
  return loaded.plan;
}

std::string render_custom(const std::string& text) {
  RenderOptions o;
  o.template_text = text;
  o.template_name = "t.mustache";
  return render_page(build_page_view(bundled_plan(), *parse_iso_date("2025-01-01")), o);
}

}  // namespace

TEST_CASE("template tags: delimiter changes are followed, as the engine follows them") {
  std::vector<TemplateTag> tags = template_tags("{{#a}}{{=<% %>=}}<%b%>{{c}}<%& d %><%/a%>");
  REQUIRE(tags.size() == 4);
  CHECK(tags[0].kind == '#');
  CHECK((tags[1].kind == 'v' && tags[1].name == "b" && !tags[1].raw));
  CHECK((tags[2].kind == 'v' && tags[2].name == "d" && tags[2].raw));
  CHECK((tags[3].kind == '/' && tags[3].name == "a"));
  CHECK(tags[1].col == 18);
}

TEST_CASE("template tags: columns count characters, not bytes") {
  std::vector<TemplateTag> tags = template_tags("é€ {{x}}\n  {{{y}}}");
  REQUIRE(tags.size() == 2);
  CHECK((tags[0].line == 1 && tags[0].col == 4));
  CHECK((tags[1].line == 2 && tags[1].col == 3 && tags[1].raw));
}

TEST_CASE("template shape: 32 nested sections pass, the 33rd is refused where it opens") {
  CHECK(!check_template_shape(repeat("{{#a}}", 32) + repeat("{{/a}}", 32)));
  std::optional<TemplateProblem> p =
      check_template_shape("x\n" + repeat("{{#a}}", 33) + repeat("{{/a}}", 33));
  REQUIRE(p);
  CHECK(p->rule == "template-depth");
  CHECK((p->line == 2 && p->col == 1 + 32 * 6));
  // Sections side by side are not nested.
  CHECK(!check_template_shape(repeat("{{#a}}{{/a}}", 1000)));
  // Inverted sections count too.
  CHECK(check_template_shape(repeat("{{^a}}", 33) + repeat("{{/a}}", 33)));
}

TEST_CASE("template shape: depth behind a delimiter change is still counted") {
  std::string text =
      repeat("{{#a}}", 20) + "{{=<% %>=}}" + repeat("<%#a%>", 13) + repeat("<%/a%>", 33);
  std::optional<TemplateProblem> p = check_template_shape(text);
  REQUIRE(p);
  CHECK(p->rule == "template-depth");
}

TEST_CASE("template shape: partials are refused, whatever the delimiters") {
  for (const char* text : {"{{>title}}", "a {{> recommendation }}", "{{=<% %>=}}<%>title%>"}) {
    INFO(text);
    std::optional<TemplateProblem> p = check_template_shape(text);
    REQUIRE(p);
    CHECK(p->rule == "template-partial");
  }
  CHECK(!check_template_shape("{{! a comment with > in it }}{{title}}"));
}

TEST_CASE("template size: a page just under the limit renders; just over is refused") {
  // 15 recommendations, so the text inside is repeated 225 times; the limit
  // is 64 MiB (the built-in page is far smaller than an eighth of that).
  auto pairs = [](size_t n) {
    return "{{#recommendations}}{{#recommendations}}" + std::string(n, 'x') +
           "{{/recommendations}}{{/recommendations}}";
  };
  REQUIRE(bundled_plan().recommendations.size() == 15);
  std::string page = render_custom(pairs(290'000));
  CHECK(page.size() == 225 * size_t(290'000));
  try {
    render_custom(pairs(300'000));
    FAIL("a page of 67.5 MB must be refused");
  } catch (const TemplateError& e) {
    CHECK(e.limit);
    CHECK(e.message.rfind("t.mustache:1:21: error: the page this template makes would be larger "
                          "than 64.0 MiB",
                          0) == 0);
    CHECK(e.message.find("[template-too-large]") != std::string::npos);
  }
}

TEST_CASE("template size: the built-in templates, given as custom ones, render the same") {
  for (PageFormat f : {PageFormat::html, PageFormat::markdown}) {
    RenderOptions builtin, custom;
    builtin.format = custom.format = f;
    custom.template_text = builtin_template(f);
    custom.template_name = "copy.mustache";
    PageView view = build_page_view(bundled_plan(), *parse_iso_date("2025-01-01"));
    CHECK(render_page(view, custom) == render_page(view, builtin));
  }
}
