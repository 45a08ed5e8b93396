#include "import/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

namespace plan {
namespace {

bool contains_ci(std::string_view hay, std::string_view needle) {
  auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                        [](char a, char b) { return std::tolower((unsigned char)a) == b; });
  return it != hay.end();
}

std::string_view attribute(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

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
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SELECT:
      return true;
    default:
      break;
  }
  if (e.tag == GUMBO_TAG_UNKNOWN) return false;
  std::string_view marks[] = {attribute(e, "class"), attribute(e, "id"), attribute(e, "role"),
                              attribute(e, "aria-label")};
  for (std::string_view m : marks)
    for (std::string_view word : {"cookie", "breadcrumb", "skip-link", "banner", "navigation",
                                  "site-header", "site-footer", "back-to-top", "share"})
      if (contains_ci(m, word)) return true;
  return attribute(e, "hidden").data() != nullptr || attribute(e, "aria-hidden") == "true";
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

class Walker {
 public:
  Walker(std::vector<InputLine>& out, std::vector<int>& skipped) : out_(out), skipped_(skipped) {}

  void walk(const GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
        node->type == GUMBO_NODE_WHITESPACE) {
      add_text(node->v.text.text, int(node->v.text.start_pos.line));
      return;
    }
    if (node->type != GUMBO_NODE_ELEMENT) return;
    const GumboElement& e = node->v.element;
    if (is_furniture(e)) {
      if (e.tag != GUMBO_TAG_HEAD) skipped_.push_back(int(e.start_pos.line));
      return;
    }
    if (e.tag == GUMBO_TAG_TR) {
      row(e);
      return;
    }
    bool block = is_block(e.tag);
    if (block) end_line();
    for (unsigned i = 0; i < e.children.length; ++i)
      walk(static_cast<const GumboNode*>(e.children.data[i]));
    if (block) end_line();
  }

  void end_line() {
    while (!text_.empty() && text_.back() == ' ') text_.pop_back();
    if (!text_.empty()) out_.push_back({int(out_.size()) + 1, text_});
    text_.clear();
    line_ = 0;
  }

 private:
  void add_text(std::string_view t, int line) {
    for (char c : t) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (space) {
        if (!text_.empty() && text_.back() != ' ') text_ += ' ';
      } else {
        if (text_.empty()) line_ = line;
        text_ += c;
      }
    }
  }

  // One table row as one line: the cells' text joined by " | ".
  void row(const GumboElement& tr) {
    end_line();
    std::string joined;
    int first = int(tr.start_pos.line);
    bool any = false;
    for (unsigned i = 0; i < tr.children.length; ++i) {
      const GumboNode* cell = static_cast<const GumboNode*>(tr.children.data[i]);
      if (cell->type != GUMBO_NODE_ELEMENT) continue;
      GumboTag tag = cell->v.element.tag;
      if (tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH) continue;
      std::vector<InputLine> inner;
      std::vector<int> ignored;
      Walker w(inner, ignored);
      w.walk(cell);
      w.end_line();
      std::string text;
      // Paragraphs inside a cell stay paragraphs (see cell_paragraph_mark).
      for (const InputLine& l : inner) text += (text.empty() ? "" : "\xE2\x80\xA9") + l.text;
      joined += (any ? " | " : "") + text;
      any = true;
    }
    (void)first;
    if (any) out_.push_back({int(out_.size()) + 1, "| " + joined + " |"});
  }

  std::vector<InputLine>& out_;
  std::vector<int>& skipped_;
  std::string text_;
  int line_ = 0;
};

const GumboNode* find_main(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboElement& e = node->v.element;
  if (e.tag == GUMBO_TAG_MAIN || attribute(e, "role") == "main") return node;
  for (unsigned i = 0; i < e.children.length; ++i)
    if (const GumboNode* m = find_main(static_cast<const GumboNode*>(e.children.data[i]))) return m;
  return nullptr;
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
  size_t start = bytes.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  std::string_view head = bytes.substr(start, 15);
  if (bytes.substr(start, 3) == "\xEF\xBB\xBF") head = bytes.substr(start + 3, 15);
  return contains_ci(head, "<!doctype html") || contains_ci(head, "<html");
}

std::vector<InputLine> html_lines(std::string_view html, std::vector<int>& skipped) {
  std::vector<InputLine> out;
  GumboOutput* parsed = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  const GumboNode* root = find_main(parsed->root);
  if (!root) root = parsed->root;
  Walker w(out, skipped);
  w.walk(root);
  w.end_line();
  gumbo_destroy_output(&kGumboDefaultOptions, parsed);
  return out;
}

}  // namespace plan
