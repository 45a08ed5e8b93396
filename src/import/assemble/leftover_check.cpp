#include "import/assemble/leftover_check.h"

#include <fmt/format.h>

#include <cctype>

#include "import/fields/column_roles.h"
#include "import/fields/line_patterns.h"
#include "import/read/table_cells.h"

namespace plan {
namespace {

// What in the text shows a misread layout, or "". The field's own label at
// its start ("Update for 7.1: …" in an update cell) is its text, not a misread.
std::string leftover_in(std::string_view text, LineKind own) {
  if (has_table_separator(text)) return "a table separator ('|' or a tab)";
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    std::string_view para =
        trim_line(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (para.find("---|") != std::string_view::npos || para.find("|---") != std::string_view::npos)
      return "a table rule ('---|---')";
    if (para == "|" ||
        (para.size() >= 2 && (para.substr(para.size() - 2) == " |" || para.substr(0, 2) == "| ")))
      return "a table separator ('|' at the edge of a line)";
    LineShape shape = classify_line(para);
    if (start == 0 && shape.kind == own) shape.kind = LineKind::paragraph;
    switch (shape.kind) {
      case LineKind::owner:
      case LineKind::update_note:
      case LineKind::update_date:
      case LineKind::update_status:
      case LineKind::evidence_without_id:
        return fmt::format("a field label ('{}')",
                           para.substr(0, std::min<size_t>(para.find(':'), 40)));
      default:
        break;
    }
    // A paragraph, among others, that is nothing but a column heading
    // ("Status" run into the text); a whole short field ("Lead officer") may
    // well read like one. A heading starts with a capital: "regular audits
    // of the force response" is a list's item.
    bool several = text.find('\n') != std::string_view::npos;
    if (several && !para.empty() && std::isupper(static_cast<unsigned char>(para.front())) &&
        para.find_first_of("0123456789") == std::string_view::npos && para.size() <= 40 &&
        !para.empty() && column_role(para).kind != Column::unknown &&
        para.find(' ') != std::string_view::npos && para.find('.') == std::string_view::npos &&
        column_role(para).kind != Column::text)
      return fmt::format("a column heading ('{}')", para);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return "";
}

// The field's text with the page's own text holding separators taken out.
std::string without_page_text(std::string_view text, const std::vector<std::string>& page_text) {
  std::string rest(text);
  for (const std::string& piece : page_text)
    for (size_t at = rest.find(piece); at != std::string::npos; at = rest.find(piece, at))
      rest.replace(at, piece.size(), " ");
  return rest;
}

// The fields of one imported plan, checked against the page they came from.
struct FieldCheck {
  const std::string& file;
  Diagnostics& out;
  const std::vector<std::string>& page_text;

  void operator()(std::string_view text, const char* what, int rec, Pos pos,
                  LineKind own = LineKind::paragraph) const;
};

void FieldCheck::operator()(std::string_view text, const char* what, int rec, Pos pos,
                            LineKind own) const {
  std::string found = leftover_in(without_page_text(text, page_text), own);
  if (found.empty()) return;
  out.error("import-leftover", file, pos.line, 1,
            fmt::format("the importer misread this part of the page: the {} of recommendation {} "
                        "would hold {}; nothing was written. Please report this page's layout, "
                        "or edit it into one row or labelled line per field",
                        what, rec, found));
}

// Three or more paragraphs in a row that are each only a column heading
// ("Rec No.", "Recommendation", "Status"): a table's header, one cell a
// line, that was not read as one. "" when there is none.
std::string heading_run_in(std::string_view text) {
  std::string run;
  int count = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find("\n\n", start);
    std::string_view para =
        trim_line(text.substr(start, end == std::string_view::npos ? end : end - start));
    bool heading = !para.empty() && para.size() <= 40 && para.find(':') == std::string_view::npos &&
                   column_role(para).kind != Column::unknown;
    if (heading) {
      run += (count++ ? "', '" : "") + std::string(para);
      if (count >= 3) return "column headings ('" + run + "') one a line";
    } else {
      run.clear();
      count = 0;
    }
    if (end == std::string_view::npos) break;
    start = end + 2;
  }
  return "";
}

}  // namespace

void check_leftovers(const Plan& plan, const std::string& file, Diagnostics& out,
                     const std::vector<std::string>& page_text) {
  FieldCheck check_field{file, out, page_text};
  if (has_table_separator(without_page_text(plan.introduction, page_text)))
    out.error("import-leftover", file, 0, 0,
              "the importer misread this part of the page: the introduction would hold a table "
              "separator ('|' or a tab), a table whose header it could not read; nothing was "
              "written. Please report this page's layout");
  else if (std::string found = heading_run_in(plan.introduction); !found.empty())
    out.error("import-leftover", file, 0, 0,
              fmt::format("the importer misread this part of the page: the introduction would "
                          "hold {}, a table's header it could not read; nothing was written. "
                          "Please report this page's layout",
                          found));
  for (const Recommendation& r : plan.recommendations) {
    check_field(r.text, "text", r.id, r.id_pos);
    check_field(r.title, "title", r.id, r.id_pos);
    check_field(r.owner, "owner", r.id, r.id_pos);
    for (const Milestone& m : r.milestones) check_field(m.text, "milestone", r.id, m.pos);
    for (const Update& u : r.updates)
      check_field(u.note, "update note", r.id, u.pos, LineKind::update_note);
    auto check_actions = [&](const std::vector<Action>& actions) {
      for (const Action& a : actions) {
        check_field(a.text, "action text", r.id, a.pos);
        check_field(a.lead, "action lead", r.id, a.pos);
        check_field(a.target_note, "action target", r.id, a.pos);
      }
    };
    check_actions(r.actions);
    check_field(r.response.text, "response", r.id, r.response.pos);
    for (const Evidence& e : r.evidence) {
      check_field(e.text, "evidence requirement text", r.id, e.pos);
      check_field(e.owner, "evidence requirement owner", r.id, e.pos);
      for (const Update& u : e.updates)
        check_field(u.note, "update note", r.id, u.pos, LineKind::update_note);
      check_actions(e.actions);
    }
  }
}

}  // namespace plan
