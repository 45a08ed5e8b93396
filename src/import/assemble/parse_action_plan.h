// Reads an action plan in the plain-text form police forces publish (a web
// page's text, one paragraph a line) into the plan model. Pure: text in,
// model and diagnostics out; no disk, no options.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "import/assemble/line_account.h"
#include "import/read/block.h"
#include "model/plan.h"

namespace plan {

struct UnnumberedRecommendation {
  Recommendation rec;  // id 0; id_pos is its first line
  int first_line = 0, last_line = 0;
};

struct ParseOptions {
  /// Keep recommendations with no number in `unnumbered` instead of
  /// refusing them (plan import --report numbers them by their text).
  bool keep_unnumbered = false;
  /// The date the analyst gives (plan import --undated-updates-as-of) for
  /// updates the page states a status for but no date; without it they are
  /// refused, as no date is made up.
  std::optional<Date> undated_updates_as_of;
};

struct ImportedPlan {
  /// Recommendations sorted by id, introduction, leads and statuses as read.
  /// title, organisation, published and owner are left empty: the text does
  /// not say them (see fill_plan_header). Deadline positions are input lines.
  Plan plan;
  /// Warnings for every line that could not be placed; errors when the text
  /// could not be read as a plan at all.
  Diagnostics diagnostics;
  std::vector<int> furniture_lines;  // lines skipped as page furniture
  LineAccount account;               // where every line went
  bool ok = false;                   // false: nothing should be written
  /// With ParseOptions::keep_unnumbered: recommendations the page gives no
  /// number for (id 0), to be numbered by matching them to the report.
  std::vector<UnnumberedRecommendation> unnumbered;
  /// What the importer decided that a person should know (printed as is).
  std::vector<std::string> notes;
  /// Paragraphs of a saved page's or spreadsheet's own cells and paragraphs
  /// that hold a '|' or a tab: the page's words, which no layout split.
  std::vector<std::string> separator_text;
  /// Where each line is in the file (a saved web page's lines are its text's,
  /// not the file's): what messages and --explain show.
  LinePlaces places;
};

/// file is the name used in diagnostics.
ImportedPlan parse_action_plan(std::string_view text, const std::string& file,
                               ParseOptions options = {});

/// The same over lines already taken out of a saved web page or spreadsheet.
ImportedPlan parse_action_plan_lines(const std::vector<Block>& lines, const std::string& file,
                                     ParseOptions options = {});

}  // namespace plan
