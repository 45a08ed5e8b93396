#include "import/import_page.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "import/assemble/leftover_check.h"
#include "import/fields/action_target.h"
#include "import/read/csv_input.h"
#include "import/read/html_bounds.h"
#include "import/read/html_text.h"
#include "import/read/import_input.h"
#include "import/read/input_encoding.h"
#include "import/read/table_cells.h"

namespace plan {
namespace {

bool ends_with_ci(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i])
      return false;
  return true;
}

// A saved web page's messages point at its markup: the line and column of the
// element the text came from, quoting the text itself (its text line).
Diagnostics placed_in_markup(const Diagnostics& found, const std::string& name,
                             const LinePlaces& places, std::string_view text) {
  std::vector<std::string_view> lines;
  for (size_t start = 0; start < text.size();) {
    size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  Diagnostics out;
  for (Diagnostic d : found.items()) {
    if (d.file == name && d.line > 0) {
      if (size_t(d.line) <= lines.size()) d.excerpt = std::string(lines[size_t(d.line - 1)]);
      d.excerpt_col = d.col;
      SourcePlace place = places.at(d.line);
      d.line = place.line;
      d.col = place.column;
    }
    out.add(std::move(d));
  }
  return out;
}

}  // namespace

bool is_web_page(const std::string& bytes, const std::string& name) {
  return looks_like_html(bytes) || ends_with_ci(name, ".html") || ends_with_ci(name, ".htm");
}

PageImport import_page(std::string bytes, const std::string& name, const PageImportOptions& opt) {
  PageImport out;
  bool html = is_web_page(bytes, name);
  DecodedInput decoded = decode_import_bytes(bytes, html);
  bytes = std::move(decoded.text);
  out.note = decoded.note;
  out.text = bytes;
  ImportedPlan& imported = out.imported;
  if (html && !html_import_available) {
    out.refusal = "'" + name +
                  "' is a saved web page, and this build of plan cannot read web pages (it "
                  "was built without gumbo); save the page as text (.txt) and import that";
    return out;
  }
  if (html) {
    // Messages and --explain number the page's text lines, which are quoted from it.
    if (check_import_bytes(bytes, name, imported.diagnostics) &&
        check_html_bounds(bytes, name, imported.diagnostics)) {
      std::vector<int> skipped;
      std::vector<Block> lines = html_lines(bytes, skipped);
      out.text.clear();
      for (const Block& l : lines) out.text += l.text + "\n";
      imported = parse_action_plan_lines(lines, name, opt.parse);
    }
  } else if (ends_with_ci(name, ".csv")) {
    if (check_import_bytes(bytes, name, imported.diagnostics))
      imported = parse_action_plan_lines(csv_lines(bytes), name, opt.parse);
  } else {
    imported = parse_action_plan(bytes, name, opt.parse);
  }
  if (imported.ok && opt.report)
    out.matched = match_to_report(imported, *opt.report, opt.addressee, name);
  if (imported.ok) {
    // Matching may have numbered recommendations: their actions take the numbers.
    for (Recommendation& rec : imported.plan.recommendations) number_actions(rec);
    check_leftovers(imported.plan, name, imported.diagnostics, imported.separator_text);
    // A part the importer misread is not understood, in the count too: the
    // summary never says "0 not understood" beside a refusal.
    bool introduction_misread = false;
    for (const Diagnostic& d : imported.diagnostics.items()) {
      if (d.rule == "import-leftover" && d.line > 0)
        imported.account.set(d.line, LineFate::not_understood, "misread: " + d.message);
      introduction_misread = introduction_misread || (d.rule == "import-leftover" && d.line == 0);
    }
    // The introduction's lines that hold a table it could not read.
    if (introduction_misread) {
      size_t start = 0;
      for (size_t number = 1; start < out.text.size(); ++number) {
        size_t end = std::min(out.text.find('\n', start), out.text.size());
        std::string_view line = std::string_view(out.text).substr(start, end - start);
        const auto& entries = imported.account.lines;
        if (number <= entries.size() && entries[number - 1].fate == LineFate::taken &&
            entries[number - 1].what.rfind("introduction", 0) == 0 && has_table_separator(line))
          imported.account.set(int(number), LineFate::not_understood,
                               "misread: a table whose header the importer could not read, "
                               "left in the introduction");
        start = end + 1;
      }
    }
  }
  if (imported.places.from_markup())
    imported.diagnostics = placed_in_markup(imported.diagnostics, name, imported.places, out.text);
  return out;
}

}  // namespace plan
