#include "support/fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>

#include "diag/print_diagnostics.h"
#include "util/files.h"
#include "util/utf8.h"

namespace plan::fuzz {

void require(bool cond, const char* what) {
  if (cond) return;
  std::fprintf(stderr, "fuzz property broken: %s\n", what);
  std::abort();
}

bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t len = utf8_sequence(s, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

bool yaml_level(const std::string& rule) {
  for (const char* r :
       {"yaml-syntax", "duplicate-key", "multiple-documents", "not-a-mapping", "empty-file", "tab",
        "utf8", "bom", "nul-byte", "control-character", "carriage-return", "line-too-long",
        "too-deep", "alias", "anchor", "tag", "type"})
    if (rule == r) return true;
  return false;
}

namespace {

// No byte a terminal would act on: only tab and line feed below 0x20, no DEL,
// no C1 controls (U+0080-U+009F).
bool terminal_safe(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    size_t len = utf8_sequence(s, i, &cp);
    if (len == 0) return false;
    if (cp < 0x20 && cp != '\n' && cp != '\t') return false;
    if (cp >= 0x7F && cp <= 0x9F) return false;
    i += len;
  }
  return true;
}

}  // namespace

void check_reports(const Diagnostics& ds, const std::string& source) {
  std::vector<std::string> lines = split_lines(source);
  LineSource line_of = [&lines](const std::string&, int line) -> std::string {
    if (line < 1 || size_t(line) > lines.size()) return "";
    return lines[size_t(line - 1)];
  };

  std::ostringstream text;
  write_text(text, ds, line_of);
  require(terminal_safe(text.str()), "text report holds a control character or invalid UTF-8");

  std::ostringstream json;
  write_json(json, ds, 2);
  nlohmann::json parsed = nlohmann::json::parse(json.str(), nullptr, /*allow_exceptions=*/false);
  require(!parsed.is_discarded(), "JSON report does not parse");
  require(parsed["diagnostics"].size() == ds.items().size(), "JSON report lost a diagnostic");
  require(valid_utf8(json.str()), "JSON report is not valid UTF-8");

  std::ostringstream github;
  write_github(github, ds);
  size_t newlines = 0;
  for (char c : github.str()) newlines += c == '\n';
  require(newlines == ds.items().size(), "GitHub annotation spans more than one line");
  require(terminal_safe(github.str()), "GitHub annotations hold a control character");
}

}  // namespace plan::fuzz
