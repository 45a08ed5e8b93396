#include "render/markdown.h"

#include <cmark.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

#include "util/url_policy.h"

namespace plan {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

cmark_node* text_node(const std::string& text) {
  cmark_node* n = cmark_node_new(CMARK_NODE_TEXT);
  cmark_node_set_literal(n, text.c_str());
  return n;
}

/// Appends text to parent, one text node per line with soft breaks between,
/// so a renderer never meets a raw newline inside a text node.
void append_lines(cmark_node* parent, const std::string& text) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (start > 0) cmark_node_append_child(parent, cmark_node_new(CMARK_NODE_SOFTBREAK));
    if (end > start) cmark_node_append_child(parent, text_node(text.substr(start, end - start)));
    start = end + 1;
  }
}

std::string trim_newlines(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

/// Moves a node's children to just before it, then deletes it.
void unwrap(cmark_node* node) {
  while (cmark_node* child = cmark_node_first_child(node)) {
    cmark_node_unlink(child);
    cmark_node_insert_before(node, child);
  }
  cmark_node_free(node);
}

void neutralise_html_block(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
  append_lines(para, trim_newlines(literal ? literal : ""));
  cmark_node_replace(node, para);
  cmark_node_free(node);
}

void neutralise_html_inline(cmark_node* node) {
  // Inline HTML may span lines: the same text goes in line by line.
  const char* literal = cmark_node_get_literal(node);
  cmark_node* holder = cmark_node_new(CMARK_NODE_PARAGRAPH);
  append_lines(holder, literal ? literal : "");
  while (cmark_node* piece = cmark_node_first_child(holder)) {
    cmark_node_unlink(piece);
    cmark_node_insert_before(node, piece);
  }
  cmark_node_free(holder);
  cmark_node_free(node);
}

/// An image would make the page load something; it becomes a link to the
/// image with its description as the link text.
void image_to_link(cmark_node* image) {
  cmark_node* link = cmark_node_new(CMARK_NODE_LINK);
  const char* url = cmark_node_get_url(image);
  const char* title = cmark_node_get_title(image);
  cmark_node_set_url(link, url ? url : "");
  cmark_node_set_title(link, title ? title : "");
  while (cmark_node* child = cmark_node_first_child(image)) {
    cmark_node_unlink(child);
    cmark_node_append_child(link, child);
  }
  if (!cmark_node_first_child(link)) cmark_node_append_child(link, text_node("image"));
  cmark_node_replace(image, link);
  cmark_node_free(image);
}

bool inside_link(cmark_node* node) {
  for (cmark_node* p = cmark_node_parent(node); p; p = cmark_node_parent(p))
    if (cmark_node_get_type(p) == CMARK_NODE_LINK) return true;
  return false;
}

std::string url_of(cmark_node* node) {
  const char* url = cmark_node_get_url(node);
  return url ? url : "";
}

/// A link or image whose target could run code keeps its text, followed by
/// the target as plain text, so the mistake shows and nothing can be clicked.
void defuse(cmark_node* node) {
  std::string url = url_of(node);
  std::string text;
  cmark_node* only = cmark_node_first_child(node);
  if (only && !cmark_node_next(only) && cmark_node_get_type(only) == CMARK_NODE_TEXT)
    text = cmark_node_get_literal(only) ? cmark_node_get_literal(only) : "";
  if (!url.empty() && text != url)
    cmark_node_insert_after(node, text_node((only ? " (" : "(") + url + ")"));
  unwrap(node);
}

void sanitise(cmark_node* root, int heading_offset) {
  // Collect first: changing the tree while iterating it is not allowed.
  std::vector<cmark_node*> nodes;
  cmark_iter* it = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;)
    if (ev == CMARK_EVENT_ENTER) nodes.push_back(cmark_iter_get_node(it));
  cmark_iter_free(it);

  // Children come after their parents in the list; walking it backwards
  // rewrites a node's children before the node itself is replaced.
  for (auto n = nodes.rbegin(); n != nodes.rend(); ++n) {
    cmark_node* node = *n;
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_HTML_BLOCK:
        neutralise_html_block(node);
        break;
      case CMARK_NODE_HTML_INLINE:
        neutralise_html_inline(node);
        break;
      case CMARK_NODE_CUSTOM_BLOCK:
      case CMARK_NODE_CUSTOM_INLINE:
        unwrap(node);
        break;
      case CMARK_NODE_IMAGE:
        // Inside a link it keeps only its description: links cannot nest.
        if (!is_safe_url(url_of(node)))
          defuse(node);
        else if (inside_link(node))
          unwrap(node);
        else
          image_to_link(node);
        break;
      case CMARK_NODE_LINK:
        if (!is_safe_url(url_of(node))) defuse(node);
        break;
      case CMARK_NODE_HEADING: {
        int level = std::min(6, cmark_node_get_heading_level(node) + heading_offset);
        cmark_node_set_heading_level(node, level);
        break;
      }
      default:
        break;
    }
  }
}

