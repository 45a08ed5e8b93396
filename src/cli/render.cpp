// plan render: the action plan as the page the public reads, a self-contained
// HTML page (or a fragment for a CMS) or a Markdown page, from one view of
// the plan filled into a template. Same files and date, same bytes.
#include <algorithm>
#include <filesystem>
#include <ostream>

#include "cli/command.h"
#include "cli/reading.h"
#include "model/clock.h"
#include "render/atom_feed.h"
#include "render/build_view.h"
#include "render/page_template.h"
#include "util/files.h"
#include "util/plural.h"
#include "util/terminal_text.h"
#include "util/write_files.h"

namespace plan {
namespace {

bool is_special(const std::string& path) {
  std::error_code ec;
  auto type = std::filesystem::status(path, ec).type();
  return !ec && type != std::filesystem::file_type::regular &&
         type != std::filesystem::file_type::not_found;
}

struct RenderCliOptions {
  std::string format = "html";
  std::string output;  // "" default file, "-" standard output
  std::string as_of;
  bool fragment = false;
  int heading_level = 0;  // 0: not given
  std::string css_file;   // --css: the stylesheet goes here, not inline
  std::string template_file;
};

/// --as-of, else SOURCE_DATE_EPOCH (reproducible builds), else today.
Date render_date(const RenderCliOptions& opt, const Context& ctx) {
  if (!opt.as_of.empty()) return parse_date_option(opt.as_of, "--as-of");
  if (!ctx.source_date_epoch.empty()) {
    const std::string& s = ctx.source_date_epoch;
    bool digits = s.find_first_not_of("0123456789") == std::string::npos && s.size() <= 12;
    if (!digits)
      throw UsageError{
          "SOURCE_DATE_EPOCH must be a whole number of seconds since "
          "1970-01-01 UTC, such as 1735689600; got '" +
          s + "'"};
    long long seconds = std::stoll(s);
    const long long year_2201 = 7289654400LL;  // 2201-01-01 UTC
    Date d = date_in_zone(std::time_t(std::min(seconds, year_2201)), ctx.timezone);
    if (seconds >= year_2201 || !in_plan_range(d))
      throw UsageError{"SOURCE_DATE_EPOCH " + s + " is a date outside the years " +
                       std::to_string(min_plan_year) + "-" + std::to_string(max_plan_year) +
                       " that a plan's dates can have; give the seconds since 1970-01-01 UTC, "
                       "such as 1735689600"};
    return d;
  }
  return ctx.today;
}

RenderOptions page_options(const RenderCliOptions& opt) {
  RenderOptions o;
  o.format = opt.format == "md" ? PageFormat::markdown : PageFormat::html;
  if (opt.fragment && o.format != PageFormat::html)
    throw UsageError{"--fragment is for --format html (a Markdown page has no head to leave out)"};
  o.fragment = opt.fragment;
  if (opt.heading_level != 0 && !opt.fragment)
    throw UsageError{"--heading-level is for --fragment (the page's own headings start at h1)"};
  if (opt.heading_level != 0 && (opt.heading_level < 1 || opt.heading_level > 4))
    throw UsageError{
        "--heading-level must be 1 to 4 (sections at that level, updates two below), got " +
        std::to_string(opt.heading_level)};
  if (opt.heading_level != 0) o.heading_level = opt.heading_level;
  if (!opt.css_file.empty() && !opt.fragment)
    throw UsageError{
        "--css is for --fragment (the page keeps its styles inline, as its security policy allows "
        "nothing else)"};
  o.inline_style = opt.css_file.empty();
  if (!opt.template_file.empty()) {
    o.template_text = read_template_option(opt.template_file);
    o.template_name = opt.template_file;
  }
  return o;
}

/// Creates the folder a file goes in (site/ for site/index.html), like mkdir -p.
void make_parent_directories(const std::string& path) {
  size_t slash = path.find_last_of('/');
  if (slash == std::string::npos || slash == 0) return;
  std::string err = make_directories(path.substr(0, slash));
  if (!err.empty()) throw UsageError{err};
}

std::string output_path(const RenderCliOptions& opt) {
  std::string path = opt.output;
  if (path.empty()) path = opt.format == "md" ? "site/action-plan.md" : "site/index.html";
  return path;
}

int run_render(const RenderCliOptions& opt, const RenderOptions& options, const LoadedPlan& loaded,
               Date as_of, Context& ctx) {
  std::string page;
  PageView view = build_page_view(loaded.plan, as_of);
  // A full HTML page links to its Atom feed, written beside it when the page
  // goes to a file (the page's bytes are the same either way).
  bool full_page = options.format == PageFormat::html && !options.fragment;
  if (full_page) view.feed_href = "feed.xml";
  // Not beside a device or a pipe (-o /dev/null): only beside a real file.
  bool feed = full_page && opt.output != "-" && !(is_special(opt.output));
  std::string path = opt.output == "-" ? "" : output_path(opt);
  std::string feed_path, page_name;
  if (feed) {
    std::filesystem::path p(path);
    page_name = p.filename().string();
    // generic_string: "/" on Windows too, like the -o path the user gave.
    feed_path = (p.parent_path() / "feed.xml").generic_string();
    if (p.filename() == "feed.xml")
      throw UsageError{"-o feed.xml: that is the name of the feed written beside the page"};
  }
  try {
    std::vector<std::string> warnings;
    page = render_page(view, options, &warnings);
    for (const std::string& w : warnings) ctx.err << w << "\n";
  } catch (const TemplateError& e) {
    ctx.err << e.message << "\n";  // already "file:line:col: error: ..."
    return e.limit ? exit_plan_errors : exit_usage;
  }

  std::string css_note;
  if (!opt.css_file.empty()) {
    make_parent_directories(opt.css_file);
    std::string err = write_file(opt.css_file, builtin_stylesheet());
    if (!err.empty()) throw UsageError{err};
    css_note = " and its stylesheet " + opt.css_file;
  }
  if (opt.output == "-") {
    ctx.out << page;
    if (!css_note.empty()) ctx.err << "wrote" << css_note << "\n";
    return exit_ok;
  }
  // Only now that the page is made: a refused template leaves no folder behind.
  make_parent_directories(path);
  std::string err = write_file(path, page);
  if (!err.empty()) throw UsageError{err};
  if (feed) {
    err = write_file(feed_path, render_atom_feed(view, page_name, "feed.xml"));
    if (!err.empty()) throw UsageError{err};
  }
  ctx.out << "wrote " << terminal_safe(path) << css_note << " ("
          << counted(loaded.plan.recommendations.size(), "recommendation", "recommendations")
          << ", progress as of " << format_long(as_of) << ")\n";
  if (feed)
    ctx.out << "wrote " << terminal_safe(feed_path) << " (an Atom feed of "
            << counted(view.latest_updates.size(), "published update", "published updates")
            << ")\n";
  return exit_ok;
}

CommandRun setup_render(Options& cli, Context& ctx) {
  auto opt = std::make_shared<RenderCliOptions>();
  auto page = std::make_shared<RenderOptions>();
  cli.add_option("--format", opt->format, "html (a self-contained page) or md (Markdown)")
      .one_of({"html", "md"});
  cli.add_option("-o,--output", opt->output,
                 "File to write, or - for standard output (default: site/index.html or "
                 "site/action-plan.md)");
  cli.add_option("--as-of", opt->as_of, "Show progress as of this date (YYYY-MM-DD)");
  cli.add_flag("--fragment", opt->fragment,
               "HTML for a CMS page: no <html>, <head>, <h1> or header band; classes start "
               "with plan-, styles scoped to .plan-page");
  cli.add_option("--heading-level", opt->heading_level,
                 "With --fragment: the level its section headings start at, 1-4 (default 2)");
  cli.add_option("--css", opt->css_file,
                 "With --fragment: write the stylesheet to this file (for the CMS's <head>) "
                 "instead of an inline <style>");
  cli.add_option(
      "--template", opt->template_file,
      "Mustache template to use instead of the built-in one (start from " PLAN_TEMPLATES_DIR ")");
  return {[opt, page, &ctx] {
            Date as_of = render_date(*opt, ctx);
            *page = page_options(*opt);
            return LoadRequest{as_of};
          },
          [opt, page, &ctx](PlanInput& in) {
            return run_render(*opt, *page, *in.loaded, render_date(*opt, ctx), ctx);
          }};
}

}  // namespace

extern const Command command_render{
    "render", "Write the plan as the public page: HTML (default) or Markdown",
    "Examples:\n"
    "  plan render                                 # site/index.html, progress as of today\n"
    "  plan render --format md                     # site/action-plan.md\n"
    "  plan render --as-of 2025-01-01 -o -         # the page on standard output\n"
    "  plan render --fragment -o cms.html          # content only, to paste into a CMS\n"
    "  plan render --fragment --heading-level 3 --css plan.css -o cms.html\n"
    "                                              # headings from h3, styles in plan.css\n"
    "  plan render --template my-page.mustache     # your own look\n\n"
    "The built-in templates, their stylesheet and a README of every name a\n"
    "template can use are installed in " PLAN_TEMPLATES_DIR
    ".\n\n"
    "The date on the page and what counts as overdue come from --as-of, else\n"
    "SOURCE_DATE_EPOCH, else today. Same files and date give the same bytes.\n"
    "Updates marked internal never appear. A plan with errors is not rendered.\n\n"
    "Exit status: 0 written, 1 the plan has errors, 2 usage or I/O problem.",
    Phase::plan_valid, setup_render};

}  // namespace plan
