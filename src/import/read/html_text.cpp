#include "import/read/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

#include "import/fields/column_roles.h"
#include "import/fields/paragraphs.h"
#include "import/read/html_bounds.h"
#include "util/ascii_case.h"

namespace plan {
namespace {

std::string_view attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

bool is_furniture_by_name(const GumboElement& e);

// Elements that are never the plan: scripts, the site's frame, banners.
bool is_furniture(const GumboElement& e) {
  switch (e.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SELECT:
      return true;
    default:
      break;
  }
  if (e.tag == GUMBO_TAG_UNKNOWN) return false;
  // A script's control ("Print this page" as <a href="javascript:…">), or
  // a link hidden from every reader: the page's tools, not its text.
  if (e.tag == GUMBO_TAG_A && (attribute(e, "href").rfind("javascript:", 0) == 0 ||
                               gumbo_get_attribute(&e.attributes, "hidden") != nullptr ||
                               contains_ignoring_case(attribute(e, "style"), "display:none") ||
                               contains_ignoring_case(attribute(e, "style"), "display: none")))
    return true;
  // A form that sends the reader's feedback ("Was this page helpful?").
  if (e.tag == GUMBO_TAG_FORM && contains_ignoring_case(attribute(e, "action"), "feedback"))
    return true;
  return is_furniture_by_name(e);
}

// Marked by its class, id, role or label as the site's, not the page's.
bool is_furniture_by_name(const GumboElement& e) {
  std::string_view marks[] = {attribute(e, "class"), attribute(e, "id"), attribute(e, "role"),
                              attribute(e, "aria-label")};
  // (GOV.UK's summary list puts "Change" links in a __actions cell, and its
  // accordion says "Show all sections" and "Hide this section".)
  for (std::string_view m : marks)
    for (std::string_view word :
         {"cookie", "breadcrumb", "skip-link", "banner", "navigation", "site-header", "site-footer",
          "back-to-top", "share", "print-link", "feedback", "summary-list__actions",
          "section-toggle", "show-all"})
      if (contains_ignoring_case(m, word)) return true;
  // (An element marked hidden is not furniture: an accordion's panels are
  // hidden until opened, and they hold the plan. A <form> may wrap a whole
  // page, as ASP.NET and SharePoint sites do; its controls are furniture.)
  return false;
}

// True when the element holds any text of its own (not only white space).
bool has_text(const GumboNode& node) {
  if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_CDATA) return true;
  if (node.type != GUMBO_NODE_ELEMENT) return false;
  const GumboVector& children = node.v.element.children;
  for (unsigned i = 0; i < children.length; ++i)
    if (has_text(*static_cast<const GumboNode*>(children.data[i]))) return true;
  return false;
}

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
      return true;
    default:
      return false;
  }
}

// A link's href worth keeping: not a jump within the page or a script.
std::string_view kept_href(const GumboElement& a) {
  std::string_view href = attribute(a, "href");
  while (!href.empty() && href.front() == ' ') href.remove_prefix(1);
  if (href.empty() || href.front() == '#' ||
      contains_ignoring_case(href.substr(0, 11), "javascript:"))
    return {};
  return href;
}

int heading_level(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1:
      return 1;
    case GUMBO_TAG_H2:
      return 2;
    case GUMBO_TAG_H3:
      return 3;
    case GUMBO_TAG_H4:
      return 4;
    case GUMBO_TAG_H5:
      return 5;
    case GUMBO_TAG_H6:
    case GUMBO_TAG_CAPTION:  // a table's own heading, under the page's
      return 6;
    default:
      return 0;
  }
}

int span_of(const GumboElement& cell, const char* name, int most) {
  std::string_view v = attribute(cell, name);
  int n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') break;
    n = std::min(most, n * 10 + (c - '0'));
  }
  return n < 1 ? 1 : n;
}

// The rows of a table still covered by a cell above (rowspan), column by column.
struct TableSpans {
  struct Carried {
    int rows = 0;  // rows left
    std::string text;
    SourcePlace place;
  };
  std::vector<Carried> carried;
};

// Line and column in the file of a byte offset into it, for messages that
// point at the page's own markup.
class SourceIndex {
 public:
  explicit SourceIndex(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }

