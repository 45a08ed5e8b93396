// The importer's own last check: a text field of the imported plan that
// still holds a table separator, a table rule, a column heading or a field
// label ("Status:", "Force Update:") means a layout was misread. That is an
// importer error, reported, never written as plan text.
#pragma once

#include <string>

#include "diag/diagnostic.h"
#include "model/plan.h"

namespace plan {

/// Appends an error (rule import-leftover) for each text field holding
/// layout left-overs; positions are the input lines the field came from.
/// page_text: paragraphs of the page's own cells and paragraphs that hold a
/// '|' or a tab as their text (a saved page's or a spreadsheet's, whose
/// cells are real): in a field, those are the page's words, not layout.
void check_leftovers(const Plan& plan, const std::string& file, Diagnostics& out,
                     const std::vector<std::string>& page_text = {});

}  // namespace plan
