#include "aggregate/page_style.h"

namespace plan {

// Colours meet WCAG AA contrast on their backgrounds, as the plan page's do.
// Wide tables scroll inside their own region; the page itself never does.
// Column headings wrap and dates do not, so at 1280 px the tables fit whole.
const char* const aggregate_page_css = R"css(
body { margin: 0; color: #1b1f24; background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 1.0625rem; line-height: 1.6; overflow-wrap: break-word; overflow-wrap: anywhere; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
*, *::before, *::after { box-sizing: border-box; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
h1, h2, h3 { color: #0b2545; line-height: 1.25; margin: 1.5em 0 .5em; }
h1 { font-size: clamp(1.75rem, 6vw, 2.5rem); margin: .25rem 0 .5rem; color: inherit; }
h2 { font-size: 1.5rem; }
h3 { font-size: 1.1875rem; }
a { color: #1d4f91; text-underline-offset: .15em; }
a:focus-visible, .table-region:focus-visible { outline: 3px solid #0b0c0c; background: #ffdd00; color: #0b0c0c; }
.skip-link { position: absolute; top: .5rem; left: .5rem; z-index: 10; padding: .5rem 1rem; clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden; white-space: nowrap; }
.skip-link:focus { clip-path: none; width: auto; height: auto; overflow: visible; }
.masthead { background: #0b2545; color: #fff; padding: 2rem 0 1.75rem; }
.masthead p { margin: 0; color: #dbe5f1; }
.note { max-width: 48rem; }
.refused { border-left: .375rem solid #a4262c; padding: .25rem 1rem; background: #fbeeee; }
.charts { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: 1rem 1.5rem; }
.charts h3 { margin: 0 0 .25rem; font-size: 1.0625rem; }
figure { margin: 0; }
svg { display: block; width: 100%; height: 1.75rem; border: 1px solid #5b6b7c; border-radius: .25rem; background: #fff; }
figcaption { font-size: .9375rem; color: #39424c; margin-top: .25rem; }
.seg { stroke: #fff; stroke-width: 2; }
.seg-complete { fill: #1a7340; }
.seg-in-progress { fill: #1d5fa8; }
.seg-not-started { fill: #cfd6dd; }
.seg-no-update { fill: #8a6d00; }
.seg-no-status { fill: #d9b84a; }
.seg-not-answered { fill: #a4262c; }
.seg-not-applicable { fill: #eef1f4; }
.key { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: .9375rem; }
.swatch { display: inline-block; width: .875rem; height: .875rem; margin-right: .375rem; vertical-align: -.1em; border: 1px solid #5b6b7c; }
.table-region { max-width: 100%; overflow-x: auto; margin: 0 0 1.5rem; border: 1px solid #c9d3df; border-radius: .25rem; }
table { border-collapse: collapse; font-size: .9375rem; min-width: 100%; overflow-wrap: normal; }
caption { text-align: left; font-weight: 600; padding: .5rem .75rem; color: #0b2545; }
th, td { padding: .375rem .625rem; border-top: 1px solid #e1e6eb; text-align: left; vertical-align: top; }
thead th { background: #f4f7fa; border-bottom: 2px solid #c9d3df; vertical-align: bottom; }
time { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.matrix td { min-width: 9rem; }
.matrix tbody th { min-width: 10rem; position: sticky; left: 0; background: #fff; box-shadow: 1px 0 0 #c9d3df; }
.matrix thead th:first-child { position: sticky; left: 0; z-index: 1; }
.label { display: block; }
.cat { display: block; font-size: .875rem; color: #39424c; }
.cat-complete { color: #14532d; }
.cat-in-progress { color: #123e73; }
.cat-not-answered { color: #8f1f25; }
.flag { display: inline-block; margin-top: .125rem; padding: 0 .5em; border-radius: 999px; font-size: .875rem; font-weight: 700; color: #fff; background: #a4262c; }
.when { display: block; font-size: .875rem; color: #4a5560; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; margin: 0 0 1.5rem; }
.figures div { border-left: .375rem solid #0b2545; padding: .25rem .75rem; background: #f4f7fa; }
.figures dt { font-weight: 700; color: #0b2545; }
.figures dd { margin: 0; font-size: .9375rem; color: #39424c; }
.figure { display: block; font-size: 1.75rem; font-weight: 700; color: #1b1f24; line-height: 1.2; }
nav ul { columns: 2 16rem; padding-left: 1.25rem; }
details { margin: 0 0 .75rem; }
summary { cursor: pointer; color: #1d4f91; }
summary:focus-visible { outline: 3px solid #0b0c0c; background: #ffdd00; color: #0b0c0c; }
details > details, main > details { border: 1px solid #c9d3df; border-radius: .25rem; padding: .5rem .75rem; }
main > details > summary { font-weight: 700; font-size: 1.0625rem; color: #0b2545; }
.force-cells { padding-left: 1.25rem; }
.force-cells li { margin: .375rem 0; }
.note-text { white-space: pre-line; color: #39424c; }
.charts details { font-size: .9375rem; margin-top: .25rem; }
.page-footer { margin-top: 3rem; padding: 1.5rem 0 2rem; border-top: 1px solid #c9d3df; background: #f4f7fa; font-size: .9375rem; color: #39424c; }
@media (max-width: 30em) { .wrap { padding: 0 1rem; } }
@media print { .skip-link { display: none; } .masthead { background: none; color: #000; } .masthead p { color: #000; } table { font-size: 8pt; } svg, .flag { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
)css";

}  // namespace plan
