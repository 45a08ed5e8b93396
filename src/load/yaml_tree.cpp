#include "load/yaml_tree.h"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <charconv>
#include <climits>
#include <sstream>
#include <unordered_map>

#include "load/limits.h"
#include "load/scalar.h"
#include "load/yaml_errors.h"
#include "util/display_width.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

namespace plan {

const YNode* YNode::find(const std::string& k) const {
  for (size_t i = 0; i + 1 < children.size(); i += 2)
    if (children[i].value == k && children[i].kind == Kind::scalar) return &children[i + 1];
  return nullptr;
}

const YNode* YNode::find_key(const std::string& k) const {
  for (size_t i = 0; i + 1 < children.size(); i += 2)
    if (children[i].value == k && children[i].kind == Kind::scalar) return &children[i];
  return nullptr;
}

std::string describe(const YNode& n) {
  switch (n.kind) {
    case YNode::Kind::null:
      return "nothing (an empty value)";
    case YNode::Kind::sequence:
      return "a list";
    case YNode::Kind::map:
      return "a mapping (keys and values)";
    case YNode::Kind::scalar:
      break;
  }
  std::string shown = n.value.size() > 40 ? n.value.substr(0, 37) + "..." : n.value;
  if (n.quoted) return fmt::format("the text \"{}\"", shown);
  switch (resolve_plain(n.value)) {
    case ScalarType::null:
      return "nothing (an empty value)";
    case ScalarType::boolean:
      return fmt::format("the true/false value {}", shown);
    case ScalarType::integer:
      return fmt::format("the whole number {}", shown);
    case ScalarType::real:
      return fmt::format("the number {}", shown);
    case ScalarType::string:
      return fmt::format("the text \"{}\"", shown);
  }
  return shown;
}

namespace {

// Thrown from inside the event handler to stop parsing a file that is over a
// limit; yaml-cpp unwinds cleanly through its parser.
struct Refusal {
  const char* rule;
  Pos pos;
  std::string message;
};

// yaml-cpp counts columns in bytes; people (and the caret) count characters.
Pos to_pos(const std::string& text, const YAML::Mark& m) {
  if (m.pos < 0 || size_t(m.pos) > text.size()) return {m.line + 1, m.column + 1};
  return {m.line + 1, character_column(text, size_t(m.pos))};
}

// yaml-cpp accepts a quoted scalar that runs to the end of the file without
// its closing quote (and silently drops the quote). pos is the offset of the
// opening quote.
bool quote_closed(const std::string& text, size_t pos) {
  char quote = text[pos];
  for (size_t i = pos + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\')
      ++i;
    else if (text[i] == quote && quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
      ++i;
    else if (text[i] == quote)
      return true;
  }
  return false;
}

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::string& text, const std::string& file, Diagnostics& out)
      : text_(text), file_(file), out_(out) {}

