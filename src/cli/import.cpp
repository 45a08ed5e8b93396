// plan import: read an action plan's published text (a saved web page) and
// write it as plan files, reporting every line it could not place.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <ostream>

#include "check/load_checked.h"
#include "check/rules.h"
#include "cli/command.h"
#include "cli/import_into.h"
#include "import/assemble/evidence_gate.h"
#include "import/assemble/parse_action_plan.h"
#include "import/import_page.h"
#include "import/match/match_report.h"
#include "import/read/import_input.h"
#include "import/write/plan_header.h"
#include "import/write/write_imported_plan.h"
#include "init/scaffold.h"
#include "load/report_loader.h"
#include "util/files.h"
#include "util/plural.h"
#include "util/shell_quote.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

namespace plan {
namespace {

struct ImportOptions {
  std::string input;
  std::string out_dir = ".";
  std::string title;
  std::string organisation;
  std::string published;
  std::string owner;
  std::string undated_as_of;
  bool force = false;
  bool explain = false;
  bool force_partial = false;
  bool dry_run = false;
  std::string report;
  std::vector<std::string> addressee_given;  // --addressee, at most once
  std::string addressee = "Chief constables";
};

std::string base_name(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string what_was_read(const ImportedPlan& imported) {
  const Plan& p = imported.plan;
  size_t evidence = 0, milestones = 0, updates = 0;
  for (const Recommendation& r : p.recommendations) {
    evidence += r.evidence.size();
    milestones += r.milestones.size();
    updates += r.updates.size();
  }
  size_t actions = 0, responses = 0;
  for (const Recommendation& r : p.recommendations) {
    actions += r.actions.size();
    responses += r.response.present() ? 1 : 0;
    for (const Evidence& e : r.evidence) {
      updates += e.updates.size();
      actions += e.actions.size();
    }
  }
  std::string out = counted(p.recommendations.size(), "recommendation", "recommendations") + ", " +
                    counted(evidence, "evidence requirement", "evidence requirements") + ", " +
                    counted(milestones, "milestone", "milestones") + ", " +
                    counted(updates, "update", "updates") + ", " +
                    (responses + actions == 0 ? std::string()
                                              : counted(responses, "response", "responses") + ", " +
                                                    counted(actions, "action", "actions") + ", ") +
                    counted(p.leads.size(), "lead", "leads");
  out += p.introduction.empty() ? ", no introduction" : " and the introduction";
  if (!imported.furniture_lines.empty())
    out += fmt::format("; skipped page furniture on {}",
                       line_runs(imported.furniture_lines, imported.places));
  return out;
}

// A line fit to quote on a terminal: bytes that are not UTF-8 text, and
// control characters, shown as U+FFFD; long lines cut short.
LineSource input_lines(const std::string& name, const std::string& data) {
  auto lines = std::make_shared<std::vector<std::string>>(split_lines(data));
  return [lines, name](const std::string& file, int line) -> std::string {
    if (file != name || line < 1 || size_t(line) > lines->size()) return "";
    return (*lines)[size_t(line - 1)];  // write_text makes it terminal-safe
  };
}

std::string refusal(const std::string& out_dir, const std::vector<std::string>& existing,
                    const std::string& input) {
  std::string more = existing.size() == 1 ? ""
                     : existing.size() == 2
                         ? " and 1 more file"
                         : fmt::format(" and {} more files", existing.size() - 1);
  return fmt::format(
      "plan: error: {} already holds a plan ({}{}); nothing was written. To fill it in from the "
      "page, keeping what it says, run: plan import {} -C {}; add --force to replace it, or "
      "choose another folder with -o DIR\n",
      out_dir == "." ? "this folder" : "'" + out_dir + "'", existing.front(), more, input, out_dir);
}

// The command that shows the written plan's warnings, ready to paste.
std::string validate_command(const std::string& out_dir) {
  if (out_dir == ".") return "plan validate";
  return "plan -C " + shell_quoted(out_dir) + " validate";
}

// The files plan init writes besides the plan (schemas, editor settings, CI
// examples), for those not there yet: an imported plan is set up the same.
std::vector<PlanFileText> missing_init_files(const std::string& out_dir, Date today) {
  std::vector<PlanFileText> out;
  for (const ScaffoldFile& f : scaffold_files(today)) {
    if (f.path.rfind("plan/", 0) == 0) continue;
    if (read_file(join_path(out_dir, f.path), 1).ok) continue;
    std::error_code ec;
    if (std::filesystem::exists(join_path(out_dir, f.path), ec)) continue;
    out.push_back({f.path, f.content});
  }
  return out;
}

// The input's lines, so --explain can show each beside where it went.
std::vector<std::string_view> text_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a byte-order mark
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    std::string_view l = text.substr(start, end - start);
    while (!l.empty() && (l.back() == '\r' || l.back() == ' ' || l.back() == '\t'))
      l.remove_suffix(1);
    while (!l.empty() && (l.front() == ' ' || l.front() == '\t')) l.remove_prefix(1);
    lines.push_back(l);
    start = end + 1;
  }
  return lines;
}

// plan import --explain: where each line of the input went, and the line's
// text (shortened) so the analyst can see which line it is.
// A saved web page's lines are named by where they are in its markup (line:column).
void explain(std::ostream& out, const LineAccount& account, std::string_view text,
             const LinePlaces& places) {
  std::vector<std::string_view> lines = text_lines(text);
  int width = places.from_markup() ? 9 : 5;  // "line:col", or the line
  for (size_t i = 0; i < account.lines.size(); ++i) {
    const LineEntry& e = account.lines[i];
    if (e.fate == LineFate::blank) continue;
    std::string shown = i < lines.size() ? terminal_safe(lines[i], 50) : std::string();
    SourcePlace at = places.at(int(i + 1));
    std::string where =
        places.from_markup() ? fmt::format("{}:{}", at.line, at.column) : std::to_string(i + 1);
    out << fmt::format("{:>{}}  {:<14}  {}{}\n", where, width, fate_name(e.fate),
                       terminal_safe(e.what), shown.empty() ? "" : "  <- " + shown);
    // A table row's cells, each with the field it went to.
    for (const CellEntry& c : e.cells) {
      SourcePlace cell = places.cell_at(int(i + 1), c.column);
      std::string cell_where = places.from_markup() ? fmt::format("{}:{}", cell.line, cell.column)
                                                    : fmt::format("{}.{}", i + 1, c.column + 1);
      out << fmt::format("{:>{}}  {:<14}  cell {}: {}  <- {}\n", cell_where, width, "",
                         c.column + 1, terminal_safe(c.what), terminal_safe(c.text, 50));
    }
  }
}

// A page that answers only some of the report's recommendations imports
// fine: those it does not answer are listed above ("Not answered on the
// page"), so in import's own check they count as warnings, not as failure
// (plan validate still reports them as errors until they are added).
Diagnostics unanswered_as_warnings(const Diagnostics& found) {
  Diagnostics out;
  for (Diagnostic d : found.items()) {
    if (d.rule == "report-missing") d.severity = Severity::warning;
    out.add(std::move(d));
  }
  return out;
}

int run_import(ImportOptions& opt, Context& ctx) {
  // --addressee chooses which of the report's recommendations the page must
  // answer: without a report it would mean nothing, so it is not ignored.
  if (!opt.addressee_given.empty() && opt.report.empty() && ctx.plan_dir_option.empty())
    throw UsageError{
        "--addressee needs --report FILE: it names whom the plan answers for among the "
        "report's addressees; give the report file too, or leave --addressee out"};
  if (opt.addressee_given.size() > 1)
    throw UsageError{"--addressee is given more than once; give it once"};
  if (!opt.addressee_given.empty()) {
    if (opt.addressee_given.front().empty())
      throw UsageError{"--addressee is empty; name the body, such as 'Chief constables'"};
    opt.addressee = opt.addressee_given.front();
  }
  // -C REPO: into the plan already there (cli/import_into.h).
  std::optional<ExistingPlan> into;
  if (!ctx.plan_dir_option.empty()) {
    if (opt.out_dir != ".")
      throw UsageError{
          "-C names the plan to import into and -o a folder for a new plan; give "
          "one of them"};
    into = load_existing_plan(ctx);
    if (!into) return exit_plan_errors;
  } else if (opt.dry_run) {
    throw UsageError{
        "--dry-run shows what an import into an existing plan would change; name "
        "the plan's folder with -C REPO"};
  }
  HeaderOptions header{opt.title, opt.organisation, std::nullopt, opt.owner};
  if (!opt.published.empty()) header.published = parse_date_option(opt.published, "--published");

  // The report is read first: a report that cannot be read stops the import.
  std::optional<LoadedReport> report;
  ReadResult report_bytes;
  if (into && opt.report.empty() && into->loaded.plan.report_data) {
    // The plan's own report numbers the page, for the plan's addressee.
    report = LoadedReport{*into->loaded.plan.report_data, {}, false};
    if (opt.addressee_given.empty() && !into->loaded.plan.addressee.empty())
      opt.addressee = into->loaded.plan.addressee;
  } else if (!opt.report.empty()) {
    report_bytes = read_file(opt.report, 16 << 20);
    if (!report_bytes.ok) throw UsageError{report_bytes.error};
    report = load_report(opt.report, opt.report);
    if (report->io_failed || report->diagnostics.errors() > 0) {
      write_text(ctx.err, report->diagnostics, {});
      ctx.err << "plan: error: cannot use the report " << terminal_safe(opt.report)
              << " (errors above); nothing was imported\n";
      return exit_plan_errors;
    }
  }
  ParseOptions parse;
  parse.keep_unnumbered = report.has_value();
  if (!opt.undated_as_of.empty())
    parse.undated_updates_as_of = parse_date_option(opt.undated_as_of, "--undated-updates-as-of");

  ReadResult read = read_file(opt.input, max_import_bytes);
  if (!read.ok) throw UsageError{read.error};
  PageImportOptions reading;
  reading.parse = parse;
  reading.report = report ? &report->report : nullptr;
  reading.addressee = opt.addressee;
  PageImport got = import_page(std::move(read.data), opt.input, reading);
  if (!got.note.empty()) ctx.out << got.note << "\n";
  if (!got.refusal.empty()) throw UsageError{got.refusal};
  ImportedPlan& imported = got.imported;
  const ReportMatchOutcome& matched = got.matched;
  const std::string& text_of_input = got.text;
  std::string report_path;
  if (imported.ok && report) {
    report_path = "reports/" + base_name(opt.report);
    imported.plan.report = {report_path, report->report.id, {}};
    imported.plan.addressee = opt.addressee;
  }
  for (const std::string& note : imported.notes) ctx.out << note << "\n";
  for (const std::string& note : matched.notes) ctx.out << note << "\n";
  write_text(ctx.err, imported.diagnostics, input_lines(opt.input, text_of_input));
  if (opt.explain) explain(ctx.out, imported.account, text_of_input, imported.places);
  if (!imported.ok || imported.diagnostics.errors() > 0) {
    if (!imported.account.lines.empty()) ctx.out << line_count(imported.account) << "\n";
    ctx.err << "plan: error: nothing was imported from " << terminal_safe(opt.input) << "\n";
    return exit_plan_errors;
  }
  int not_understood = imported.account.count(LineFate::not_understood);
  if (not_understood > 0 && !opt.force_partial) {
    ctx.out << line_count(imported.account) << "\n";
    ctx.err << fmt::format(
        "plan: error: {} of {} could not be understood (warnings above); nothing was "
        "written. Correct them in the page's text, or add --force-partial to write what was "
        "understood with a note that the plan is incomplete\n",
        counted(size_t(not_understood), "line", "lines"), opt.input);
    return exit_plan_errors;
  }
  if (not_understood > 0) {
    std::string& intro = imported.plan.introduction;
    intro = partial_import_note(opt.input, imported.account, imported.places) +
            (intro.empty() ? "" : "\n\n" + intro);
  }
  if (into) {
    Plan& page = imported.plan;
    page.title = opt.title;
    page.organisation = opt.organisation;
    page.owner = opt.owner;
    return import_into_plan(*into, page, {opt.input, opt.force, opt.dry_run}, ctx);
  }
  std::vector<std::string> notes = fill_plan_header(imported.plan, header);

  std::vector<std::string> existing = existing_plan_files(opt.out_dir);
  bool init_example = !existing.empty() && holds_only_init_example(opt.out_dir, existing);
  if (!existing.empty() && !opt.force && !init_example) {
    ctx.err << refusal(opt.out_dir, existing, opt.input);
    return exit_plan_errors;
  }

  // The report goes into the new repository's reports/, as plan init puts it,
  // so the plan validates; a different file already there is not replaced.
  bool copy_report = false;
  if (report) {
    ReadResult there = read_file(join_path(opt.out_dir, report_path), 16 << 20);
    if (there.ok && there.data != report_bytes.data && !opt.force) {
      ctx.err << fmt::format(
          "plan: error: {} already holds a different {}; nothing was written. Add --force to "
          "replace it\n",
          opt.out_dir == "." ? "this folder" : "'" + opt.out_dir + "'", report_path);
      return exit_plan_errors;
    }
    copy_report = !there.ok || there.data != report_bytes.data;
  }

  // A page may call a recommendation complete while its evidence requirements
  // have no complete update: keep what the force published, and say so.
  std::vector<int> gated = complete_with_open_evidence(imported.plan);
  if (!gated.empty()) {
    imported.plan.evidence_gates_completion = false;
    std::string ids = and_list(gated);
    ctx.out << fmt::format(
        "evidence_gates_completion: false, as the page marks {} {} complete while {} evidence "
        "requirements are not; remove that line from plan.yaml once they are\n",
        gated.size() == 1 ? "recommendation" : "recommendations", ids,
        gated.size() == 1 ? "its" : "their");
  }
  // The plan and plan init's other files in one set, so a failure anywhere
  // (a full disk) leaves the folder as it was: all or nothing.
  std::vector<PlanFileText> setup = missing_init_files(opt.out_dir, ctx.today);
  if (copy_report) setup.push_back({report_path, report_bytes.data});
  std::vector<PlanFileText> files = imported_plan_files(imported.plan);
  files.insert(files.end(), setup.begin(), setup.end());
  WriteOutcome written = write_plan_files(opt.out_dir, files, opt.force || init_example);
  if (!written.error.empty()) throw UsageError{written.error};

  std::string plan_dir = join_path(opt.out_dir, "plan");
  ctx.out << "Read " << terminal_safe(opt.input) << ": " << what_was_read(imported) << "\n";
  ctx.out << line_count(imported.account) << "\n";
  if (int n = imported.diagnostics.warnings())
    ctx.out << fmt::format("{} above: lines not imported, or to check\n",
                           counted(size_t(n), "warning", "warnings"));
  for (const std::string& note : notes) ctx.out << note << "\n";
  ctx.out << fmt::format("Wrote {} and {} in {}/\n",
                         terminal_safe(join_path(plan_dir, "plan.yaml")),
                         counted(imported.plan.recommendations.size(), "file", "files"),
                         terminal_safe(join_path(plan_dir, "recommendations")));
  for (const std::string& removed : written.removed)
    ctx.out << "Removed " << removed
            << (init_example ? " (plan init's example)\n" : " (not in the import)\n");
  if (!setup.empty())
    ctx.out << fmt::format(
        "Added {} that plan init writes (schemas, editor settings, CI "
        "examples) where missing\n",
        counted(setup.size(), "file", "files"));

  if (report) {
    ctx.out << fmt::format(
        "Matched to {} ({}){}\n", report->report.title, opt.report,
        copy_report ? fmt::format("; copied to {}", join_path(opt.out_dir, report_path)) : "");
    bool any =
        std::any_of(report->report.recommendations.begin(), report->report.recommendations.end(),
                    [&](const ReportRecommendation& r) { return addressed_to(r, opt.addressee); });
    if (!any)
      ctx.out << fmt::format(
          "No recommendation of the report is addressed to '{}'; check --addressee (the "
          "report's addressees are as in {})\n",
          opt.addressee, opt.report);
    else if (matched.not_answered.empty())
      ctx.out << fmt::format("The page answers every recommendation to {} in the report\n",
                             opt.addressee);
    else
      ctx.out << fmt::format(
          "Not answered on the page: {} {} (to {}); add them with plan new\n",
          matched.not_answered.size() == 1 ? "recommendation" : "recommendations",
          and_list(matched.not_answered), opt.addressee);
  }
  LoadedPlan loaded = load_plan(plan_dir, 1);
  if (!loaded.io_failed) check_plan(loaded.plan, ctx.today, loaded.diagnostics);
  size_t unanswered =
      size_t(std::count_if(loaded.diagnostics.items().begin(), loaded.diagnostics.items().end(),
                           [](const Diagnostic& d) { return d.rule == "report-missing"; }));
  loaded.diagnostics = unanswered_as_warnings(loaded.diagnostics);
  ctx.out << fmt::format("Checked: {}{}\n", summary_line(loaded.diagnostics, loaded.files),
                         loaded.diagnostics.empty() ? ""
                                                    : fmt::format("; to see them, run: {}",
                                                                  validate_command(opt.out_dir)));
  // The import's check and plan validate's count differ here: say why, so
  // the two summaries never seem to contradict each other.
  if (unanswered > 0)
    ctx.out << fmt::format(
        "plan validate counts the {} not answered on the page as errors until they are added\n",
        counted(unanswered, "recommendation", "recommendations"));
  return loaded.diagnostics.errors() > 0 || loaded.io_failed ? exit_plan_errors : exit_ok;
}

CommandRun setup_import(Options& cli, Context& ctx) {
  auto opt = std::make_shared<ImportOptions>();
  cli.add_option("FILE", opt->input,
                 "The plan as published: its text (.txt), the saved page (.html) or a "
                 "spreadsheet (.csv)")
      .required();
  cli.add_option("-o,--out", opt->out_dir,
                 "Folder to write plan/plan.yaml and plan/recommendations/ in (default: here)")
      .type_name("DIR");
  cli.add_option("--title", opt->title, "The plan's title, e.g. 'Stalking Action Plan'");
  cli.add_option("--organisation", opt->organisation,
                 "Who the plan belongs to, e.g. 'Cambridgeshire Constabulary'");
  cli.add_option("--published", opt->published,
                 "Date the recommendations were published (YYYY-MM-DD); default: worked out "
                 "from notes such as '56 days from publication'")
      .type_name("YYYY-MM-DD");
  cli.add_option("--undated-updates-as-of", opt->undated_as_of,
                 "Date (YYYY-MM-DD) for updates the page gives no date for (a row's update, a "
                 "status), such "
                 "as the date the page says it was published or updated; without it they are "
                 "refused, as no date is made up")
      .type_name("YYYY-MM-DD");
  cli.add_option("--owner", opt->owner, "Default owner of every recommendation");
  cli.add_flag("--force", opt->force,
               "Replace a plan already in the folder; with -C, let the page replace what the "
               "plan already says");
  cli.add_flag("--dry-run", opt->dry_run,
               "With -C: show the changes to the plan's files as a diff, and write nothing");
  cli.add_flag("--explain", opt->explain,
               "Print where every line of FILE went: which field of which recommendation, "
               "skipped, or not understood");
  cli.add_flag("--force-partial", opt->force_partial,
               "Write the plan even when some lines were not understood, with a note in its "
               "introduction naming them");
  cli.add_option("--report", opt->report,
                 "The report file (reports/*.yaml): number recommendations and evidence "
                 "requirements by it, matching texts where the page gives no number, and list "
                 "the report's recommendations the page does not answer")
      .type_name("FILE");
  cli.add_option("--addressee", opt->addressee_given,
                 "With --report: whom the plan answers for (default: Chief constables)")
      .type_name("NAME");
  return {{}, [opt, &ctx](PlanInput&) { return run_import(*opt, ctx); }};
}

}  // namespace

