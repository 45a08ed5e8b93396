// yaml-cpp's exception messages are terse, and some mislead ("unknown token"
// for a value that starts with '@', "invalid unicode: 55296"). Every one a
// person editing a plan file can meet is turned here into what is wrong and
// what to write instead, placed at the character meant (the '@', the
// backslash of the escape, the opening bracket), under the rule it belongs
// to (an undefined alias is the alias rule's, a stray tag the tag rule's).
#pragma once

#include <string>

#include "model/plan.h"

namespace plan {

struct YamlProblem {
  const char* rule;  // "yaml-syntax", "alias", "anchor", "tag" or "multiple-documents"
  Pos pos;
  std::string message;  // what is wrong
  std::string hint;     // what would be right
};

/// Explains yaml-cpp's exception message msg, thrown at byte offset (or -1
/// when it has no place; line and col, 0-based, are used then) of text.
YamlProblem explain_yaml_error(const std::string& text, const std::string& msg, long offset,
                               int line, int col);

/// The first line after the document's first that YAML reads as the end of
/// the document (a line starting with '---', '...' or '%'), or 0.
int document_marker_line(const std::string& text);

/// The line of a '%' directive after the document's content (which yaml-cpp
/// passes over when no document follows), or 0.
int directive_line(const std::string& text);

/// The message for a document marker on that line ("---", "..." or "%").
YamlProblem document_marker_problem(const std::string& text, int line);

}  // namespace plan
