// plan export: the plan and where each recommendation stands, as versioned
// JSON (schemas/export.schema.json) or as CSV for a spreadsheet. Exports are
// shared, so internal updates stay out unless asked for.
#include "report/export.h"

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/reading.h"

namespace plan {
namespace {

struct ExportCliOptions {
  std::string format;
  std::string rows;
  bool include_internal = false;
  std::string output;
  std::string as_of;
};

int run_export(const ExportCliOptions& opt, Context& ctx) {
  if (!opt.rows.empty() && opt.format != "csv")
    throw UsageError{"--rows applies to --format csv only; JSON always holds every update"};
  Date as_of = ctx.as_of(opt.as_of);
  std::optional<LoadedPlan> loaded = load_checked_plan(ctx, as_of);
  if (!loaded) return ctx.exit_code;
  ExportOptions eo;
  eo.as_of = as_of;
  eo.include_internal = opt.include_internal;
  eo.generator = std::string("plan ") + PLAN_VERSION;
  std::string text =
      opt.format == "csv"
          ? export_csv(loaded->plan, eo,
                       opt.rows == "updates" ? CsvRows::updates : CsvRows::recommendations)
          : export_json(loaded->plan, eo);
  write_output(ctx, opt.output, text);
  return exit_ok;
}

}  // namespace

void setup_export(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<ExportCliOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export", "The plan and its progress as JSON (versioned, with a schema) or CSV");
  cmd->footer(
      "Examples:\n"
      "  plan export --format json -o progress.json\n"
      "  plan export --format csv -o progress.csv           # one row per recommendation\n"
      "  plan export --format csv --rows updates -o updates.csv\n\n"
      "JSON has \"format_version\": 1 and follows schemas/export.schema.json. CSV is\n"
      "UTF-8 with a byte-order mark and CRLF line ends, so Excel and LibreOffice open\n"
      "it as it is. Internal updates are left out unless --include-internal is given.");
  cmd->add_option("--format", opt->format, "json or csv")
      ->required()
      ->check(CLI::IsMember({"json", "csv"}));
  cmd->add_option("--rows", opt->rows,
                  "CSV rows: recommendations (default, latest status) or updates (one per update)")
      ->check(CLI::IsMember({"recommendations", "updates"}));
  cmd->add_flag("--include-internal", opt->include_internal,
                "Include updates marked internal (leave them out of anything shared)");
  cmd->add_option("-o,--output", opt->output, "Write to this file (default: standard output)");
  cmd->add_option("--as-of", opt->as_of, "Treat this date (YYYY-MM-DD) as today for 'overdue'");
  cmd->callback([opt, &ctx] { ctx.exit_code = run_export(*opt, ctx); });
}

}  // namespace plan
