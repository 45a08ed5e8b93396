#include "import/read/html_bounds.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <vector>

namespace plan {
namespace {

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

enum TagFlag : unsigned {
  void_element = 1,   // never has content: <br>, <img>
  raw_text = 2,       // its content is text up to its own end tag
  closes_p = 4,       // opening it closes an open <p> (HTML5 "close a p element")
  scope_boundary = 8  // where the search for an element to close stops (roughly HTML5's scopes)
};

// One lookup a tag, not a list scan per question: a page of 100,000 tags
// is measured in a few milliseconds.
unsigned tag_flags(std::string_view name) {
  static const std::unordered_map<std::string_view, unsigned> flags = [] {
    std::unordered_map<std::string_view, unsigned> m;
    for (std::string_view n :
         {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img",
          "image", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"})
      m[n] |= void_element;
    // Only those every HTML5 parser reads so: where one might read markup
    // (<noscript>, say), its elements are counted.
    for (std::string_view n : {"script", "style", "textarea", "title", "xmp", "plaintext"})
      m[n] |= raw_text;
    for (std::string_view n :
         {"address", "article", "aside",   "blockquote", "center",     "details", "dialog",
          "dir",     "div",     "dl",      "fieldset",   "figcaption", "figure",  "footer",
          "form",    "h1",      "h2",      "h3",         "h4",         "h5",      "h6",
          "header",  "hgroup",  "hr",      "li",         "main",       "menu",    "nav",
          "ol",      "p",       "pre",     "section",    "summary",    "table",   "ul",
          "dd",      "dt",      "listing", "xmp",        "plaintext"})
      m[n] |= closes_p;
    for (std::string_view n : {"table", "td", "th", "caption", "html", "template", "object",
                               "button", "marquee", "applet"})
      m[n] |= scope_boundary;
    return m;
  }();
  auto it = flags.find(name);
  return it == flags.end() ? 0 : it->second;
}

bool is_void(std::string_view n) {
  return tag_flags(n) & void_element;
}
bool is_raw_text(std::string_view n) {
  return tag_flags(n) & raw_text;
}
bool closes_p_element(std::string_view n) {
  return tag_flags(n) & closes_p;
}
bool is_scope_boundary(std::string_view n) {
  return tag_flags(n) & scope_boundary;
}

class Scanner {
 public:
  Scanner(std::string_view html, int depth_bound, size_t element_bound)
      : s_(html), depth_bound_(depth_bound), element_bound_(element_bound) {}

  HtmlShape run() {
    while (pos_ < s_.size() && !shape_.too_deep && !shape_.too_many) {
      size_t lt = s_.find('<', pos_);
      if (lt == std::string_view::npos) break;
      advance_to(lt);
      tag();
    }
    return shape_;
  }

 private:
  // Moves to `to`, keeping the line and column of the place.
  void advance_to(size_t to) {
    for (; pos_ < to; ++pos_) {
      unsigned char c = static_cast<unsigned char>(s_[pos_]);
      if (c == '\n') {
        ++line_;
        col_ = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++col_;
      }
    }
  }

  // Moves past the next `end` (lower case), matched in any case.
  void skip_past(std::string_view end) {
    auto at = std::search(s_.begin() + long(pos_), s_.end(), end.begin(), end.end(),
                          [](char a, char b) { return std::tolower((unsigned char)a) == b; });
    advance_to(at == s_.end() ? s_.size() : size_t(at - s_.begin()) + end.size());
  }

  std::string name_at(size_t& i) const {
    std::string name;
    while (i < s_.size() && !std::isspace(static_cast<unsigned char>(s_[i])) && s_[i] != '/' &&
           s_[i] != '>')
      name += char(std::tolower(static_cast<unsigned char>(s_[i++])));
    return name;
  }

  // The end of a tag's attributes: the '>' not inside a quoted value.
  size_t tag_end(size_t i, bool& self_closing) const {
    char quote = 0;
    for (; i < s_.size(); ++i) {
      char c = s_[i];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        self_closing = i > 0 && s_[i - 1] == '/';
        return i;
      }
    }
    return s_.size();
  }

  void tag() {
    size_t start = pos_;  // at '<'
    int line = line_, col = col_;
    if (s_.substr(start, 4) == "<!--") {
      skip_past("-->");
      return;
    }
    if (start + 1 >= s_.size()) {
      advance_to(s_.size());
      return;
    }
    char next = s_[start + 1];
    if (next == '!' || next == '?') {
      skip_past(">");
      return;
    }
    bool end = next == '/';
    size_t i = start + (end ? 2 : 1);
    if (i >= s_.size() || !std::isalpha(static_cast<unsigned char>(s_[i]))) {
      advance_to(start + 1);  // a '<' that starts no tag is text
      return;
    }
    std::string name = name_at(i);
    bool self_closing = false;
    size_t close = tag_end(i, self_closing);
    advance_to(std::min(close + 1, s_.size()));
    if (end) {
      end_tag(name);
      return;
    }
    start_tag(name, self_closing, line, col);
    if (is_raw_text(name) && !self_closing && foreign_ == 0) {
      skip_past("</" + name);  // its text holds no elements
      end_tag(name);
    }
  }

  void end_tag(const std::string& name) {
    for (size_t k = open_.size(); k-- > 0;) {
      if (open_[k] == name) {
        pop_to(k);
        return;
      }
      if (is_scope_boundary(open_[k])) return;
    }
  }

  // Closes the nearest open element named in `names` inside the innermost
  // table (not past `stops`), whatever cells are open above it.
  void close_in_table(std::initializer_list<std::string_view> names,
                      std::initializer_list<std::string_view> stops) {
    for (size_t k = open_.size(); k-- > 0;) {
      if (one_of(open_[k], names)) {
        pop_to(k);
        return;
      }
      if (open_[k] == "table" || one_of(open_[k], stops)) return;
    }
  }

  void pop_to(size_t k) {
    for (size_t j = k; j < open_.size(); ++j)
      if (open_[j] == "svg" || open_[j] == "math") --foreign_;
    open_.resize(k);
  }

  // Closes the nearest open element named in `names` above a scope boundary.
  void close_open(std::initializer_list<std::string_view> names,
                  std::initializer_list<std::string_view> stops = {}) {
    for (size_t k = open_.size(); k-- > 0;) {
      if (one_of(open_[k], names)) {
        pop_to(k);
        return;
      }
      if (is_scope_boundary(open_[k]) || one_of(open_[k], stops)) return;
    }
  }

  void start_tag(const std::string& name, bool self_closing, int line, int col) {
    if (++shape_.elements > element_bound_) {
      shape_.too_many = true;
      shape_.line = line;
      shape_.col = col;
      return;
    }
    // A link, button or <nobr> inside another of its kind ends it first.
    if (name == "a" || name == "button" || name == "nobr") close_open({name});
    if (name == "li") close_open({"li"}, {"ul", "ol"});
    if (name == "dt" || name == "dd") close_open({"dt", "dd"}, {"dl"});
    // In a table, a new cell, row or row group ends the open one, cells included.
    if (name == "td" || name == "th") close_in_table({"td", "th"}, {"tr"});
    if (name == "tr") close_in_table({"tr"}, {"tbody", "thead", "tfoot"});
    if (name == "tbody" || name == "thead" || name == "tfoot")
      close_in_table({"tbody", "thead", "tfoot"}, {});
    if (name == "option" && !open_.empty() && open_.back() == "option") pop_to(open_.size() - 1);
    if (closes_p_element(name)) close_open({"p"});
    if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !open_.empty() &&
        open_.back().size() == 2 && open_.back()[0] == 'h' && open_.back()[1] >= '1' &&
        open_.back()[1] <= '6')
      pop_to(open_.size() - 1);
    // A self-closing tag closes only in SVG or MathML: HTML ignores the "/"
    // (so 380,000 "<div/>" nest like "<div>").
    if (is_void(name) || (self_closing && foreign_ > 0)) return;
    open_.push_back(name);
    if (name == "svg" || name == "math") ++foreign_;
    shape_.deepest = std::max(shape_.deepest, int(open_.size()));
    if (int(open_.size()) > depth_bound_) {
      shape_.too_deep = true;
      shape_.line = line;
      shape_.col = col;
    }
  }

  std::string_view s_;
  int depth_bound_;
  size_t element_bound_;
  size_t pos_ = 0;
  int line_ = 1, col_ = 1;
  std::vector<std::string> open_;  // the elements open here, outermost first
  int foreign_ = 0;                // how many of them are <svg> or <math>
  HtmlShape shape_;
};

}  // namespace

HtmlShape measure_html(std::string_view html, int depth_bound, size_t element_bound) {
  return Scanner(html, depth_bound, element_bound).run();
}

bool check_html_bounds(std::string_view html, const std::string& file, Diagnostics& out) {
  HtmlShape shape = measure_html(html);
  if (shape.too_deep)
    out.error("import-html-depth", file, shape.line, shape.col,
              fmt::format("the page's elements are nested more than {} deep here, deeper than "
                          "any web page a browser shows; it was not read",
                          max_html_depth),
              "save the page again from the browser (File, Save page as), or copy its text into "
              "a .txt file and import that");
  else if (shape.too_many)
    out.error("import-html-elements", file, shape.line, shape.col,
              fmt::format("the page holds more than {} HTML elements (this is the first one past "
                          "that), far more than an action plan page; it was not read",
                          max_html_elements),
              "check this is the right file, or copy the page's text into a .txt file and import "
              "that");
  return !shape.too_deep && !shape.too_many;
}

}  // namespace plan