  std::optional<YNode> root;

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    YNode n;
    n.pos = pos_of(mark);
    add(std::move(n));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    problem("alias", pos_of(mark),
            "aliases (*name) are not allowed in plan files; write the value out in full");
    YNode n;
    n.alias = true;
    n.pos = pos_of(mark);
    add(std::move(n));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    size_t at = size_t(mark.pos);
    if (tag == "!" && at < text_.size() && (text_[at] == '"' || text_[at] == '\'') &&
        !quote_closed(text_, at))
      throw Refusal{"yaml-syntax", pos_of(mark),
                    fmt::format("the text in quotes that starts here has no "
                                "closing {}; add it where the text ends",
                                text_[at])};
    check_characters(mark, value);
    YNode n;
    n.kind = YNode::Kind::scalar;
    n.quoted = tag == "!";  // yaml-cpp tags plain scalars "?" and quoted/block ones "!"
    n.value = value;
    n.pos = pos_of(mark);
    if (!n.quoted) check_number(n);
    add(std::move(n));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    check_tag(mark, tag);
    start(mark, anchor, YNode::Kind::sequence);
  }
  void OnSequenceEnd() override { finish(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    check_tag(mark, tag);
    start(mark, anchor, YNode::Kind::map);
  }
  void OnMapEnd() override {
    check_duplicate_keys(stack_.back());
    finish();
  }

 private:
  Pos pos_of(const YAML::Mark& mark) const { return to_pos(text_, mark); }

  // A value may hold no control character, whether typed or written as an
  // escape ("\e", "\x07"): raw ones were refused before parsing, so any left
  // came through an escape. Bidirectional controls are only warned about.
  void check_characters(const YAML::Mark& mark, const std::string& value) {
    std::string bad = forbidden_character(value);
    if (bad.rfind("the noncharacter", 0) == 0)
      problem("noncharacter", pos_of(mark),
              fmt::format("the value holds {}, which is no character at all (often the sign of "
                          "a file saved in the wrong encoding); XML, and so the Atom feed, "
                          "cannot carry it, so it is not allowed in a plan file",
                          bad),
              "delete it");
    else if (!bad.empty() && bad.rfind("the byte", 0) != 0)
      problem("control-character", pos_of(mark),
              fmt::format("the value holds {} (written as an escape); a terminal or a web "
                          "page could act on it, so it is not allowed in a plan file",
                          bad),
              "delete it");
    for (size_t i = 0; i < value.size();) {
      char32_t cp = 0;
      size_t len = utf8_sequence(value, i, &cp);
      if (len == 0) {
        problem("utf8", pos_of(mark),
                fmt::format("the value holds the byte 0x{:02X} (written as an escape), which is "
                            "not UTF-8 text",
                            static_cast<unsigned char>(value[i])),
                "delete the escape");
        return;
      }
      if (is_bidi_control(cp)) {
        if (warnings_++ < 20)
          out_.warning("bidi-control", file_, pos_of(mark).line, pos_of(mark).col,
                       fmt::format("the value holds U+{:04X}, a bidirectional control that "
                                   "makes text show in another order than it is written",
                                   unsigned(cp)),
                       "delete it unless the text really needs it");
        return;
      }
      i += len;
    }
  }

  // One reading of a number for the schema check and the model: plain decimal
  // digits. 0x17, 0o27 and +23 are YAML integers that the model would read
  // as something else (or not at all); each is reported with its decimal
  // form, which is then used, so no other rule trips over it. A whole number
  // too large for the model is reported and left out.
  void check_number(YNode& n) {
    const std::string& s = n.value;
    if (resolve_plain(s) != ScalarType::integer) return;
    bool decimal = s.find_first_not_of("0123456789", s[0] == '-' ? 1 : 0) == std::string::npos;
    long long v = 0;
    bool fits = false;
    if (decimal) {
      auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
      fits = ec == std::errc() && p == s.data() + s.size() && v >= INT_MIN && v <= INT_MAX;
      if (fits) return;
    } else {
      int base = s[0] == '+' ? 10 : s[1] == 'x' ? 16 : 8;
      size_t from = s[0] == '+' ? 1 : 2;
      auto [p, ec] = std::from_chars(s.data() + from, s.data() + s.size(), v, base);
      fits = ec == std::errc() && p == s.data() + s.size() && v <= INT_MAX;
    }
    if (!fits) {
      problem("number-format", n.pos,
              fmt::format("the number {} is too large to be an id or a percent (the largest is "
                          "{})",
                          s.size() > 40 ? s.substr(0, 37) + "..." : s, INT_MAX),
              "check the value; put it in quotes if it is meant as text");
      n.alias = true;  // reported; the schema and the model leave it out
      return;
    }
    problem("number-format", n.pos,
            fmt::format("the number {} is not written in plain decimal digits", s),
            fmt::format("write it as {} (or put it in quotes if it is meant as text)", v));
    n.value = std::to_string(v);
  }

  // Records a problem; past the per-file limit, stops (as compilers do), so a
  // flood of aliases or duplicate keys costs neither time nor memory.
  void problem(const char* rule, Pos pos, std::string message, std::string hint = {}) {
    if (problems_++ == limits::max_problems_per_file)
      throw Refusal{"too-many-problems", pos,
                    fmt::format("more than {} problems in this file; stopped reading here, so "
                                "fix the ones above (or check it is the right file) and run again",
                                limits::max_problems_per_file)};
    out_.error(rule, file_, pos.line, pos.col, std::move(message), std::move(hint));
  }

  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor == 0) return;
    problem("anchor", pos_of(mark),
            "anchors (&name) are not allowed in plan files; write each value out in full");
  }

  // yaml-cpp tags untagged nodes "?" (plain) or "!" (quoted); anything else
  // was written in the file (!!str, !!binary, !custom), and would change how
  // the value reads in a way our loader does not follow.
  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    // A lone '!' written in the file is the tag yaml-cpp also gives quoted
    // values; only the text tells them apart.
    size_t at = size_t(mark.pos);
    bool written_bang = tag == "!" && at < text_.size() && text_[at] == '!';
    if (tag.empty() || tag == "?" || (tag == "!" && !written_bang)) return;
    std::string shown = tag.rfind("tag:yaml.org,2002:", 0) == 0 ? "!!" + tag.substr(18) : tag;
    problem("tag", pos_of(mark),
            fmt::format("tags such as '{}' are not used in plan files; remove it (put the value "
                        "in quotes if it must read as text)",
                        shown));
  }

  void count_value(Pos pos) {
    if (++values_ <= limits::max_values_per_file) return;
    throw Refusal{"too-many-values", pos,
                  fmt::format("the file holds more than {} values (the limit); a plan file "
                              "holds a few hundred, so check it is the right file",
                              limits::max_values_per_file)};
  }

  void start(const YAML::Mark& mark, YAML::anchor_t anchor, YNode::Kind kind) {
    check_anchor(mark, anchor);
    if (int(stack_.size()) >= limits::max_depth)
      throw Refusal{"too-deep", pos_of(mark),
                    fmt::format("the YAML is nested more than {} levels deep; a plan file "
                                "needs five at most",
                                limits::max_depth)};
    count_value(pos_of(mark));
    YNode n;
    n.kind = kind;
    n.pos = pos_of(mark);
    stack_.push_back(std::move(n));
  }

  void finish() {
    YNode n = std::move(stack_.back());
    stack_.pop_back();
    add(std::move(n));
  }

  void add(YNode n) {
    // Lists and mappings were counted when they started.
    if (n.kind != YNode::Kind::sequence && n.kind != YNode::Kind::map) count_value(n.pos);
    if (stack_.empty()) {
      if (!root) root = std::move(n);
      return;
    }
    YNode& parent = stack_.back();
    size_t items = parent.is_map() ? parent.children.size() / 2 : parent.children.size();
    if (items >= limits::max_list_items)
      throw Refusal{"too-many-items", n.pos,
                    fmt::format("more than {} items in one list or mapping (the limit); a "
                                "plan file should be far smaller",
                                limits::max_list_items)};
    parent.children.push_back(std::move(n));
  }

  void check_duplicate_keys(const YNode& map) {
    std::unordered_map<std::string, const YNode*> seen;
    for (size_t i = 0; i + 1 < map.children.size(); i += 2) {
      const YNode& key = map.children[i];
      if (!key.is_scalar()) continue;
      auto [it, inserted] = seen.emplace(key.value, &key);
      if (inserted) continue;
      problem("duplicate-key", key.pos,
              fmt::format("key '{}' appears twice in the same mapping (first on line {}); "
                          "only one value can be kept, so remove or rename one of them",
                          key.value, it->second->pos.line));
    }
  }

  const std::string& text_;
  const std::string& file_;
  Diagnostics& out_;
  std::vector<YNode> stack_;
  size_t values_ = 0;
  size_t problems_ = 0;
  int warnings_ = 0;
};

