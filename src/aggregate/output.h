// The national view written out: JSON (schemas/aggregate.schema.json),
// CSV (one row per force and recommendation, as the export's CSV), Markdown
// and a self-contained HTML page. Each writes the same Aggregate, and the
// same inputs and as-of date give the same bytes.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "aggregate/aggregate.h"
#include "template/fill.h"

namespace plan {

/// Bump when a key is removed or changes meaning; adding keys keeps it.
inline constexpr int aggregate_format_version = 2;

std::string aggregate_json(const Aggregate& a, const std::string& generator);
std::string aggregate_csv(const Aggregate& a);
std::string aggregate_markdown(const Aggregate& a);

/// A template of the user's for the page (--template): its text and file.
struct NationalTemplate {
  std::string text;  // empty: the built-in one
  std::string name;
};

/// The page, filled into the built-in template (templates/national.html.mustache)
/// or the user's own. Throws TemplateError; with warnings given, a custom
/// template's unknown names are listed there.
std::string aggregate_html(const Aggregate& a, const std::string& generator,
                           const NationalTemplate& custom = {},
                           std::vector<std::string>* warnings = nullptr);

/// The built-in page template's text.
const char* builtin_national_template();

/// "In Progress 40%", or "No update" / "Not answered" for an empty cell.
std::string cell_label(const AggregateCell& c);

/// The page's title: --title, else "Progress against <the report's title>",
/// else "Progress of N plans against the recommendations".
std::string page_title(const Aggregate& a);

/// What the output says about how recommendations were matched.
std::string matching_note(const Aggregate& a);

/// A force expected but not counted: its name and why, in words for the public.
struct NoReturn {
  std::string name;
  std::string reason;
};

/// The refused inputs that stand for a force not counted at all (a second
/// input for a force that was read is not one), one per name, by name.
std::vector<NoReturn> no_returns(const Aggregate& a);

/// Whether any force gives a response, a RAG rating or an action: the
/// tables of the forces' own plans are written only then.
bool any_force_plan(const Aggregate& a);

/// The headings of those tables' count columns: the positions, then RAG.
std::vector<std::string> force_plan_headings();

/// The four figures a reader looks for first: forces returned of those
/// expected (returned and no return), recommendations complete of those
/// that apply across the forces, overdue across the forces, stale forces.
struct Headline {
  int returned = 0, expected = 0, complete = 0, answers = 0, overdue = 0, stale = 0;
};
Headline headline_of(const Aggregate& a);

/// Each grouping the manifest names (region, size …), in the order the
/// forces, by name, first give them.
std::vector<std::string> group_keys(const Aggregate& a);

/// One value of a grouping with its forces added up ("" for forces that
/// give none).
struct GroupRow {
  std::string value;
  int expected = 0, returned = 0, complete = 0, answers = 0, overdue = 0, not_answered = 0,
      stale = 0;
};
/// By value, the forces that give none last.
std::vector<GroupRow> group_rows(const Aggregate& a, const std::string& key);

/// A group row's counts, each under the name the JSON and the page's
/// template give it ("expected", "returned" …).
std::vector<std::pair<const char*, int>> named_counts(const GroupRow& g);

/// The force's value for a grouping, or "".
std::string group_of(const Aggregate& a, const std::string& name, const std::string& key);

/// "region" -> "Region": a grouping's name as a heading.
std::string capitalised(std::string s);

/// "the export of 1 May 2025" age note for a force, or "" for a plan folder.
std::string export_age_text(const AggregateForce& f);

}  // namespace plan
