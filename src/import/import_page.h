// A published page, as bytes, read into a plan: the one pipeline that plan
// import and plan aggregate (a manifest source over http) both run. The
// page's encoding is settled, a saved web page is read through the HTML5
// parser, CSV and copied text are read as they are, recommendations are
// numbered by the report when one is given, and what was misread is marked
// not understood. Nothing is written and nothing printed here.
#pragma once

#include <string>

#include "import/assemble/parse_action_plan.h"
#include "import/match/match_report.h"
#include "model/report.h"

namespace plan {

struct PageImportOptions {
  ParseOptions parse;
  const Report* report = nullptr;  // numbers the page's recommendations, when given
  std::string addressee;           // whose recommendations the page answers
};

struct PageImport {
  ImportedPlan imported;
  ReportMatchOutcome matched;
  std::string text;     // the page's lines as messages and --explain number them
  std::string note;     // how the bytes were decoded, when a person should know; else ""
  std::string refusal;  // why the page cannot be read at all by this build; else ""
};

/// True for a saved web page: it looks like HTML, or its name ends .html/.htm.
bool is_web_page(const std::string& bytes, const std::string& name);

/// name: the page's file name or URL, for messages; a name ending .csv is read as CSV.
PageImport import_page(std::string bytes, const std::string& name, const PageImportOptions& opt);

}  // namespace plan
