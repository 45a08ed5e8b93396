// One setup function per subcommand: each declares its options next to the
// code that runs it (src/cli/<name>.cpp).
#pragma once

#include "cli/context.h"

namespace plan {

void setup_validate(CLI::App& app, Context& ctx);
void setup_update(CLI::App& app, Context& ctx);
void setup_new(CLI::App& app, Context& ctx);
void setup_import(CLI::App& app, Context& ctx);
void setup_list(CLI::App& app, Context& ctx);
void setup_show(CLI::App& app, Context& ctx);
void setup_export(CLI::App& app, Context& ctx);
void setup_init(CLI::App& app, Context& ctx);
void setup_render(CLI::App& app, Context& ctx);
void setup_aggregate(CLI::App& app, Context& ctx);

}  // namespace plan
