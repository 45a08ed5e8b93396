// Loads a report file (reports/<name>.yaml) through the same raw-byte
// checks, YAML parsing and JSON Schema check as the plan files, then into
// the plain model of model/report.h.
#pragma once

#include <string>

#include "diag/diagnostic.h"
#include "load/loader.h"
#include "model/report.h"

namespace plan {

struct LoadedReport {
  Report report;
  Diagnostics diagnostics;
  bool io_failed = false;  // the file could not be read at all
};

/// Reads and loads the file at path; messages name it shown_path. check runs
/// on the YAML tree (FileKind::report), as for plan files.
LoadedReport load_report_file(const std::string& path, const std::string& shown_path,
                              const TreeCheck& check);

/// Loads a report from its text (no disk access). Returns false when the
/// text could not be read as a report at all.
bool load_report_file_text(const std::string& text, const std::string& shown_path, Report& report,
                           Diagnostics& out, const TreeCheck& check);

/// The two above with the JSON Schema check (schemas/report.schema.json);
/// defined in check/load_checked.cpp, beside load_plan, as load/ cannot see
/// check/. This is what commands and other stages call.
LoadedReport load_report(const std::string& path, const std::string& shown_path);
bool load_report_text(const std::string& text, const std::string& shown_path, Report& report,
                      Diagnostics& out);

}  // namespace plan
