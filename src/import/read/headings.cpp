#include "import/read/headings.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

#include "import/fields/column_roles.h"
#include "import/fields/line_patterns.h"
#include "import/fields/text_cursor.h"
#include "import/read/table_cells.h"
#include "model/status_words.h"
#include "util/ascii_case.h"

namespace plan {
namespace {

// Blocks of text allowed between a heading and its first requirement: the
// recommendation's own text ("By 27 March 2025, …").
constexpr size_t most_paragraphs_between = 3;

// A line that reads as a title: a few words, no sentence or label, not a
// field's name, not numbered.
bool title_like(std::string_view t) {
  if (t.size() < 4 || t.size() > 100 || t.find(':') != std::string_view::npos) return false;
  char last = t.back();
  if (last == '.' || last == ';' || last == ',' || last == '?' || last == '!') return false;
  if (!std::isupper(static_cast<unsigned char>(t.front()))) return false;
  int words = 1;
  for (char c : t) words += c == ' ';
  if (words > 14 || has_table_separator(t)) return false;
  return classify_line(t).kind == LineKind::paragraph && column_role(t).kind == Column::unknown;
}

bool may_be_heading(const Block& b) {
  std::string_view t = trim_line(b.text);
  if (b.kind == BlockKind::heading) return b.level >= 2 && title_like(t);
  return b.kind == BlockKind::text_line && title_like(t);
}

// "Owner:", "Update (March 2025): …", "Status: …", "Our response: …": a
// field of the recommendation above.
bool is_field_line(const Block& b) {
  if (b.kind == BlockKind::heading || b.kind == BlockKind::table_row) return false;
  switch (classify_line(trim_line(b.text)).kind) {
    case LineKind::owner:
    case LineKind::update_note:
    case LineKind::update_date:
    case LineKind::update_status:
    case LineKind::dated_update:
    case LineKind::response:
      return true;
    default:
      return false;
  }
}

// What a short heading over a list names ("Evidence requirements",
// "Updates (newest first):"), by the column vocabulary; unknown for any other.
Column list_heading(const Block& b) {
  std::string_view t = trim_line(b.text);
  if (t.size() > 60 || b.kind == BlockKind::table_row || has_table_separator(t))
    return Column::unknown;
  if (!t.empty() && t.back() == ':') t.remove_suffix(1);
  if (t.find(':') != std::string_view::npos) return Column::unknown;
  return column_role(t).kind;
}

// "Evidence requirements", "Evidence requirements of progress/completion:".
bool names_the_evidence(const Block& b) {
  return list_heading(b) == Column::evidence;
}

// A heading over a list of fields that name themselves ("Updates (newest
// first)" over "Update (14/03/2025): …" lines): layout, not text.
bool names_a_field_list(const Block& b) {
  if (is_field_line(b)) return false;  // "Progress update (June 2025) – Went live": a field itself
  Column kind = list_heading(b);
  return kind == Column::update || kind == Column::action || kind == Column::response;
}

// "Open recommendations" right over "Recommendation 22": a web page's
// heading over a deeper one, or a title line naming recommendations over a
// "Recommendation N" line of copied text, is a section of the page.
// "Theme 2: Risk", "Section 3 – Victims": a group of the plan's rows, named.
bool names_a_group(std::string_view t) {
  for (std::string_view word : {"theme", "section", "part", "priority", "strand", "area"})
    if (t.size() > word.size() + 1 && TextCursor{t}.take_ci(word) &&
        (t[word.size()] == ' ' || t[word.size()] == ':'))
      return true;
  return false;
}

// "Completed recommendations", "Recommendations in progress": the status a
// section's heading gives the recommendations under it; "" when it gives
// none ("Open recommendations", "Recommendations to chief constables").
std::string section_status(std::string_view heading) {
  std::string kept;
  TextCursor c{heading};
  while (c.skip_spaces(), !c.done()) {
    size_t start = c.at;
    while (!c.done() && c.peek() != ' ') ++c.at;
    std::string_view word = heading.substr(start, c.at - start);
    std::string lower = ascii_lowered(word);
    if (lower == "recommendations" || lower == "recommendation" || lower == "actions") continue;
    kept += (kept.empty() ? "" : " ") + std::string(word);
  }
  return status_word_meaning(kept) ? kept : "";
}

bool heads_a_section(const Block& b, const Block& next, bool plan_begun) {
  std::string_view t = trim_line(b.text);
  bool group = names_a_group(t);
  if (t.empty() || t.size() > 80 || (t.find(':') != std::string_view::npos && !group)) return false;
  // "Detailed plan" right over a table, once the plan has begun (above it, a
  // title belongs to the page's introduction): the table's heading.
  if (plan_begun && b.kind == BlockKind::heading && b.level >= 2 &&
      next.kind == BlockKind::table_row &&
      ((classify_line(t).kind == LineKind::paragraph && column_role(t).kind == Column::unknown) ||
       group))
    return true;
  // The same in copied text: a title line right over a table's header row.
  if (plan_begun && b.kind == BlockKind::text_line && next.kind == BlockKind::text_line &&
      (title_like(t) || group)) {
    if (std::optional<TableCells> row = split_table_row(next.text)) {
      std::vector<ColumnRole> roles;
      for (std::string_view cell : row->cells) roles.push_back(column_role(cell));
      if (is_header_row(roles)) return true;
    }
  }
  if (classify_line(trim_line(next.text)).kind != LineKind::heading ||
      classify_line(t).kind != LineKind::paragraph)
    return false;
  // (An <h1> is the page's title, kept in the introduction.)
  if (b.kind == BlockKind::heading && next.kind == BlockKind::heading)
    return b.level >= 2 && b.level < next.level;
  if (b.kind != BlockKind::text_line) return false;
  int words = 1;
  for (char c : t) words += c == ' ';
  char last = t.back();
  return contains_ignoring_case(t, "recommendations") && words <= 6 && last != '.' && last != ',' &&
         std::isupper(static_cast<unsigned char>(t.front()));
}

// The recommendation numbers of the page's "Recommendation N" headings.
std::set<int> numbered_headings(const std::vector<Block>& blocks) {
  std::set<int> numbers;
  for (const Block& b : blocks) {
    LineShape shape = classify_line(trim_line(b.text));
    if (shape.kind == LineKind::heading) numbers.insert(shape.number);
  }
  return numbers;
}

// Blocks allowed between such a heading and its first field: its text.
constexpr size_t most_text_paragraphs = 3;

// "7a", "7(b)", "7 c)": a sub-part's label alone on its line (a heading or a
// paragraph), with its text after it. The plan numbers a recommendation's
// parts 7.1, 7.2: the label is written so, in the page's letter order, and a
// note says so. Its number, a letter, nothing else.
int lettered_part(std::string_view text, int& number) {
  TextCursor c{trim_line(text)};
  size_t start = c.at;
  if (!c.skip_digits() || c.at - start > 2) return 0;
  number = std::atoi(std::string(c.text.substr(start, c.at - start)).c_str());
  c.skip_spaces();
  bool open = c.take('(');
  if (c.done()) return 0;
  char letter = char(std::tolower(static_cast<unsigned char>(c.peek())));
  if (letter < 'a' || letter > 'z') return 0;
  ++c.at;
  if (open && !c.take(')')) return 0;
  if (!open && !c.take(')')) c.take('.');
  return c.done() && number > 0 ? letter - 'a' + 1 : 0;
}

void number_lettered_parts(std::vector<Block>& blocks, HeadingReading& out) {
  for (Block& b : blocks) {
    if (b.kind == BlockKind::table_row) continue;
    int number = 0;
    int part = lettered_part(b.text, number);
    if (!part) continue;
    std::string label(trim_line(b.text));
    b.text = fmt::format("{}.{}", number, part);
    out.notes.push_back(
        fmt::format("line {}: '{}' is written as evidence requirement {}.{}, "
                    "as a plan numbers a recommendation's parts",
                    b.file_line(), label, number, part));
  }
}

}  // namespace

void mark_unnumbered_headings(std::vector<Block>& blocks) {
  if (!numbered_headings(blocks).empty()) return;
  for (size_t i = 0; i + 2 < blocks.size(); ++i) {
    if (!may_be_heading(blocks[i])) continue;
    size_t k = i + 1, text = 0;
    for (; k < blocks.size() && text < most_text_paragraphs; ++k) {
      const Block& b = blocks[k];
      if (trim_line(b.text).empty()) continue;
      LineKind kind = classify_line(trim_line(b.text)).kind;
      if (b.kind == BlockKind::heading || b.kind == BlockKind::table_row || is_field_line(b) ||
          may_be_heading(b) || (kind != LineKind::paragraph && kind != LineKind::dated_part))
        break;
      // "By 27 March 2025, …" after a paragraph: the heading was the page's,
      // over its introduction; the recommendation starts at the date.
      if (kind == LineKind::dated_part && text > 0) break;
      ++text;
    }
    if (text > 0 && k < blocks.size() && is_field_line(blocks[k]))
      blocks[i].opens_recommendation = true;
  }
}

// "Evidence requirements" over a list with no ids (a saved page's <ul>, or
// its copy, one item a line): the items are the requirements of the
// recommendation whose heading is above, numbered in page order (the report
// numbers its requirements so; --report checks each against its text).
// Returns the items' count, 0 when the list is not such.
size_t number_evidence_list(std::vector<Block>& blocks, size_t at, int number,
                            HeadingReading& out) {
  size_t end = at + 1;
  bool html = end < blocks.size() && blocks[end].kind == BlockKind::list_item;
  while (end < blocks.size()) {
    const Block& b = blocks[end];
    std::string_view t = trim_line(b.text);
    bool item = html ? b.kind == BlockKind::list_item
                     : b.kind == BlockKind::text_line && !t.empty() && !is_field_line(b) &&
                           classify_line(t).kind == LineKind::paragraph;
    if (!item) break;
    ++end;
  }
  size_t count = end - at - 1;
  if (count == 0 || number <= 0) return 0;
  for (size_t k = at + 1; k < end; ++k)
    blocks[k].text = fmt::format("{}.{} {}", number, k - at, trim_line(blocks[k].text));
  out.skipped.push_back(blocks[at].line);
  out.notes.push_back(
      count == 1
          ? fmt::format("line {}: the list under '{}' gives no id; its item is numbered {}.1",
                        blocks[at].file_line(), trim_line(blocks[at].text), number)
          : fmt::format("line {}: the list under '{}' gives no ids; its items are numbered "
                        "{}.1 to {}.{} in page order",
                        blocks[at].file_line(), trim_line(blocks[at].text), number, number, count));
  blocks[at].text.clear();
  return count;
}

// "Recommendation 7", "Recommendation 10", … one under the other with
// nothing between (blank lines aside): the page's table of contents, its
// links to the sections below, which repeat them.
void take_out_contents(std::vector<Block>& blocks, HeadingReading& out) {
  for (size_t i = 0; i < blocks.size();) {
    std::vector<size_t> run;
    size_t k = i;
    for (; k < blocks.size(); ++k) {
      std::string_view t = trim_line(blocks[k].text);
      if (t.empty() && blocks[k].kind != BlockKind::table_row) continue;
      // A link's text: the heading alone, or with a short title.
      LineShape shape = classify_line(t);
      // ("Recommendation 7 – complete. Went live in February." is a summary
      // of progress, a sentence of its own, no link's text.)
      bool sentence = reads_as_sentence(shape.text);
      if (shape.kind != LineKind::heading || blocks[k].kind == BlockKind::table_row ||
          has_table_separator(t) || shape.text.size() > 80 || sentence ||
          classify_line(shape.text).kind == LineKind::dated_part)
        break;
      // A contents list names each once: a repeat is the first section's own heading.
      if (std::any_of(run.begin(), run.end(), [&](size_t r) {
            return classify_line(trim_line(blocks[r].text)).number == shape.number;
          }))
        break;
      run.push_back(k);
    }
    if (run.size() >= 2) {
      for (size_t r : run) {
        out.contents.push_back(blocks[r].line);
        blocks[r].text.clear();
      }
    }
    i = std::max(k, i + 1);
  }
}

HeadingReading read_evidence_headings(std::vector<Block>& blocks) {
  HeadingReading out;
  take_out_contents(blocks, out);
  number_lettered_parts(blocks, out);
  std::set<int> numbered = numbered_headings(blocks);
  auto evidence_at = [&](size_t k) {
    return k < blocks.size() && blocks[k].kind != BlockKind::table_row
               ? classify_line(trim_line(blocks[k].text))
               : LineShape{};
  };
  // The block after k, blank lines aside ("Evidence requirements:", a blank line, "7.1 …").
  auto next_filled = [&](size_t k) {
    ++k;
    while (k < blocks.size() && blocks[k].kind != BlockKind::table_row &&
           trim_line(blocks[k].text).empty())
      ++k;
    return k;
  };
  std::set<int> evidence_seen;    // recommendations whose requirements came before
  std::string status_of_section;  // what the section the headings are in says of them
  int current = 0;                // the number of the last "Recommendation N" heading
  bool plan_begun = false;        // a recommendation's heading or a table came before
  for (size_t i = 0; i + 1 < blocks.size(); ++i) {
    if (LineShape here = evidence_at(i); here.kind == LineKind::evidence)
      evidence_seen.insert(here.number);
    if (LineShape here = classify_line(trim_line(blocks[i].text)); here.kind == LineKind::heading) {
      current = here.number;
      if (!status_of_section.empty()) out.section_statuses[blocks[i].line] = status_of_section;
    }
    plan_begun = plan_begun || current > 0 || blocks[i].kind == BlockKind::table_row ||
                 has_table_separator(blocks[i].text);
    if (names_the_evidence(blocks[i]) && evidence_at(next_filled(i)).kind != LineKind::evidence &&
        !evidence_seen.count(current) && number_evidence_list(blocks, i, current, out) > 0) {
      evidence_seen.insert(current);
      continue;
    }
    if (heads_a_section(blocks[i], blocks[i + 1], plan_begun)) {
      status_of_section = section_status(trim_line(blocks[i].text));
      out.sections.push_back(blocks[i].line);
      blocks[i].text.clear();
      continue;
    }
    if (names_the_evidence(blocks[i]) && evidence_at(next_filled(i)).kind == LineKind::evidence) {
      // A list: two requirements or more, or one under "Evidence requirements".
      std::vector<int> listed;
      for (size_t k = i + 1; k < blocks.size(); ++k) {
        if (trim_line(blocks[k].text).empty()) continue;
        if (evidence_at(k).kind != LineKind::evidence) break;
        listed.push_back(blocks[k].line);
      }
      std::string_view heading = trim_line(blocks[i].text);
      bool plural = heading.find("requirements") != std::string_view::npos ||
                    heading.find("Requirements") != std::string_view::npos;
      if (listed.size() > 1 || plural)
        out.listed_evidence.insert(out.listed_evidence.end(), listed.begin(), listed.end());
    }
    if ((names_the_evidence(blocks[i]) && evidence_at(next_filled(i)).kind == LineKind::evidence) ||
        (names_a_field_list(blocks[i]) &&
         (is_field_line(blocks[i + 1]) ||
          (current > 0 && blocks[i + 1].kind == BlockKind::table_row)))) {
      out.skipped.push_back(blocks[i].line);
      blocks[i].text.clear();
      continue;
    }
    if (!may_be_heading(blocks[i])) continue;
    size_t k = i + 1;
    while (k < blocks.size() && k <= i + most_paragraphs_between &&
           blocks[k].kind != BlockKind::heading && blocks[k].kind != BlockKind::table_row &&
           evidence_at(k).kind != LineKind::evidence && !names_the_evidence(blocks[k]) &&
           !may_be_heading(blocks[k]))
      ++k;
    if (k < blocks.size() && names_the_evidence(blocks[k])) ++k;
    LineShape first = evidence_at(k);
    if (first.kind != LineKind::evidence || first.number <= 0 || numbered.count(first.number) ||
        evidence_seen.count(first.number))
      continue;
    // A line of copied text is a heading right above the requirements, or
    // after a blank line (as a browser copies a heading) above plain
    // paragraphs; above a "By 27 March 2025, …" it may as well be the page's title.
    if (blocks[i].kind == BlockKind::text_line && k != i + 1) {
      bool after_blank = i > 0 && trim_line(blocks[i - 1].text).empty();
      bool plain = true;
      for (size_t p = i + 1; p < k; ++p)
        plain = plain && classify_line(trim_line(blocks[p].text)).kind != LineKind::dated_part;
      if (!after_blank || !plain) continue;
    }
    // Every requirement in the run under the heading names the same recommendation.
    std::string ids;
    bool one_number = true;
    size_t e = k;
    for (; e < blocks.size(); ++e) {
      LineShape shape = evidence_at(e);
      if (shape.kind != LineKind::evidence) break;
      one_number = one_number && shape.number == first.number;
      ids += (ids.empty() ? "" : ", ") + shape.evidence_id;
    }
    if (!one_number) continue;
    // A heading over more than one recommendation ("Action plan", then 7's
    // text and requirements, then 23's): a section of the page, not 7's title.
    bool spans = false;
    for (size_t n = e; n < blocks.size() && !spans && blocks[n].kind != BlockKind::heading &&
                       blocks[n].kind != BlockKind::table_row && !may_be_heading(blocks[n]);
         ++n) {
      LineShape next = evidence_at(n);
      spans = next.kind == LineKind::dated_part ||
              (next.kind == LineKind::evidence && next.number != first.number);
    }
    if (spans) continue;
    std::string title(trim_line(blocks[i].text));
    blocks[i].text = fmt::format("{} (recommendation {})", title, first.number);
    numbered.insert(first.number);
    out.notes.push_back(
        fmt::format("line {}: '{}' is recommendation {}, as the evidence "
                    "requirements under it ({}) number it",
                    blocks[i].file_line(), title, first.number, ids));
  }
  return out;
}

}  // namespace plan
