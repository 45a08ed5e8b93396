// plan export: the plan and where each recommendation stands, as versioned
// JSON (schemas/export.schema.json) or as CSV for a spreadsheet. Exports are
// shared, so internal updates stay out unless asked for.
#include "query/export.h"

#include "cli/command.h"
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

int run_export(const ExportCliOptions& opt, const LoadedPlan& loaded, Context& ctx) {
  Date as_of = ctx.as_of(opt.as_of);
  ExportOptions eo;
  eo.as_of = as_of;
  eo.include_internal = opt.include_internal;
  eo.generator = std::string("plan ") + PLAN_VERSION;
  std::string text = opt.format == "csv"
                         ? export_csv(loaded.plan, eo,
                                      opt.rows == "updates"   ? CsvRows::updates
                                      : opt.rows == "actions" ? CsvRows::actions
                                                              : CsvRows::recommendations)
                         : export_json(loaded.plan, eo);
  write_output(ctx, opt.output, text);
  return exit_ok;
}

CommandRun setup_export(Options& cli, Context& ctx) {
  auto opt = std::make_shared<ExportCliOptions>();
  cli.add_option("--format", opt->format, "json or csv").required().one_of({"json", "csv"});
  cli.add_option("--rows", opt->rows,
                 "CSV rows: recommendations (default, latest status), updates (one per update) "
                 "or actions (one per action of the force's plan)")
      .one_of({"recommendations", "updates", "actions"});
  cli.add_flag("--include-internal", opt->include_internal,
               "Include updates marked internal (leave them out of anything shared)");
  cli.add_option("-o,--output", opt->output, "Write to this file (default: standard output)");
  cli.add_option("--as-of", opt->as_of, "Treat this date (YYYY-MM-DD) as today for 'overdue'");
  return {
      [opt, &ctx] {
        if (!opt->rows.empty() && opt->format != "csv")
          throw UsageError{"--rows applies to --format csv only; JSON always holds every update"};
        return LoadRequest{ctx.as_of(opt->as_of)};
      },
      [opt, &ctx](PlanInput& in) { return run_export(*opt, *in.loaded, ctx); }};
}

}  // namespace

extern const Command command_export{
    "export", "The plan and its progress as JSON (versioned, with a schema) or CSV",
    "Examples:\n"
    "  plan export --format json -o progress.json\n"
    "  plan export --format csv -o progress.csv           # one row per recommendation\n"
    "  plan export --format csv --rows updates -o updates.csv\n"
    "  plan export --format csv --rows actions -o actions.csv\n\n"
    "JSON has \"format_version\": 3 and follows schemas/export.schema.json. CSV is\n"
    "UTF-8 with a byte-order mark and CRLF line ends, so Excel and LibreOffice open\n"
    "it as it is. Internal updates are left out unless --include-internal is given.",
    Phase::plan_valid, setup_export};

}  // namespace plan
