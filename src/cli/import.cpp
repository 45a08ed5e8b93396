// plan import: read an action plan's published text (a saved web page) and
// write it as plan files, reporting every line it could not place.
#include <fmt/format.h>

#include <ostream>

#include "check/load_checked.h"
#include "check/rules.h"
#include "cli/command.h"
#include "import/import_input.h"
#include "import/parse_action_plan.h"
#include "import/plan_header.h"
#include "import/write_imported_plan.h"
#include "util/files.h"
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
  bool force = false;
};

// "lines 1-7 and 40": consecutive runs shown as ranges.
std::string line_runs(const std::vector<int>& lines) {
  std::vector<std::string> runs;
  for (size_t i = 0; i < lines.size();) {
    size_t j = i;
    while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1) ++j;
    runs.push_back(i == j ? std::to_string(lines[i]) : fmt::format("{}-{}", lines[i], lines[j]));
    i = j + 1;
  }
  std::string out = lines.size() == 1 ? "line " : "lines ";
  for (size_t i = 0; i < runs.size(); ++i)
    out += (i == 0 ? "" : i + 1 == runs.size() ? " and " : ", ") + runs[i];
  return out;
}

std::string count(size_t n, const char* one, const char* many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string what_was_read(const ImportedPlan& imported) {
  const Plan& p = imported.plan;
  size_t evidence = 0, milestones = 0, updates = 0;
  for (const Recommendation& r : p.recommendations) {
    evidence += r.evidence.size();
    milestones += r.milestones.size();
    updates += r.updates.size();
  }
  std::string out = count(p.recommendations.size(), "recommendation", "recommendations") + ", " +
                    count(evidence, "evidence requirement", "evidence requirements") + ", " +
                    count(milestones, "milestone", "milestones") + ", " +
                    count(updates, "update", "updates") + ", " +
                    count(p.leads.size(), "lead", "leads");
  out += p.introduction.empty() ? ", no introduction" : " and the introduction";
  if (!imported.furniture_lines.empty())
    out += fmt::format("; skipped page furniture on {}", line_runs(imported.furniture_lines));
  return out;
}

// A line fit to quote on a terminal: bytes that are not UTF-8 text, and
// control characters, shown as U+FFFD; long lines cut short.
std::string printable(const std::string& line) {
  std::string out;
  for (size_t i = 0; i < line.size() && out.size() < 200;) {
    size_t len = utf8_sequence_length(line, i);
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (len == 0 || (c < 0x20 && c != '\t') || c == 0x7F) {
      out += "\xEF\xBF\xBD";
      i += len == 0 ? 1 : len;
    } else {
      out.append(line, i, len);
      i += len;
    }
  }
  return out.size() < 200 ? out : out + "...";
}

LineSource input_lines(const std::string& name, const std::string& data) {
  auto lines = std::make_shared<std::vector<std::string>>(split_lines(data));
  return [lines, name](const std::string& file, int line) -> std::string {
    if (file != name || line < 1 || size_t(line) > lines->size()) return "";
    return printable((*lines)[size_t(line - 1)]);
  };
}

std::string refusal(const std::string& out_dir, const std::vector<std::string>& existing) {
  std::string more = existing.size() == 1 ? ""
                     : existing.size() == 2
                         ? " and 1 more file"
                         : fmt::format(" and {} more files", existing.size() - 1);
  return fmt::format(
      "plan: error: {} already holds a plan ({}{}); nothing was written. Add --force to replace "
      "it, or choose another folder with -o DIR\n",
      out_dir == "." ? "this folder" : "'" + out_dir + "'", existing.front(), more);
}

// The command that shows the written plan's warnings, ready to paste.
std::string validate_command(const std::string& out_dir) {
  if (out_dir == ".") return "plan validate";
  bool plain = out_dir.find_first_of(" '\"$`\\") == std::string::npos;
  return fmt::format("plan -C {} validate", plain ? out_dir : "'" + out_dir + "'");
}

int run_import(const ImportOptions& opt, Context& ctx) {
  HeaderOptions header{opt.title, opt.organisation, std::nullopt, opt.owner};
  if (!opt.published.empty()) header.published = parse_date_option(opt.published, "--published");

  ReadResult read = read_file(opt.input, max_import_bytes);
  if (!read.ok) throw UsageError{read.error};
  ImportedPlan imported = parse_action_plan(read.data, opt.input);
  write_text(ctx.err, imported.diagnostics, input_lines(opt.input, read.data));
  if (!imported.ok) {
    ctx.err << "plan: error: nothing was imported from " << opt.input << "\n";
    return exit_plan_errors;
  }
  std::vector<std::string> notes = fill_plan_header(imported.plan, header);

  std::vector<std::string> existing = existing_plan_files(opt.out_dir);
  if (!existing.empty() && !opt.force) {
    ctx.err << refusal(opt.out_dir, existing);
    return exit_plan_errors;
  }

  WriteOutcome written =
      write_plan_files(opt.out_dir, imported_plan_files(imported.plan), opt.force);
  if (!written.error.empty()) throw UsageError{written.error};

  std::string plan_dir = join_path(opt.out_dir, "plan");
  ctx.out << "Read " << opt.input << ": " << what_was_read(imported) << "\n";
  if (int n = imported.diagnostics.warnings())
    ctx.out << fmt::format("{} above: lines not imported, or to check\n",
                           count(size_t(n), "warning", "warnings"));
  for (const std::string& note : notes) ctx.out << note << "\n";
  ctx.out << fmt::format("Wrote {} and {} in {}/\n", join_path(plan_dir, "plan.yaml"),
                         count(imported.plan.recommendations.size(), "file", "files"),
                         join_path(plan_dir, "recommendations"));
  for (const std::string& removed : written.removed)
    ctx.out << "Removed " << removed << " (not in the import)\n";

  LoadedPlan loaded = load_plan(plan_dir, 1);
  if (!loaded.io_failed) check_plan(loaded.plan, ctx.today, loaded.diagnostics);
  ctx.out << fmt::format("Checked: {}{}\n", summary_line(loaded.diagnostics, loaded.files),
                         loaded.diagnostics.empty() ? ""
                                                    : fmt::format("; to see them, run: {}",
                                                                  validate_command(opt.out_dir)));
  return loaded.diagnostics.errors() > 0 || loaded.io_failed ? exit_plan_errors : exit_ok;
}

CommandRun setup_import(Options& cli, Context& ctx) {
  auto opt = std::make_shared<ImportOptions>();
  cli.add_option("FILE", opt->input, "The plan's text (UTF-8)").required();
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
  cli.add_option("--owner", opt->owner, "Default owner of every recommendation");
  cli.add_flag("--force", opt->force, "Replace a plan already in the folder");
  return {{}, [opt, &ctx](PlanInput&) { return run_import(*opt, ctx); }};
}

}  // namespace

extern const Command command_import{
    "import", "Read an action plan's published text and write it as plan files",
    "FILE is the text of the published page, one paragraph a line (select all on the page,\n"
    "copy, paste into a text file). Recommendations start 'By 27 March 2025, ...'; evidence\n"
    "requirements start with their id ('7.1 - ...'); 'Recommendation Owner:', 'Force Update:',\n"
    "'Date: 11/11/2024' and 'Status: In Progress 25%' lines follow. Cookie banners and the\n"
    "like are skipped; every other line that has no place is reported with its line number.\n\n"
    "Example:\n"
    "  plan import stalking-plan.txt -o cambs --title 'Stalking Action Plan' \\\n"
    "      --organisation 'Cambridgeshire Constabulary' --published 2024-09-27 \\\n"
    "      --owner 'Chief Constables'\n\n"
    "Exit status: 0 written and valid, 1 nothing written (unreadable text, or a plan is\n"
    "already there) or the written plan has errors, 2 usage or I/O problem.",
    Phase::no_plan, setup_import};

}  // namespace plan