void add_lead(cmark_node* root, const std::string& lead) {
  if (lead.empty()) return;
  cmark_node* first = cmark_node_first_child(root);
  if (first && cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH) {
    cmark_node_prepend_child(first, text_node(lead));
    return;
  }
  cmark_node* para = cmark_node_new(CMARK_NODE_PARAGRAPH);
  std::string text = lead;
  while (!text.empty() && (text.back() == ' ' || text.back() == ',')) text.pop_back();
  cmark_node_append_child(para, text_node(text + ":"));
  if (first)
    cmark_node_insert_before(first, para);
  else
    cmark_node_append_child(root, para);
}

// | ~ $ (see below); { and } always, and % beside them, so no {{ … }} or {% … %}
// is left for Jekyll's or another site generator's Liquid to run.
bool needs_backslash(const std::string& text, size_t i) {
  char c = text[i];
  if (c == '|' || c == '~' || c == '$' || c == '{' || c == '}') return true;
  if (c != '%') return false;
  return (i > 0 && text[i - 1] == '{') || (i + 1 < text.size() && text[i + 1] == '}');
}

/// GitHub and GitLab read more into text than CommonMark does: | makes
/// tables, ~ strikes through, $ starts maths. CommonMark output leaves them
/// bare, so each (and any { } that Liquid could read) becomes a raw piece that prints with a
/// backslash.
void escape_gfm_text(cmark_node* root) {
  std::vector<cmark_node*> texts;
  cmark_iter* it = cmark_iter_new(root);
  for (cmark_event_type ev; (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE;) {
    cmark_node* n = cmark_iter_get_node(it);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(n) == CMARK_NODE_TEXT) texts.push_back(n);
  }
  cmark_iter_free(it);
  for (cmark_node* node : texts) {
    std::string text = cmark_node_get_literal(node) ? cmark_node_get_literal(node) : "";
    if (text.find_first_of("|~${}%") == std::string::npos) continue;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i < text.size() && !needs_backslash(text, i)) continue;
      if (i > start) cmark_node_insert_before(node, text_node(text.substr(start, i - start)));
      if (i < text.size()) {
        cmark_node* raw = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(raw, (std::string("\\") + text[i]).c_str());
        cmark_node_insert_before(node, raw);
      }
      start = i + 1;
    }
    cmark_node_free(node);
  }
}

NodePtr parse(const std::string& source, const MarkdownOptions& options) {
  NodePtr root{cmark_parse_document(source.data(), source.size(), CMARK_OPT_VALIDATE_UTF8)};
  sanitise(root.get(), options.heading_offset);
  add_lead(root.get(), options.lead);
  cmark_consolidate_text_nodes(root.get());
  return root;
}

std::string take(char* rendered) {
  std::string out = rendered ? rendered : "";
  std::free(rendered);
  return trim_newlines(out);
}

}  // namespace

std::string markdown_to_html(const std::string& source, const MarkdownOptions& options) {
  NodePtr root = parse(source, options);
  // CMARK_OPT_DEFAULT is cmark's safe mode (raw HTML and unsafe links
  // dropped); it stays on as a second guard behind sanitise().
  return take(cmark_render_html(root.get(), CMARK_OPT_DEFAULT));
}

std::string markdown_to_commonmark(const std::string& source, const MarkdownOptions& options) {
  NodePtr root = parse(source, options);
  escape_gfm_text(root.get());
  return take(cmark_render_commonmark(root.get(), CMARK_OPT_DEFAULT, 0));
}

}  // namespace plan