extern const Command command_import{
    "import", "Read an action plan's published text and write it as plan files",
    "FILE is the published plan: the page's text, one paragraph a line (select all, copy,\n"
    "paste into a text file), the page saved from the browser (.html), or a spreadsheet\n"
    "saved as .csv. Tables are read by their header words in any order ('Rec No.',\n"
    "'Recommendation', 'Evidence requirements', 'Owner', 'Update', 'Date', 'Status'; a date\n"
    "in an update column's heading dates it); so are key/value blocks ('Recommendation: |\n"
    "7.1 |'), 'Recommendation 7' headings, 'By 27 March 2025, ...' lines and '7.1 - ...'\n"
    "evidence lines. A date given to the month (Nov-24) stays a month. Cookie banners and\n"
    "the like are skipped; when any other line is not understood it is reported with its\n"
    "line number and nothing is written (--force-partial writes the rest; --explain shows\n"
    "where every line went).\n\n"
    "Example:\n"
    "  plan import stalking-plan.txt -o cambs --title 'Stalking Action Plan' \\\n"
    "      --organisation 'Cambridgeshire Constabulary' --published 2024-09-27 \\\n"
    "      --owner 'Chief Constables'\n"
    "  plan import stalking-plan.txt -C cambs --dry-run   # into the plan already in cambs/\n\n"
    "With -C REPO the page fills in the plan already there (one made by plan init --report):\n"
    "owners, updates, introduction and leads where it has none; its text and evidence\n"
    "requirements stay, and the page's other wording is reported. --force lets the page\n"
    "replace what the plan already says.\n\n"
    "Exit status: 0 written and valid, 1 nothing written (unreadable text, lines not\n"
    "understood, or a plan is already there) or the written plan has errors, 2 usage or I/O\n"
    "problem.",
    Phase::no_plan, setup_import};

}  // namespace plan
