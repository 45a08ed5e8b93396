// Fills a mustache template from a TemplateValue, within the limits of
// template/limits.h: the one place the template engine (kainjow mustache)
// is used, for plan render's page and plan aggregate's national page alike.
#pragma once

#include <string>
#include <vector>

#include "template/value.h"

namespace plan {

enum class TemplateEscape {
  html,      // the engine's own: & < > " ' ('&apos;')
  markup,    // util/markup_escape.h: the same with '&#39;', as pages built in code
  markdown,  // util/markdown_escape.h
};

struct TemplateRun {
  std::string text;          // the template
  std::string name;          // for messages: its file, or "built-in HTML template"
  bool custom = false;       // a template of the user's: limits and warnings apply
  std::string builtin_text;  // the built-in one for the same data: the measure of a custom
                             // template's budget, and its names the "did you mean" candidates
  TemplateEscape escape = TemplateEscape::html;
};

/// A template that does not parse or render; message says where and why.
/// limit: it parses, but breaks a limit (template/limits.h), so the input
/// is refused (exit 1) rather than the command misused.
struct TemplateError {
  std::string message;
  bool limit = false;
};

/// The filled template. Throws TemplateError. With warnings given, a custom
/// template's names that the data does not have ({{titel}}) are listed
/// there as "file:line:col: warning: ..." (they print nothing).
std::string fill_template(const TemplateRun& run, const TemplateValue& data,
                          std::vector<std::string>* warnings = nullptr);

}  // namespace plan