  SourcePlace place(size_t offset) const {
    if (offset == std::string::npos || offset > text_.size()) return {};
    size_t line = size_t(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) -
                         line_starts_.begin());
    // Counted on from the last place asked for when it is earlier on the
    // same line: blocks come in page order, and a saved page may hold its
    // whole body on one line, which counting from its start each time
    // would make quadratic.
    size_t from = line_starts_[line - 1];
    int column = 1;
    if (last_offset_ != std::string::npos && last_offset_ >= from && last_offset_ <= offset) {
      from = last_offset_;
      column = last_column_;
    }
    for (size_t i = from; i < offset; ++i)
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    last_offset_ = offset;
    last_column_ = column;
    return {int(line), column};
  }

  // Where a text node's first character that is not white space is.
  size_t first_word(const GumboText& t) const {
    size_t at = t.start_pos.offset;
    for (size_t i = 0; i < t.original_text.length; ++i) {
      char c = t.original_text.data[i];
      if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') return at + i;
    }
    return std::string::npos;
  }

 private:
  std::string_view text_;
  std::vector<size_t> line_starts_;
  mutable size_t last_offset_ = std::string::npos;  // the last place asked for
  mutable int last_column_ = 1;
};

class Walker {
 public:
  /// nesting counts the tables and definition lists this walker's text is inside.
  Walker(std::vector<Block>& out, std::vector<int>& skipped, const SourceIndex& source,
         bool in_cell = false, int nesting = 0)
      : out_(out), skipped_(skipped), source_(source), in_cell_(in_cell), nesting_(nesting) {}

