// The HTML bounds measured before parsing: real pages (unclosed <p> and
// <li>, tables without end tags, scripts holding tags, SVG icons) measure
// shallow; hostile nesting is caught at its place, whatever the trick.
#include <catch2/catch.hpp>
#include <string>

#include "import/read/html_bounds.h"
#include "import/read/html_text.h"
#include "util/files.h"

using namespace plan;

namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("html bounds: elements a sibling closes do not add up") {
  std::string page =
      "<!DOCTYPE html><html><body><main>\n" + repeat("<p>A paragraph\n", 2000) + "<ul>" +
      repeat("<li>item", 2000) + "</ul>\n<table>" + repeat("<tr><td>7<td>text<th>x", 1000) +
      "</table>\n<dl>" + repeat("<dt>Owner<dd>DCI Lee", 1000) + "</dl>" +
      repeat("<h2>Heading<h3>Sub", 500) + "<select>" + repeat("<option>o", 600) + "</select><p>" +
      repeat("<a href=x>link ", 600) + "<select>" + "</select></main></body></html>";
  HtmlShape shape = measure_html(page);
  CHECK_FALSE(shape.too_deep);
  CHECK_FALSE(shape.too_many);
  CHECK(shape.deepest < 12);
}

TEST_CASE("html bounds: void elements, comments, scripts and SVG shapes do not nest") {
  std::string page = "<html><body>" + repeat("<br><img src=x><input>", 1000) +
                     repeat("<!-- <div><div> -->", 1000) + "<script>" + repeat("<div>", 1000) +
                     "</SCRIPT>" + "<svg>" + repeat("<path d='M0 0'/>", 1000) + "</svg>" +
                     "<p title='a > b <div>'>x</p></body></html>";
  HtmlShape shape = measure_html(page);
  CHECK_FALSE(shape.too_deep);
  CHECK(shape.deepest <= 4);
}

TEST_CASE("html bounds: hostile nesting is caught at its line and column") {
  SECTION("nested <q>") {
    HtmlShape shape = measure_html("<html><body>\n  " + repeat("<q>", 30000));
    CHECK(shape.too_deep);
    CHECK(shape.line == 2);
    CHECK(shape.col == 3 + 3 * (max_html_depth - 2));  // html and body count too
  }
  SECTION("<div/> nests in HTML") {
    CHECK(measure_html(repeat("<div/>", 600)).too_deep);
  }
  SECTION("an SVG <title> holds HTML, not text") {
    CHECK(measure_html("<svg><title>" + repeat("<b>", 600)).too_deep);
  }
  SECTION("a <script> left open hides nothing from a later </script>") {
    CHECK(measure_html("<script>x</Script >" + repeat("<span>", 600)).too_deep);
  }
  SECTION("end tags that match nothing open do not lower the count") {
    CHECK(measure_html(repeat("<em></strong>", 600)).too_deep);
  }
}

TEST_CASE("html bounds: too many elements, and the message names the place") {
  std::string page = "<html><body>\n" + repeat("<i></i>", int(max_html_elements) + 10);
  HtmlShape shape = measure_html(page);
  CHECK(shape.too_many);
  CHECK(shape.line == 2);
  Diagnostics ds;
  CHECK_FALSE(check_html_bounds(page, "page.html", ds));
  REQUIRE(ds.items().size() == 1);
  CHECK(ds.items()[0].rule == "import-html-elements");
  CHECK(ds.items()[0].line == 2);
}

TEST_CASE("html bounds: a page past them gives no lines, one within them its text") {
  std::vector<int> skipped;
  CHECK(html_lines("<html><body>" + repeat("<div>", 600) + "text", skipped).empty());
  // 400 deep is within the bound: the walk (on its own stack) still finds the text.
  auto lines = html_lines("<html><body>" + repeat("<div>", 400) + "deep text", skipped);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].text == "deep text");
  // Tables nested past the walker's own limit are still read, as plain lines.
  auto nested = html_lines("<html><body>" + repeat("<table><tr><td>", 60) + "inner", skipped);
  REQUIRE_FALSE(nested.empty());
  CHECK(nested.back().text.find("inner") != std::string::npos);
}

// Found by the import fuzz target: a link whose "[" was on a line a block
// inside the link had already ended threw std::out_of_range (plan import
// said "internal error"). The page reads; the link's words are kept.
TEST_CASE("html text: a link split by a block inside it reads without an error") {
  ReadResult file = read_file(PLAN_SOURCE_DIR "/tests/import/fuzz-finds/link-split-by-block.html");
  REQUIRE(file.ok);
  const std::string& page = file.data;
  std::vector<int> skipped;
  std::vector<Block> lines;
  REQUIRE_NOTHROW(lines = html_lines(page, skipped));
  std::string all;
  for (const Block& l : lines) all += l.text + "\n";
  CHECK(all.find("Our response to the super-complaint report") != std::string::npos);
  CHECK(all.find("take steps to improve how the force responds") != std::string::npos);
}
