#include "import/assemble/parse_action_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <deque>

#include "import/assemble/importer.h"
#include "import/assemble/table_reader.h"
#include "import/read/bilingual.h"
#include "import/read/broken_rows.h"
#include "import/read/csv_input.h"
#include "import/read/headings.h"
#include "import/read/import_input.h"
#include "import/read/label_lines.h"
#include "import/read/markdown_marks.h"
#include "import/read/menu_lines.h"
#include "import/read/split_header.h"
#include "import/read/summary_counts.h"
#include "load/limits.h"

namespace plan {

using assembly::Importer;

namespace {

// Invisible format characters a CMS copy carries (zero-width space U+200B,
// zero-width non-joiner U+200C, word joiner U+2060, a byte-order mark U+FEFF
// mid-text, soft hyphen U+00AD): taken out, so "ACC Crime\u200b" is "ACC Crime".
std::string without_format_characters(std::string text) {
  for (std::string_view invisible :
       {"\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x81\xA0", "\xEF\xBB\xBF", "\xC2\xAD"})
    for (size_t at = text.find(invisible); at != std::string::npos; at = text.find(invisible, at))
      text.erase(at, invisible.size());
  // A no-break space (&nbsp;) is a space: "In&nbsp;Progress" is the status
  // "In Progress", as a reader sees it, not a second status that looks the same.
  for (size_t at = text.find("\xC2\xA0"); at != std::string::npos; at = text.find("\xC2\xA0", at))
    text.replace(at, 2, " ");
  return text;
}

std::vector<Block> cleaned_lines(const std::vector<Block>& lines) {
  std::vector<Block> out;
  out.reserve(lines.size());
  for (Block b : lines) {
    b.text = without_format_characters(std::move(b.text));
    for (std::string& cell : b.cells) cell = without_format_characters(std::move(cell));
    out.push_back(std::move(b));
  }
  return out;
}

// The paragraphs of a reader's cells and paragraphs (not copied text's
// lines, whose bars and tabs may be a table's) that hold a separator.
std::vector<std::string> text_holding_separators(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  auto take = [&out](std::string_view text) {
    for (size_t start = 0; start <= text.size();) {
      size_t end = std::min(text.find('\n', start), text.find(cell_paragraph_mark, start));
      std::string_view para = trim_line(text.substr(start, end - start));
      if (has_table_separator(para)) out.emplace_back(para);
      if (end == std::string_view::npos) break;
      start = end + (text[end] == '\n' ? 1 : cell_paragraph_mark.size());
    }
  };
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::text_line) continue;
    if (b.kind == BlockKind::table_row)
      for (const std::string& cell : b.cells) take(cell);
    else
      take(b.text);
  }
  return out;
}

