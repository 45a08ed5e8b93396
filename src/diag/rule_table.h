// The one table of rules: every diagnostic plan reports carries one of these
// ids. Each row says how serious the problem is, what the rule asks for in
// one line, and which file checks it. `plan validate --list-rules` prints it,
// and tests/unit/rule_table_test.cpp fails when a row has no example named
// after its id (tests/cases/rule-<id>[-…]/, tests/cases/<id>-…/,
// tests/bad-input/<id>-….yaml, tests/limits/<id>-….case, tests/faults/<id>-….sh,
// tests/import/<id>….sh; or, for a rule only another schema can trigger, a
// unit test "rule-<id>: …") or when code emits an id that is not here.
//
// To add a rule: add a row below (ids sorted), emit it with
// `out.add(rule("your-id"), file, line, col, what_is_wrong, what_would_be_right)`
// (rule() is consteval: an id that is not in the table does not compile), and
// add the example case. See docs/architecture.md.
#pragma once

#include <string_view>

#include "diag/diagnostic.h"

namespace plan {

constexpr Rule error_rule(std::string_view id, std::string_view summary, std::string_view where) {
  return {id, Severity::error, summary, where};
}
constexpr Rule warning_rule(std::string_view id, std::string_view summary, std::string_view where) {
  return {id, Severity::warning, summary, where};
}

inline constexpr Rule rule_table[] = {
    // severity(id, what the rule asks for, the file that checks it)
    warning_rule("acknowledgement-stale", "every acknowledgement in plan.yaml matches a warning",
                 "check/acknowledge.cpp"),
    error_rule("action-id-format",
               "an action's id is its parent's id and letters (7a, 7b, \"7.1a\")",
               "check/rules_actions.cpp"),
    error_rule("action-id-unique", "action ids are unique in a recommendation",
               "check/rules_actions.cpp"),
    warning_rule("action-overdue", "an action past its current target is complete",
                 "check/rules_actions.cpp"),
    error_rule("action-revision-reason", "a revision of an action's target gives its reason",
               "check/rules_actions.cpp"),
    warning_rule("action-target-deadline",
                 "an action's target is by the recommendation's deadline, or a revision says "
                 "why not",
                 "check/rules_actions.cpp"),
    error_rule("alias", "aliases (*name) are not allowed", "load/yaml_tree.cpp"),
    error_rule("anchor", "anchors (&name) are not allowed", "load/yaml_tree.cpp"),
    warning_rule("bidi-control",
                 "no bidirectional controls (U+202A-U+202E, U+2066-U+2069) in a value",
                 "load/yaml_tree.cpp"),
    error_rule("bom", "files have no byte-order mark", "load/raw_checks.cpp"),
    error_rule("carriage-return", "lines end with LF or CRLF, not CR alone", "load/raw_checks.cpp"),
    error_rule("control-character",
               "no control characters (other than tab and line breaks), typed or as escapes",
               "load/raw_checks.cpp"),
    error_rule("date-format", "dates are written YYYY-MM-DD", "check/rules_dates.cpp"),
    error_rule("date-invalid", "dates are real calendar dates", "check/rules_dates.cpp"),
    error_rule("date-range", "dates are in the years 1900-2200", "check/rules_dates.cpp"),
    warning_rule("deadline-note",
                 "a note such as '56 days from publication' agrees with the deadline",
                 "check/rules_dates.cpp"),
    error_rule("done-evidence-open",
               "a recommendation marked done has every evidence requirement done (plan.yaml's "
               "evidence_gates_completion)",
               "check/rules_updates.cpp"),
    error_rule("done-percent", "the done status goes with percent 100", "check/rules_updates.cpp"),
    error_rule("duplicate-item", "a list holds each value once", "check/schema.cpp"),
    error_rule("duplicate-key", "a key appears once in a mapping", "load/yaml_tree.cpp"),
    error_rule("empty-file", "a file is not empty", "load/yaml_tree.cpp"),
    error_rule("empty-list", "a list that must not be empty has an item", "check/schema.cpp"),
    error_rule("empty-value", "a text that must not be empty has a character", "check/schema.cpp"),
    warning_rule("evidence-empty", "an evidence requirement has text", "check/rules_updates.cpp"),
    error_rule("evidence-id-format", "evidence ids are '<recommendation id>.<n>'",
               "check/rules_ids.cpp"),
    error_rule("evidence-id-order", "evidence ids increase down the list", "check/rules_ids.cpp"),
    error_rule("evidence-id-unique", "evidence ids are unique", "check/rules_ids.cpp"),
    error_rule("file-name", "recommendation files are named <id>.yaml", "check/rules_ids.cpp"),
    error_rule("file-too-large", "a file is under the size limit", "load/raw_checks.cpp"),
    error_rule("id-matches-file", "a recommendation's id equals its file name",
               "check/rules_ids.cpp"),
    error_rule("id-range", "recommendation ids are 1 or more", "check/schema.cpp"),
    error_rule("id-unique", "recommendation ids are unique", "check/rules_ids.cpp"),
    error_rule("import-binary", "an imported file is text, not binary",
               "import/read/import_input.cpp"),
    error_rule("import-control-character", "an imported page holds no control characters",
               "import/read/import_input.cpp"),
    warning_rule("import-date", "dates in an imported page can be read",
                 "import/assemble/update_draft.cpp"),
    error_rule("import-empty", "an imported file is not empty", "import/read/import_input.cpp"),
    error_rule("import-html-depth", "an imported web page nests its elements at most 512 deep",
               "import/read/html_bounds.cpp"),
    error_rule("import-html-elements", "an imported web page holds at most 100,000 elements",
               "import/read/html_bounds.cpp"),
    warning_rule("import-incomplete", "an imported recommendation has a deadline and text",
                 "import/assemble/importer_close.cpp"),
    error_rule("import-leftover",
               "an imported text holds no table separator, column heading or field label",
               "import/assemble/leftover_check.cpp"),
    error_rule("import-no-recommendations", "an imported page holds recommendations",
               "import/assemble/parse_action_plan.cpp"),
    warning_rule("import-status", "a status in an imported page is one of the plan's",
                 "import/assemble/update_draft.cpp"),
    error_rule("import-too-large", "an imported file is under the size limit",
               "import/read/import_input.cpp"),
    error_rule("import-too-many", "an imported page holds no more recommendations than a plan can",
               "import/assemble/parse_action_plan.cpp"),
    warning_rule("import-unmatched",
                 "with --report, every imported recommendation and evidence requirement is "
                 "matched to the report's",
                 "import/match/match_report.cpp"),
    warning_rule("import-unplaced", "every line of an imported page finds its place",
                 "import/assemble/importer_lines.cpp"),
    error_rule("import-utf8", "an imported file is valid UTF-8", "import/read/import_input.cpp"),
    error_rule("line-too-long", "lines are under the length limit", "load/raw_checks.cpp"),
    error_rule("manifest-duplicate",
               "a manifest lists each force once (names compared ignoring case)",
               "aggregate/manifest.cpp"),
    error_rule("manifest-group",
               "a manifest's groups give each grouping one name (region: Eastern)",
               "aggregate/manifest.cpp"),
    error_rule("manifest-source",
               "a manifest's source is a path, {git: URL, ref: REF} or {url: http(s) URL}, with "
               "nothing git would read as an option",
               "aggregate/manifest.cpp"),
    warning_rule("merge-driver",
                 "in a git clone, the merge driver .gitattributes names is in git's config",
                 "git/merge_setup.cpp"),
    error_rule("missing-key", "required keys are present", "check/schema.cpp"),
    error_rule("multiple-documents", "a file holds one YAML document", "load/yaml_errors.cpp"),
    error_rule("no-recommendations", "the plan has a recommendations folder", "load/loader.cpp"),
    error_rule("noncharacter",
               "no Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF …) in a value: XML "
               "cannot carry them",
               "load/yaml_tree.cpp"),
    error_rule("not-a-mapping", "a file is a mapping of keys and values", "load/yaml_tree.cpp"),
    error_rule("not-applicable-answered",
               "a recommendation listed under not_applicable has no file in the plan",
               "check/rules_report.cpp"),
    error_rule("not-loaded", "every entry of the recommendations folder is loaded or reported",
               "load/loader.cpp"),
    error_rule("nul-byte", "a file has no NUL bytes", "load/raw_checks.cpp"),
    error_rule("number-format", "numbers are plain decimal digits and fit an id or percent",
               "load/yaml_tree.cpp"),
    warning_rule("percent-decrease", "percent does not go down", "check/rules_updates.cpp"),
    error_rule("percent-range", "percent is between 0 and 100", "check/schema.cpp"),
    error_rule("plan-too-large", "all recommendation files together are under the size limit",
               "load/loader.cpp"),
    error_rule("rag-value", "a RAG rating is red, amber, green or blue", "check/rules_updates.cpp"),
    error_rule("read-error", "a file can be read", "load/loader.cpp"),
    warning_rule(
        "report-addressee",
        "the plan names the body it answers for, and each recommendation is addressed to it",
        "check/rules_report.cpp"),
    warning_rule("report-deadline", "deadlines are the report's", "check/rules_report.cpp"),
    warning_rule("report-evidence", "evidence requirements are the report's, none missing or added",
                 "check/rules_report.cpp"),
    error_rule("report-file", "the report file plan.yaml names is there", "load/loader.cpp"),
    error_rule("report-id", "the report file carries the id plan.yaml gives", "load/loader.cpp"),
    error_rule("report-missing",
               "every recommendation addressed to the plan's body is answered or not_applicable",
               "check/rules_report.cpp"),
    warning_rule("report-not-applicable",
                 "a recommendation marked not applicable says why (shown, so it is seen)",
                 "check/rules_report.cpp"),
    warning_rule("report-partial",
                 "a recommendation the partial report file does not hold cannot be checked",
                 "check/rules_report.cpp"),
    error_rule("report-path",
               "the report file is inside the repository (a relative path, no '..', no hidden "
               "folder, no symbolic link)",
               "load/loader.cpp"),
    warning_rule("report-published", "the plan's publication date is the report's",
                 "check/rules_report.cpp"),
    warning_rule("report-text", "texts have the report's wording (a word diff shows where not)",
                 "check/rules_report.cpp"),
    error_rule("report-unknown", "every recommendation the plan answers is one of the report's",
               "check/rules_report.cpp"),
    error_rule("schema", "any other JSON Schema constraint (one with no message of its own)",
               "check/schema.cpp"),
    error_rule("status-meaning",
               "a status word outside the default scale says what it means (means:)",
               "check/rules_statuses.cpp"),
    error_rule("status-unknown", "a status is one of the plan's statuses",
               "check/rules_updates.cpp"),
    error_rule("symlink", "no symbolic links inside a plan (never followed)", "load/loader.cpp"),
    error_rule("tab", "no tabs in indentation", "load/raw_checks.cpp"),
    error_rule("tag", "no YAML tags (!!str, !name)", "load/yaml_tree.cpp"),
    warning_rule("temp-file-left",
                 "no temporary file left by a plan command that was killed while writing",
                 "load/loader.cpp"),
    error_rule("template-depth",
               "a page template nests sections at most 32 deep (checked before rendering)",
               "template/limits.cpp"),
    error_rule("template-partial", "a page template has no partials ({{>name}})",
               "template/limits.cpp"),
    error_rule("template-too-large",
               "a page template's page is within 64 MiB and 10 million steps, or 8 times the "
               "built-in template's for the plan",
               "template/fill.cpp"),
    error_rule("timezone", "plan.yaml's timezone is an IANA time-zone name the system knows",
               "check/rules_dates.cpp"),
    error_rule("too-deep", "nesting is within the depth limit", "load/yaml_tree.cpp"),
    error_rule("too-many-files", "the number of recommendation files is within the limit",
               "load/loader.cpp"),
    error_rule("too-many-items", "a list is within the item limit", "load/yaml_tree.cpp"),
    error_rule("too-many-problems", "a file has at most 100 problems shown; the rest are summed up",
               "load/loader.cpp"),
    error_rule("too-many-values", "a file holds no more values than the limit",
               "load/yaml_tree.cpp"),
    error_rule("type", "values have the type the schema asks for", "check/schema.cpp"),
    error_rule("unknown-key", "only keys the schema knows", "check/schema.cpp"),
    error_rule("update-future", "updates are not dated after today", "check/rules_updates.cpp"),
    error_rule("update-order", "updates are oldest first", "check/rules_updates.cpp"),
    error_rule("update-without-status",
               "an update with no status is a note: it has a note and no percent",
               "check/rules_updates.cpp"),
    error_rule("utf8", "files are valid UTF-8", "load/raw_checks.cpp"),
    error_rule("value-unknown", "a value is one of those the schema lists (a status's 'means')",
               "check/schema.cpp"),
    error_rule("yaml-syntax", "files are well-formed YAML", "load/yaml_tree.cpp"),
};

namespace detail {
// Not constexpr on purpose: calling it in a constant expression fails to
// compile, which is how rule() rejects an unknown id.
inline void unknown_rule_id() {}
}  // namespace detail

/// The row for id. Evaluated while compiling: an id that is not in the table
/// is a compile error ("call to non-constexpr function unknown_rule_id").
consteval const Rule& rule(std::string_view id) {
  for (const Rule& r : rule_table)
    if (r.id == id) return r;
  detail::unknown_rule_id();
  return rule_table[0];
}

/// The row for id, or nullptr (for ids that come from outside, such as --rule).
const Rule* find_rule(std::string_view id);

}  // namespace plan
