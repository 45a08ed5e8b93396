// Writing YAML text by our conventions: scalars quoted only when they must
// be, multi-line text as '|' blocks, recommendation and plan files with the
// schema line and keys in the documented order. Used by plan new, import and
// init, and by plan update for the entry it appends.
#pragma once

#include <string>

#include "model/plan.h"

namespace plan {

/// A scalar that reads back as exactly this text: plain when that is safe,
/// else double-quoted with escapes. Always a string (never a number or bool).
std::string yaml_scalar(const std::string& text);

/// How a text field is written: a short value stays on the key's line where
/// it can; prose (recommendation text, evidence text, notes, introduction)
/// always goes in a '|-' block, as the bundled plan is written, so reviewers
/// see the words as they are, without quotes or escapes.
enum class TextStyle {
  inline_when_possible,  // plain or quoted on the key's line, unless it has line breaks
  plain_or_block,        // plain on the key's line, else a block rather than quotes (notes)
  prose                  // always a block
};

/// The value part after "key:" for a text field whose key sits at `indent`
/// spaces: " value" on the key's line, or " |-" plus the lines indented two
/// more. Includes the leading space; no final newline.
std::string yaml_text_value(const std::string& text, int indent,
                            TextStyle style = TextStyle::inline_when_possible);

/// "key: value\n" at the given indentation, text written as above.
std::string yaml_text_field(const std::string& key, const std::string& text, int indent,
                            TextStyle style = TextStyle::inline_when_possible);

/// One update as a list entry ("- date: …") whose dash sits at `indent`
/// spaces; keys: date, status, percent, rag, by, note, internal. Ends with "\n".
std::string yaml_update_entry(const Update& u, int indent);

/// The same, for lists whose keys do not sit two spaces after the dash:
/// the dash at `indent` spaces, the keys at `key_indent` (> indent).
std::string yaml_update_entry(const Update& u, int indent, int key_indent);

/// One action as a list entry, the dash at `dash` spaces and its keys at
/// `keys` (docs/force-plan.md's order: id, text, lead, target, target_note,
/// revisions, updates). Ends with "\n". plan action add and import alike.
std::string yaml_action_entry(const Action& a, int dash, int keys);

/// One revision of an action's target ("- target: …", decided, reason).
std::string yaml_revision_entry(const TargetRevision& r, int dash, int keys);

/// A whole recommendation file, starting with the yaml-language-server line.
std::string write_recommendation_file(const Recommendation& rec);

/// A whole plan.yaml.
std::string write_plan_file(const Plan& plan);

}  // namespace plan