class NullHandler : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

}  // namespace

std::optional<YNode> parse_yaml(const std::string& text, const std::string& file,
                                Diagnostics& out) {
  std::istringstream in(text);
  TreeBuilder builder(text, file, out);
  try {
    YAML::Parser parser(in);
    if (!parser.HandleNextDocument(builder) || !builder.root) {
      out.error("empty-file", file, 0, 0,
                "the file has no content; it should be a YAML mapping of keys and values");
      return std::nullopt;
    }
    NullHandler rest;
    if (parser.HandleNextDocument(rest)) {
      // The line that ends the first document: '---', '...' or a '%' directive.
      int marker = document_marker_line(text);
      YamlProblem p = document_marker_problem(text, marker > 0 ? marker : 1);
      out.error(p.rule, file, p.pos.line, p.pos.col, p.message, p.hint);
      // What the first document holds is not the whole file: checking it
      // would report keys as missing that the writer put further down.
      return std::nullopt;
    }
    // yaml-cpp passes over a directive line after the content when no
    // document follows it; the writer meant something else by it.
    if (int marker = directive_line(text); marker > 0) {
      YamlProblem p = document_marker_problem(text, marker);
      out.error(p.rule, file, p.pos.line, p.pos.col, p.message, p.hint);
      return std::nullopt;
    }
  } catch (const Refusal& e) {
    out.error(e.rule, file, e.pos.line, e.pos.col, e.message);
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    YamlProblem p = e.mark.is_null()
                        ? YamlProblem{"yaml-syntax", {0, 0}, "YAML syntax error: " + e.msg, ""}
                        : explain_yaml_error(text, e.msg, e.mark.pos, e.mark.line, e.mark.column);
    out.error(p.rule, file, p.pos.line, p.pos.col, p.message, p.hint);
    return std::nullopt;
  }
  if (!builder.root->is_map()) {
    out.error("not-a-mapping", file, builder.root->pos.line, builder.root->pos.col,
              fmt::format("the file holds {}; it should be a mapping of keys and values "
                          "such as 'id: 23'",
                          describe(*builder.root)));
    return std::nullopt;
  }
  return std::move(builder.root);
}

}  // namespace plan
