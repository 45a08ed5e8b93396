#include "check/rules.h"

#include "load/limits.h"

namespace plan {

const std::vector<RuleInfo>& rule_catalogue() {
  static const std::vector<RuleInfo> rules = {
      {"alias", "aliases (*name) are not allowed"},
      {"anchor", "anchors (&name) are not allowed"},
      {"bom", "the file starts with a byte-order mark"},
      {"carriage-return", "lines end with LF or CRLF, not CR alone"},
      {"control-character", "no control characters (other than tab and line breaks)"},
      {"date-format", "dates are written YYYY-MM-DD"},
      {"date-invalid", "dates are real calendar dates"},
      {"deadline-note", "a note such as '56 days from publication' agrees with the deadline"},
      {"done-evidence-open", "a recommendation marked done has every evidence requirement done"},
      {"done-percent", "the done status goes with percent 100"},
      {"duplicate-item", "a list holds each value once"},
      {"duplicate-key", "a key appears once in a mapping"},
      {"empty-file", "a file is not empty"},
      {"empty-list", "a list that must not be empty"},
      {"empty-value", "a value that must not be empty"},
      {"evidence-empty", "an evidence requirement has text"},
      {"evidence-id-format", "evidence ids are '<recommendation id>.<n>'"},
      {"evidence-id-order", "evidence ids increase down the list"},
      {"evidence-id-unique", "evidence ids are unique"},
      {"file-name", "recommendation files are named <id>.yaml"},
      {"file-too-large", "a file is under the size limit"},
      {"id-matches-file", "a recommendation's id equals its file name"},
      {"id-range", "ids are positive"},
      {"id-unique", "recommendation ids are unique"},
      {"line-too-long", "lines are under the length limit"},
      {"missing-key", "required keys are present"},
      {"multiple-documents", "a file holds one YAML document"},
      {"no-recommendations", "the plan has a recommendations folder"},
      {"not-a-mapping", "a file is a mapping of keys and values"},
      {"not-loaded", "every entry of the recommendations folder is a file that is loaded"},
      {"nul-byte", "a file has no NUL bytes"},
      {"percent-decrease", "percent does not go down"},
      {"percent-range", "percent is between 0 and 100"},
      {"plan-too-large", "all recommendation files together are under the size limit"},
      {"read-error", "a file can be read"},
      {"schema", "other JSON Schema constraints"},
      {"status-unknown", "a status is one of the plan's statuses"},
      {"symlink", "no symbolic links inside a plan (never followed)"},
      {"tab", "no tabs in indentation"},
      {"tag", "no YAML tags (!!str, !name)"},
      {"too-deep", "nesting is within the depth limit"},
      {"too-many-files", "the number of recommendation files is within the limit"},
      {"too-many-items", "a list is within the item limit"},
      {"too-many-problems", "a file has at most 100 problems shown; the rest are summed up"},
      {"too-many-values", "a file holds no more values than the limit"},
      {"type", "values have the type the schema asks for"},
      {"unknown-key", "only keys the schema knows"},
      {"update-future", "updates are not dated after today"},
      {"update-order", "updates are oldest first"},
      {"utf8", "files are valid UTF-8"},
      {"yaml-syntax", "files are well-formed YAML"},
  };
  return rules;
}

void check_plan(const Plan& plan, Date as_of, Diagnostics& out) {
  check_date_field(plan.published, "published", plan.file, out);
  check_ids(plan, out);
  for (const Recommendation& rec : plan.recommendations) {
    check_evidence_ids(rec, out);
    check_dates(plan, rec, out);
    check_updates(plan, rec.file, rec.updates, as_of, out);
    for (const Evidence& ev : rec.evidence) check_updates(plan, rec.file, ev.updates, as_of, out);
    check_progress(plan, rec, out);
  }
}

}  // namespace plan