  // Depth first through the tree with a stack of its own, not the call stack,
  // so no depth of nesting can overflow it. Each element is entered (what
  // comes before its children), then its children, then left.
  void walk(const GumboNode* root) {
    std::vector<Frame> stack{{root, false, std::string::npos}};
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      if (f.leaving)
        leave(f);
      else
        enter(f.node, stack);
    }
  }

  void end_line() {
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();
    if (!in_cell_ && link_start_ == 0 && link_end_ == text_.size()) {
      // A line that is one link and nothing else ("Home", "Download the plan
      // (PDF)") is the site's navigation, not a field's text: its words only,
      // so the page-furniture rules see them as written.
      text_ = text_.substr(1, link_text_end_ - 1);
    }
    link_start_ = std::string::npos;
    link_end_ = 0;
    if (!text_.empty() && text_ != "-") {
      Block b{int(out_.size()) + 1, text_, BlockKind::paragraph};
      b.place = source_.place(text_at_);
      if (!in_cell_ && !heading_levels_.empty()) {
        b.kind = BlockKind::heading;
        b.level = heading_levels_.back();
      } else if (!list_markers_.empty()) {  // in a cell too: its items are its paragraphs
        b.kind = BlockKind::list_item;
        b.marker = list_markers_.back();
      }
      out_.push_back(std::move(b));
    }
    text_.clear();
    text_at_ = std::string::npos;
  }

 private:
  // at: where t's first word is in the file, should it start the line.
  void add_text(std::string_view t, size_t at) {
    for (char c : t) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (space) {
        if (!text_.empty() && text_.back() != ' ') text_ += ' ';
      } else {
        if (text_.empty()) text_at_ = at;
        text_ += c;
      }
    }
  }

  struct Frame {
    const GumboNode* node;
    bool leaving;
    size_t link_mark;  // leaving a link: where its "[" is in the line (npos: no link kept)
  };

  // Tables and definition lists nested deeper than this are read as plain
  // lines: each level is read by a walker of its own, on the call stack.
  static constexpr int max_nesting = 32;

  void enter(const GumboNode* node, std::vector<Frame>& stack) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
        node->type == GUMBO_NODE_WHITESPACE) {
      add_text(node->v.text.text, source_.first_word(node->v.text));
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = node->v.element;
    // A button in a heading is an accordion's: its text is the heading's. An
    // article's own header and footer (its heading, its last update) are its.
    bool own_part = (e.tag == GUMBO_TAG_BUTTON && heading_depth_ > 0) ||
                    ((e.tag == GUMBO_TAG_HEADER || e.tag == GUMBO_TAG_FOOTER) &&
                     article_depth_ > 0 && !is_furniture_by_name(e));
    if (is_furniture(e) && !own_part) {
      if (e.tag != GUMBO_TAG_HEAD) skipped_.push_back(int(e.start_pos.line));
      return;
    }
    size_t link_mark = std::string::npos;
    switch (e.tag) {
      case GUMBO_TAG_TR:
        if (nesting_ < max_nesting) return row(e);
        break;
      case GUMBO_TAG_DL:
        if (nesting_ < max_nesting) return definition_list(e);
        break;
      case GUMBO_TAG_BR:
        // A line break ends a line, in a cell too (a paragraph of the cell),
        // as a browser's copy of the page gives it.
        end_line();
        return;
      case GUMBO_TAG_A:
        // "[text](href)" in the line, so a text field keeps where the link
        // went; in a heading, plain text, so headings read as headings.
        if (!kept_href(e).empty() && heading_depth_ == 0) {
          link_mark = text_.size();
          if (text_.empty()) text_at_ = e.start_pos.offset;
          text_ += '[';
        }
        break;
      case GUMBO_TAG_TABLE:
        tables_.emplace_back();
        break;
      case GUMBO_TAG_TH:
        ++heading_depth_;
        break;
      case GUMBO_TAG_ARTICLE:
      case GUMBO_TAG_SECTION:
        ++article_depth_;
        break;
      default:
        break;
    }
    // A cell's status or RAG given only as an image or an empty badge
    // (<img alt="Green - complete">, <span aria-label="Red: off track">):
    // its words are the cell's, as a screen reader reads them.
    if (in_cell_ && !has_text(*node)) {
      std::string_view words =
          e.tag == GUMBO_TAG_IMG ? attribute(e, "alt") : attribute(e, "aria-label");
      if (!words.empty()) {
        add_text(" ", std::string::npos);
        add_text(words, e.start_pos.offset);
        add_text(" ", std::string::npos);
        return;
      }
    }
    if (is_block(e.tag)) end_line();
    if (int level = heading_level(e.tag)) {
      ++heading_depth_;
      heading_levels_.push_back(level);
    } else if (e.tag == GUMBO_TAG_OL || e.tag == GUMBO_TAG_UL) {
      // An ordered list counts from its start (HTML's start attribute); a
      // list item's own value attribute is rare enough to leave.
      list_counters_.push_back(e.tag == GUMBO_TAG_OL ? span_of(e, "start", 100000) - 1 : -1);
    } else if (e.tag == GUMBO_TAG_LI) {
      int& count = list_counters_.empty() ? unlisted_ : list_counters_.back();
      list_markers_.push_back(count < 0 ? "\u2022" : std::to_string(++count) + ".");
    }
    stack.push_back({node, true, link_mark});
    for (unsigned i = e.children.length; i-- > 0;)
      stack.push_back(
          {static_cast<const GumboNode*>(e.children.data[i]), false, std::string::npos});
  }

  void leave(const Frame& f) {
    const GumboElement& e = f.node->v.element;
    if (is_block(e.tag)) end_line();
    switch (e.tag) {
      case GUMBO_TAG_A:
        if (f.link_mark != std::string::npos) finish_link(f.link_mark, kept_href(e));
        break;
      case GUMBO_TAG_TABLE:
        tables_.pop_back();
        break;
      case GUMBO_TAG_TH:
        --heading_depth_;
        break;
      case GUMBO_TAG_ARTICLE:
      case GUMBO_TAG_SECTION:
        --article_depth_;
        break;
      case GUMBO_TAG_OL:
      case GUMBO_TAG_UL:
        if (!list_counters_.empty()) list_counters_.pop_back();
        break;
      case GUMBO_TAG_LI:
        if (!list_markers_.empty()) list_markers_.pop_back();
        break;
      default:
        if (heading_level(e.tag)) {
          --heading_depth_;
          heading_levels_.pop_back();
        }
        break;
    }
  }

  // Closes the link whose "[" is at `before`.
  void finish_link(size_t before, std::string_view href) {
    // A block inside the link (a table cell, a heading) ended the line its
    // "[" was on: that line is written, and the link is left as its text.
    if (before >= text_.size() || text_[before] != '[') return;
    while (text_.size() > before + 1 && text_.back() == ' ') text_.pop_back();
    std::string_view inner = std::string_view(text_).substr(before + 1);
    if (inner.empty() || inner == " ") {
      text_.resize(before);  // an image link: no text to carry the address
    } else if (inner == href) {
      text_.erase(before, 1);  // the address as its own text: once is enough
    } else {
      link_start_ = before;
      link_text_end_ = text_.size() - before;
      text_ += "](" + std::string(href) + ")";
      link_end_ = text_.size();
    }
  }

  // A cell's text: its paragraphs joined by U+2029 (see cell_paragraph_mark).
  std::string cell_text(const GumboNode* cell) {
    std::vector<Block> inner;
    std::vector<int> ignored;
    Walker w(inner, ignored, source_, true, nesting_ + 1);
    w.walk(cell);
    w.end_line();
    // Its lines (paragraphs, <br>) joined as a copy of the cell reads back:
    // a line broken mid-sentence goes on with a space.
    // A list's items are paragraphs of their own, never one run-on line.
    std::string text, last;
    bool last_listed = false;
    for (const Block& l : inner) {
      bool listed = l.kind == BlockKind::list_item;
      if (!text.empty())
        text += !listed && !last_listed && wraps_onto(last, l.text) ? " " : "\xE2\x80\xA9";
      text += l.text;
      last = l.text;
      last_listed = listed;
    }
    return text;
  }

  // Fills cells from the spans above, from the row's next column on.
  void take_carried(std::vector<std::string>& cells, std::vector<SourcePlace>& places) {
    if (tables_.empty()) return;
    auto& carried = tables_.back().carried;
    while (cells.size() < carried.size() && carried[cells.size()].rows > 0) {
      TableSpans::Carried& above = carried[cells.size()];
      --above.rows;
      cells.push_back(above.text);
      places.push_back(above.place);
    }
  }

  void carry(size_t column, int rows, const std::string& text, SourcePlace place) {
    if (tables_.empty() || rows < 2) return;
    auto& carried = tables_.back().carried;
    if (carried.size() <= column) carried.resize(column + 1);
    carried[column] = {rows - 1, text, place};
  }

  // One table row as one line: the cells' text joined by " | ", a rowspan
  // cell's text repeated into the rows it spans, a colspan cell followed by
  // empty cells. A row of one cell (a text spanning the table) is plain lines.
  void row(const GumboElement& tr) {
    end_line();
    std::vector<std::string> cells;
    std::vector<SourcePlace> places;
    int own = 0;
    std::string only;
    SourcePlace only_place;
    std::vector<GumboTag> tags;
    for (unsigned i = 0; i < tr.children.length; ++i) {
      const GumboNode* cell = static_cast<const GumboNode*>(tr.children.data[i]);
      if (cell->type != GUMBO_NODE_ELEMENT) continue;
      GumboTag tag = cell->v.element.tag;
      if (tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH) continue;
      tags.push_back(tag);
      take_carried(cells, places);
      std::string text = cell_text(cell);
      SourcePlace place = source_.place(cell->v.element.start_pos.offset);
      int columns = span_of(cell->v.element, "colspan", 50);
      int rows = span_of(cell->v.element, "rowspan", 1000);
      for (int k = 0; k < columns; ++k) {
        carry(cells.size(), rows, k == 0 ? text : std::string(), place);
        cells.push_back(k == 0 ? text : std::string());
        places.push_back(place);
      }
      ++own;
      only = text;
      only_place = place;
    }
    take_carried(cells, places);
    if (cells.empty()) return;
    size_t filled = size_t(
        std::count_if(cells.begin(), cells.end(), [](const std::string& c) { return !c.empty(); }));
    if (own == 1 && filled <= 1) {
      plain_lines(only, only_place);
      return;
    }
    // <tr><th scope="row">Owner</th><td>DCI Lee</td></tr>: a table of row
    // headers and values is a key/value block, as a <dl> is.
    if (tags.size() == 2 && cells.size() == 2 && tags[0] == GUMBO_TAG_TH &&
        tags[1] == GUMBO_TAG_TD && !cells[0].empty() && !cells[1].empty() &&
        !std::isdigit(static_cast<unsigned char>(cells[0].front()))) {
      std::string label = cells[0];
      while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
      table_row({label + ":", cells[1]}, {places[0], places[1]});
      return;
    }
    table_row(std::move(cells), std::move(places), source_.place(tr.start_pos.offset));
  }

  // A row of cells, kept as cells; its text is how messages show it.
  // places: each cell's in the file; the row is placed at `at`, else at its first.
  void table_row(std::vector<std::string> cells, std::vector<SourcePlace> places,
                 SourcePlace at = {}) {
    std::string joined;
    for (size_t i = 0; i < cells.size(); ++i) joined += (i ? " | " : "") + cells[i];
    Block b{int(out_.size()) + 1, "| " + joined + " |", BlockKind::table_row};
    b.place = at.line > 0 || places.empty() ? at : places.front();
    b.cell_places = std::move(places);
    b.cells = std::move(cells);
    b.bordered = true;
    out_.push_back(std::move(b));
  }

  // A cell's paragraphs as lines of their own, each placed at the cell.
  void plain_lines(const std::string& text, SourcePlace place) {
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find("\xE2\x80\xA9", start);
      if (end == std::string::npos) end = text.size();
      if (end > start) {
        out_.push_back(
            {int(out_.size()) + 1, text.substr(start, end - start), BlockKind::paragraph});
        out_.back().place = place;
      }
      start = end + 3;
    }
  }

  // <dl>: each <dt> and its <dd> as a row of two cells, "Label:" and the
  // value (a key/value block; a label the importer does not know is reported by it).
  void definition_list(const GumboElement& dl) {
    end_line();
    std::vector<const GumboNode*> items;
    collect_terms(dl, items);
    std::string label, value;
    SourcePlace label_place, value_place;
    auto flush = [&] {
      if (label.empty() && value.empty()) return;
      if (label.empty()) {
        plain_lines(value, value_place);
      } else if (value.empty()) {
        out_.push_back({int(out_.size()) + 1, label, BlockKind::paragraph});
        out_.back().place = label_place;
      } else {
        table_row({label + ":", value}, {label_place, value_place});
      }
      label.clear();
      value.clear();
    };
    for (const GumboNode* item : items) {
      std::string text = cell_text(item);
      SourcePlace place = source_.place(item->v.element.start_pos.offset);
      if (item->v.element.tag == GUMBO_TAG_DT) {
        flush();
        label = text;
        label_place = place;
        while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
      } else {
        if (text.empty()) continue;  // an empty <dd> adds no paragraph
        if (value.empty()) value_place = place;
        value += (value.empty() ? "" : "\xE2\x80\xA9") + text;
      }
    }
    flush();
  }

  // The <dt> and <dd> of a list, through the <div>s HTML allows around them.
  // (Depth first, in document order, with a stack of its own.)
  void collect_terms(const GumboElement& dl, std::vector<const GumboNode*>& items) {
    std::vector<const GumboNode*> stack;
    auto push_children = [&stack](const GumboElement& e) {
      for (unsigned i = e.children.length; i-- > 0;)
        stack.push_back(static_cast<const GumboNode*>(e.children.data[i]));
    };
    push_children(dl);
    while (!stack.empty()) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n->type != GUMBO_NODE_ELEMENT || is_furniture(n->v.element)) continue;
      GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD)
        items.push_back(n);
      else if (tag == GUMBO_TAG_DIV)
        push_children(n->v.element);
    }
  }

  std::vector<Block>& out_;
  std::vector<int>& skipped_;
  const SourceIndex& source_;
  std::string text_;
  size_t text_at_ = std::string::npos;  // where the line's first word is in the file
  bool in_cell_ = false;
  int nesting_ = 0;
  size_t link_start_ = std::string::npos;  // where the line's last link starts
  size_t link_text_end_ = 0;               // its "]", counted from link_start_
  size_t link_end_ = 0;                    // where it ends
  int heading_depth_ = 0;  // inside h1-h6: links stay plain text, so headings read as headings
  int article_depth_ = 0;  // inside <article> or <section>
  std::vector<int> heading_levels_;        // of the headings the walk is inside
  std::vector<int> list_counters_;         // per open list: items so far (-1: not numbered)
  std::vector<std::string> list_markers_;  // per open list item: its marker
  int unlisted_ = -1;                      // a list item outside any list is not numbered
  std::vector<TableSpans> tables_;
};

// The first <main> (or role="main") in document order, if any.
const GumboNode* find_main(const GumboNode* root) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    const GumboElement& e = node->v.element;
    if (e.tag == GUMBO_TAG_MAIN || attribute(e, "role") == "main") return node;
    for (unsigned i = e.children.length; i-- > 0;)
      stack.push_back(static_cast<const GumboNode*>(e.children.data[i]));
  }
  return nullptr;
}

}  // namespace

const bool html_import_available = true;

std::vector<Block> html_lines(std::string_view html, std::vector<int>& skipped) {
  std::vector<Block> out;
  HtmlShape shape = measure_html(html);
  if (shape.too_deep || shape.too_many) return out;  // check_html_bounds says why
  GumboOutput* parsed = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  const GumboNode* root = find_main(parsed->root);
  if (!root) root = parsed->root;
  SourceIndex source(html);
  Walker w(out, skipped, source);
  w.walk(root);
  w.end_line();
  gumbo_destroy_output(&kGumboDefaultOptions, parsed);
  return out;
}

}  // namespace plan
