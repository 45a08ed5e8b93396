// Loads a report file (reports/<name>.yaml) through the same raw-byte
// checks, YAML parsing and JSON Schema check as the plan files, then into
// the plain model of model/report.h.
#pragma once

#include <string>

#include "diag/diagnostic.h"
#include "model/report.h"

namespace plan {

struct LoadedReport {
  Report report;
  Diagnostics diagnostics;
  bool io_failed = false;  // the file could not be read at all
};

/// Reads and loads the file at path; messages name it shown_path.
LoadedReport load_report(const std::string& path, const std::string& shown_path);

/// Loads a report from its text (no disk access). Returns false when the
/// text could not be read as a report at all.
bool load_report_text(const std::string& text, const std::string& shown_path, Report& report,
                      Diagnostics& out);

}  // namespace plan