void read_lines(const std::vector<Block>& input, const std::string& file, ImportedPlan& result,
                ParseOptions options) {
  std::vector<Block> lines = cleaned_lines(input);
  take_off_markdown_marks(lines);
  read_bilingual_labels(lines);
  std::vector<int> menu_lines = take_out_menu_neighbours(lines);
  std::vector<int> summary_lines = take_out_summary_counts(lines);
  std::vector<int> key_lines = take_out_colour_keys(lines);
  std::vector<int> header_lines = join_split_headers(lines);
  std::vector<int> row_lines = join_broken_rows(lines);
  std::vector<int> value_lines = join_label_lines(lines);
  mark_unnumbered_headings(lines);
  HeadingReading headings = read_evidence_headings(lines);
  result.separator_text = text_holding_separators(lines);
  recognise_table_rows(lines);
  Importer importer(file, result, options, headings.listed_evidence, headings.section_statuses);
  TableReader tables(result.account);
  std::vector<RowRecord> rows;
  std::deque<std::string> spanning_texts;
  auto pass_rows = [&] {
    for (RowRecord& row : rows) importer.record(row);
    rows.clear();
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const Block& l = lines[i];
    if (std::optional<CellTable> cells = cell_table_at(lines, i)) {
      tables.flush(rows);
      pass_rows();
      importer.cell_table(*cells);
      i = cells->end - 1;
      continue;
    }
    // "| By 27 March 2025, … |": a table row of one cell (a saved page's
    // cell spanning the table) is its text.
    std::string_view t = trim_line(l.text);
    std::string_view inner = l.kind == BlockKind::text_line && t.size() > 4 &&
                                     t.substr(0, 2) == "| " && t.substr(t.size() - 2) == " |"
                                 ? trim_line(t.substr(2, t.size() - 4))
                                 : std::string_view();
    // Held for the whole read: a table row keeps views into its line's text
    // (its dates) until the rows are passed on, lines later.
    const std::string& text = !inner.empty() && inner.find('|') == std::string_view::npos &&
                                      inner.find('\t') == std::string_view::npos
                                  ? spanning_texts.emplace_back(inner)
                                  : l.text;
    if (l.opens_recommendation) {
      tables.flush(rows);
      pass_rows();
      importer.unnumbered_heading(l.line, text);
      continue;
    }
    bool taken = tables.offer(l, text, rows);
    pass_rows();
    if (!taken) importer.line(l.line, text);
  }
  tables.flush(rows);
  pass_rows();
  importer.finish();
  for (int l : menu_lines)
    result.account.set(l, LineFate::skipped, "page furniture: the site's menu (beside its items)");
  for (int l : summary_lines)
    result.account.set(l, LineFate::skipped,
                       "page furniture: a summary counting the recommendations by status");
  for (int l : key_lines)
    result.account.set(l, LineFate::skipped, "page furniture: a key to the colours or statuses");
  for (int l : row_lines)
    result.account.set(l, LineFate::taken, "a cell of the table row above, copied over lines");
  for (int l : header_lines)
    result.account.set(l, LineFate::skipped,
                       "a line of a table header, joined into one header row");
  for (int l : headings.skipped)
    result.account.set(l, LineFate::skipped, "heading naming the fields under it");
  for (int l : headings.contents)
    result.account.set(l, LineFate::skipped,
                       "the page's table of contents (links to the sections)");
  for (int l : headings.sections)
    result.account.set(l, LineFate::skipped, "heading of a section of the page's recommendations");
  result.notes.insert(result.notes.end(), headings.notes.begin(), headings.notes.end());
  for (int l : value_lines) {
    auto& entries = result.account.lines;
    // The value's fate is its label's (the line before it in the page).
    bool label_known = size_t(l) >= 2 && size_t(l - 1) <= entries.size();
    LineEntry label = label_known ? entries[size_t(l - 2)] : LineEntry{LineFate::taken, "", {}};
    result.account.set(l, label.fate, label.what.empty() ? "value of the label above" : label.what);
  }
}

bool check_result(const std::string& file, ImportedPlan& result) {
  if (result.plan.recommendations.empty() && result.unnumbered.empty()) {
    result.diagnostics.error(
        "import-no-recommendations", file, 0, 0,
        "found no recommendations: expected lines such as 'By 27 March 2025, …' followed by "
        "evidence requirements such as '7.1 - …', or a table whose header names its columns "
        "('No. | Recommendation | Evidence requirements | Owner | Update | Status')");
    return false;
  }
  if (result.plan.recommendations.size() > limits::max_imported_recommendations) {
    result.diagnostics.error(
        "import-too-many", file, 0, 0,
        fmt::format("found {} recommendations, more than the {} a plan can hold; check this is "
                    "an action plan's text",
                    result.plan.recommendations.size(), limits::max_imported_recommendations));
    return false;
  }
  result.diagnostics.sort();
  result.ok = true;
  return true;
}

}  // namespace

ImportedPlan parse_action_plan(std::string_view text, const std::string& file,
                               ParseOptions options) {
  ImportedPlan result;
  if (!check_import_bytes(text, file, result.diagnostics)) return result;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // Notepad's byte-order mark
  std::vector<Block> lines;
  int number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back({++number, std::string(text.substr(start, end - start))});
    start = end + 1;
  }
  if (!screen_control_characters(lines, file, result.diagnostics)) return result;
  read_lines(lines, file, result, options);
  check_result(file, result);
  return result;
}

ImportedPlan parse_action_plan_lines(const std::vector<Block>& given, const std::string& file,
                                     ParseOptions options) {
  ImportedPlan result;
  std::vector<Block> lines = given;
  result.places = LinePlaces::of(given);
  if (!screen_control_characters(lines, file, result.diagnostics)) return result;
  read_lines(lines, file, result, options);
  check_result(file, result);
  return result;
}

}  // namespace plan
