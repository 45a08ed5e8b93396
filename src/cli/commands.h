// One setup function per subcommand: each declares its options next to the
// code that runs it (src/cli/<name>.cpp).
#pragma once

#include "cli/context.h"

namespace plan {

void setup_validate(CLI::App& app, Context& ctx);
void setup_render(CLI::App& app, Context& ctx);

}  // namespace plan
