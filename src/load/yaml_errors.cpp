#include "load/yaml_errors.h"

#include <fmt/format.h>
#include <yaml-cpp/exceptions.h>

#include <algorithm>
#include <cstdlib>
#include <optional>

#include "util/display_width.h"

namespace plan {
namespace {

bool starts_with(const std::string& s, const char* prefix) {
  return s.rfind(prefix, 0) == 0;
}

size_t line_start(const std::string& text, size_t offset) {
  size_t nl = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
  return nl == std::string::npos ? 0 : nl + 1;
}

size_t line_end(const std::string& text, size_t offset) {
  size_t nl = text.find('\n', offset);
  return nl == std::string::npos ? text.size() : nl;
}

Pos pos_at(const std::string& text, size_t offset) {
  offset = std::min(offset, text.size());
  int line = 1 + int(std::count(text.begin(), text.begin() + long(offset), '\n'));
  return {line, character_column(text, offset)};
}

// The offset of the start of the 1-based line, or text.size().
size_t offset_of_line(const std::string& text, int line) {
  size_t at = 0;
  for (int l = 1; l < line && at < text.size(); ++l) {
    size_t nl = text.find('\n', at);
    if (nl == std::string::npos) return text.size();
    at = nl + 1;
  }
  return at;
}

// The last occurrence of c on offset's line at or before offset, or npos.
size_t back_on_line(const std::string& text, size_t offset, char c) {
  size_t begin = line_start(text, offset);
  for (size_t i = std::min(offset, text.size() ? text.size() - 1 : 0) + 1; i-- > begin;)
    if (text[i] == c) return i;
  return std::string::npos;
}

// In a flow list or mapping ('[' or '{' opened and not closed before offset on its line).
bool in_flow(const std::string& text, size_t offset) {
  int depth = 0;
  for (size_t i = line_start(text, offset); i < offset && i < text.size(); ++i) {
    if (text[i] == '[' || text[i] == '{') ++depth;
    if ((text[i] == ']' || text[i] == '}') && depth > 0) --depth;
  }
  return depth > 0;
}

// The value that starts at offset as its writer meant it: the rest of the
// line, less a comment and trailing blanks (in a flow list, up to the next
// ',', ']' or '}').
std::string value_at(const std::string& text, size_t offset) {
  size_t end = line_end(text, offset);
  bool flow = in_flow(text, offset);
  size_t i = offset;
  for (; i < end; ++i) {
    if (text[i] == '#' && i > offset && (text[i - 1] == ' ' || text[i - 1] == '\t')) break;
    if (flow && (text[i] == ',' || text[i] == ']' || text[i] == '}')) break;
  }
  std::string v = text.substr(offset, i - offset);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r')) v.pop_back();
  return v;
}

// The value at offset in double quotes, escaped, as it would be written:
// with its key ("owner: \"@chief\"") when it is a block mapping's value.
std::string quoted_example(const std::string& text, size_t offset) {
  std::string v = value_at(text, offset);
  // A key ("@k: v") is quoted up to its ': ', and the value is kept.
  std::string after;
  std::string lead_in = text.substr(line_start(text, offset), offset - line_start(text, offset));
  bool key_place = lead_in.find_first_not_of(' ') == std::string::npos ||
                   lead_in.substr(lead_in.find_first_not_of(' ')) == "- ";
  if (size_t colon = v.find(": "); colon != std::string::npos && key_place) {
    after = v.substr(colon);
    v.resize(colon);
  }
  if (v.size() > 40) v = v.substr(0, 37) + "...";
  std::string q = "\"";
  for (char c : v) {
    if (c == '"' || c == '\\') q += '\\';
    q += c;
  }
  q += '"';
  q += after;
  std::string before = text.substr(line_start(text, offset), offset - line_start(text, offset));
  size_t lead = before.find_first_not_of(' ');
  std::string key = lead == std::string::npos ? "" : before.substr(lead);
  bool plain_key = key.size() >= 2 && key.size() <= 40 &&
                   key.compare(key.size() - 2, 2, ": ") == 0 &&
                   key.find_first_of("[]{},\"'#") == std::string::npos;
  if (plain_key || key == "- ") return key + q;
  return q;
}

YamlProblem at(const std::string& text, size_t offset, std::string message, std::string hint,
               const char* rule = "yaml-syntax") {
  return {rule, pos_at(text, offset), std::move(message), std::move(hint)};
}

// Where the value that offset is in starts on its line: after the key's
// ': ', a list's '- ', or a flow list's '[', '{' or ','.
size_t value_start(const std::string& text, size_t offset) {
  size_t b = line_start(text, offset), start = b;
  for (size_t i = b; i < offset && i < text.size(); ++i) {
    bool after_key = text[i] == ':' && i + 1 < text.size() && text[i + 1] == ' ';
    bool after_dash = text[i] == '-' && i + 1 < text.size() && text[i + 1] == ' ' &&
                      text.find_first_not_of(' ', b) == i;
    if (after_key || after_dash) start = i + 2;
    if (text[i] == '[' || text[i] == '{' || text[i] == ',') start = i + 1;
  }
  while (start < offset && text[start] == ' ') ++start;
  return start;
}

// '@' and '`' are reserved, '%' starts a directive, '*' an alias, '&' an
// anchor, '!' a tag, '|' and '>' a block: a value that starts with one is
// not read as text.
YamlProblem reserved_start(const std::string& text, size_t offset, const char* why,
                           const char* rule = "yaml-syntax") {
  char c = text[offset];
  return at(text, offset,
            fmt::format("'{}' cannot start a value unless it is in quotes: {}", c, why),
            fmt::format("put it in quotes: {}", quoted_example(text, offset)), rule);
}

// The backslash that starts the escape yaml-cpp stopped in (it reports the
// place after it), or offset itself.
size_t escape_start(const std::string& text, size_t offset) {
  size_t from = offset > 12 ? offset - 12 : 0;
  for (size_t i = std::min(offset, text.size()); i-- > from;)
    if (text[i] == '\\' && (i == 0 || text[i - 1] != '\\')) return i;
  return offset;
}

unsigned long hex_value(const std::string& text, size_t from, size_t digits) {
  if (from + digits > text.size()) return 0;
  return std::strtoul(text.substr(from, digits).c_str(), nullptr, 16);
}

YamlProblem bad_code_point(const std::string& text, size_t offset, const std::string& msg) {
  unsigned long cp =
      std::strtoul(msg.c_str() + std::string(YAML::ErrorMsg::INVALID_UNICODE).size(), nullptr, 10);
  size_t esc = escape_start(text, offset);
  std::string hint =
      "write the character itself, or escape its whole code point as \\U followed "
      "by eight hex digits";
  if (cp >= 0xD800 && cp <= 0xDBFF) {
    // A JSON-style surrogate pair: YAML wants the code point the pair stands for.
    size_t next = esc + 6;
    unsigned long low = text.compare(next, 2, "\\u") == 0 ? hex_value(text, next + 2, 4) : 0;
    if (low >= 0xDC00 && low <= 0xDFFF) {
      unsigned long whole = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      hint = fmt::format(
          "YAML does not join surrogate pairs: write the character itself, or the pair as one "
          "escape, \\U{:08X}",
          whole);
    }
    return at(text, esc,
              fmt::format("the escape stands for U+{:04X}, a lone surrogate (the first half of a "
                          "UTF-16 pair), which is not a character",
                          cp),
              hint);
  }
  if (cp >= 0xDC00 && cp <= 0xDFFF)
    return at(text, esc,
              fmt::format("the escape stands for U+{:04X}, a lone surrogate (the second half of a "
                          "UTF-16 pair), which is not a character",
                          cp),
              hint);
  return at(
      text, esc,
      fmt::format("the escape stands for U+{:X}, past U+10FFFF, the last Unicode code point", cp),
      "check the digits; " + hint);
}

YamlProblem bad_hex(const std::string& text, size_t offset) {
  // The nearest \x, \u or \U before the place yaml-cpp stopped (it reads
  // up to eight characters past it, so other backslashes may come between).
  size_t esc = escape_start(text, offset);
  for (size_t i = std::min(offset, text.size()), from = offset > 10 ? offset - 10 : 0; i-- > from;)
    if (text[i] == '\\' && i + 1 < text.size() &&
        std::string_view("xuU").find(text[i + 1]) != std::string_view::npos &&
        (i == 0 || text[i - 1] != '\\')) {
      esc = i;
      break;
    }
  char kind = esc + 1 < text.size() ? text[esc + 1] : 'x';
  size_t digits = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
  std::string written = text.substr(esc, std::min(digits + 2, line_end(text, esc) - esc));
  if (size_t quote = written.find('"', 1); quote != std::string::npos) written.resize(quote);
  return at(text, esc,
            fmt::format("the escape '{}' needs {} hex digits (0-9, A-F) after '\\{}'", written,
                        digits, kind),
            fmt::format("write the character's code, as in \\{}{} for 'é', or the character "
                        "itself; a backslash itself is written \\\\",
                        kind, std::string(digits - 2, '0') + "E9"));
}

YamlProblem bad_escape(const std::string& text, size_t offset) {
  size_t esc = escape_start(text, offset);
  std::string written = text.substr(esc, 2);
  return at(
      text, esc,
      fmt::format("'{}' is not an escape YAML knows: in double quotes a backslash starts one, "
                  "such as \\n (a line break) or \\\" (a quote)",
                  written),
      "write \\\\ for a backslash itself, or put the value in single quotes, where a "
      "backslash is plain text");
}

// The bracket that opens the flow list or mapping still open at offset, or npos.
size_t open_bracket(const std::string& text, size_t offset, char open, char close) {
  int depth = 0;
  for (size_t i = std::min(offset, text.size()); i-- > 0;) {
    if (text[i] == close) ++depth;
    if (text[i] == open && depth-- == 0) return i;
  }
  return std::string::npos;
}

YamlProblem unclosed_flow(const std::string& text, size_t offset, bool list) {
  char open = list ? '[' : '{', close = list ? ']' : '}';
  const char* what = list ? "list in brackets" : "mapping in braces";
  size_t start = open_bracket(text, offset, open, close);
  if (start == std::string::npos)
    return at(text, offset, fmt::format("a {} ('{}') is not closed with '{}'", what, open, close),
              fmt::format("add the '{}', or write the items one '- ' a line", close));
  bool closed_on_line = text.find(close, start) < line_end(text, start);
  if (closed_on_line)
    return at(text, start,
              fmt::format("the {} that starts here cannot be read: an item holds ': ', a bracket "
                          "or another character YAML reads specially",
                          what),
              fmt::format("put such items in quotes, or write the {} one '- ' item a line",
                          list ? "list" : "mapping"));
  return at(text, start, fmt::format("the {} that starts here has no closing '{}'", what, close),
            fmt::format("add '{}' where it ends; for text that starts with '{}', put it in "
                        "quotes: {}",
                        close, open, quoted_example(text, start)));
}

// "end of map not found" right after a quoted text: either more text follows
// its closing quote, or (when it began on an earlier line) that "closing"
// quote is really the opening quote of a later value, and an earlier text's
// closing quote is missing.
std::optional<YamlProblem> after_quote(const std::string& text, size_t offset) {
  size_t b = line_start(text, offset);
  size_t q = offset;
  while (q > b && (text[q - 1] == ' ' || text[q - 1] == '\t')) --q;
  if (q == b || (text[q - 1] != '"' && text[q - 1] != '\'')) return std::nullopt;
  char quote = text[q - 1];
  size_t close = q - 1;
  size_t open = std::string::npos;
  for (size_t i = close; i-- > 0;) {
    if (text[i] != quote) continue;
    if (quote == '"' && i > 0 && text[i - 1] == '\\') continue;
    if (quote == '\'' && i > 0 && text[i - 1] == '\'') {
      --i;
      continue;
    }
    open = i;
    break;
  }
  if (open != std::string::npos && open < b)
    return at(text, open,
              fmt::format("the text in quotes that starts here has no closing {}, so it runs on "
                          "to line {}",
                          quote, pos_at(text, close).line),
              fmt::format("add the closing {} where the text ends", quote));
  return at(text, offset, "there is more text after the closing quote",
            fmt::format("put all of the value inside the quotes (a {} inside is written {})", quote,
                        quote == '"' ? "\\\"" : "''"));
}

}  // namespace

int document_marker_line(const std::string& text) {
  bool content = false;
  int line = 1;
  for (size_t i = 0; i < text.size(); ++line) {
    size_t end = line_end(text, i);
    std::string l = text.substr(i, end - i);
    if (!l.empty() && l.back() == '\r') l.pop_back();
    bool marker = (starts_with(l, "---") || starts_with(l, "...")) &&
                  (l.size() == 3 || l[3] == ' ' || l[3] == '\t');
    bool directive = starts_with(l, "%");
    if (content && (marker || directive)) return line;
    bool blank = l.find_first_not_of(" \t") == std::string::npos;
    bool comment = !blank && l[l.find_first_not_of(" \t")] == '#';
    if (!blank && !comment && !directive && !(marker && starts_with(l, "---") && !content))
      content = true;
    else if (marker && l.size() > 4 && l.find_first_not_of(" \t", 4) != std::string::npos)
      content = true;  // "--- text": a document that starts with content
    i = end + 1;
  }
  return 0;
}

int directive_line(const std::string& text) {
  int line = document_marker_line(text);
  return line > 0 && text.compare(offset_of_line(text, line), 1, "%") == 0 ? line : 0;
}

YamlProblem document_marker_problem(const std::string& text, int line) {
  size_t off = offset_of_line(text, line);
  if (text.compare(off, 1, "%") == 0)
    return {"multiple-documents", pos_at(text, off),
            "a line starting with '%' is a YAML directive, which ends the document here; a plan "
            "file is one document and needs no directive",
            "delete the line, or indent it if it belongs to the text above"};
  if (text.compare(off, 3, "...") == 0)
    return {"multiple-documents", pos_at(text, off),
            "a line starting with '...' ends the YAML document here; a plan file is one document",
            "delete the line, or indent it if it belongs to the text above"};
  return {"multiple-documents", pos_at(text, off),
          "the file holds more than one YAML document ('---'); a plan file holds one",
          "delete the line, or indent it if it belongs to the text above"};
}

YamlProblem explain_yaml_error(const std::string& text, const std::string& msg, long offset_in,
                               int line0, int col0) {
  namespace E = YAML::ErrorMsg;
  size_t offset =
      offset_in >= 0 && size_t(offset_in) <= text.size()
          ? size_t(offset_in)
          : std::min(offset_of_line(text, line0 + 1) + size_t(std::max(col0, 0)), text.size());
  Pos pos = pos_at(text, offset);
  // A document marker above the error is its cause: what follows is read as another document.
  if (int marker = document_marker_line(text); marker > 0 && marker <= pos.line)
    return document_marker_problem(text, marker);
  char c = offset < text.size() ? text[offset] : '\0';

  if (msg == E::BAD_FILE || msg.find("depth") != std::string::npos)
    return at(text, offset, "the YAML is nested too deeply to be a plan file",
              "a plan file needs five levels at most; check it is the right file");
  if (msg == E::UNKNOWN_TOKEN) {
    if (c == '@' || c == '`') return reserved_start(text, offset, "YAML reserves '@' and '`'");
    if (c == '%') return reserved_start(text, offset, "YAML reserves '%' at the start of a value");
    return at(text, offset, "YAML syntax error: a character YAML does not expect here",
              "put the value in quotes: " + quoted_example(text, offset));
  }
  if (msg == E::UNKNOWN_ANCHOR || msg == E::ALIAS_CONTENT || msg == E::MULTIPLE_ALIASES ||
      msg == E::CHAR_IN_ALIAS || msg == E::ALIAS_NOT_FOUND || msg == E::INVALID_ALIAS) {
    size_t star = c == '*' ? offset : back_on_line(text, offset, '*');
    if (star == std::string::npos) star = offset;
    return at(
        text, star, "aliases (*name) are not allowed in plan files; write the value out in full",
        "for text that starts with '*', put it in quotes: " + quoted_example(text, star), "alias");
  }
  if (msg == E::MULTIPLE_ANCHORS || msg == E::CHAR_IN_ANCHOR || msg == E::ANCHOR_NOT_FOUND ||
      msg == E::AMBIGUOUS_ANCHOR || msg == E::INVALID_ANCHOR) {
    size_t amp = c == '&' ? offset : back_on_line(text, offset, '&');
    if (amp == std::string::npos) amp = offset;
    return at(
        text, amp, "anchors (&name) are not allowed in plan files; write each value out in full",
        "for text that starts with '&', put it in quotes: " + quoted_example(text, amp), "anchor");
  }
  if (msg == E::MULTIPLE_TAGS || msg == E::CHAR_IN_TAG_HANDLE || msg == E::TAG_WITH_NO_SUFFIX ||
      msg == E::END_OF_VERBATIM_TAG || msg == E::INVALID_TAG) {
    size_t first = value_start(text, offset);
    if (text[first] != '!') first = back_on_line(text, offset, '!');
    if (first == std::string::npos) first = offset;
    return at(
        text, first, "'!' at the start of a value starts a YAML tag, which plan files do not use",
        "for text that starts with '!', put it in quotes: " + quoted_example(text, first), "tag");
  }
  if (starts_with(msg, E::YAML_DIRECTIVE_ARGS) || starts_with(msg, E::YAML_VERSION) ||
      msg == E::YAML_MAJOR_VERSION || msg == E::REPEATED_YAML_DIRECTIVE ||
      msg == E::TAG_DIRECTIVE_ARGS || msg == E::REPEATED_TAG_DIRECTIVE)
    return at(text, line_start(text, offset),
              "a line starting with '%' is a YAML directive; plan files need none, and this one "
              "cannot be read",
              "delete the line");
  if (starts_with(msg, E::INVALID_UNICODE)) return bad_code_point(text, offset, msg);
  if (msg == E::INVALID_HEX) return bad_hex(text, offset);
  if (starts_with(msg, E::INVALID_ESCAPE)) return bad_escape(text, offset);
  if (msg == E::CHAR_IN_BLOCK || msg == E::ZERO_INDENT_IN_BLOCK) {
    size_t bar = back_on_line(text, offset, '|');
    size_t gt = back_on_line(text, offset, '>');
    size_t ind = bar == std::string::npos ? gt : gt == std::string::npos ? bar : std::max(bar, gt);
    if (ind == std::string::npos) ind = offset;
    char which = text[ind];
    return at(text, ind,
              fmt::format("'{}' starts a block of text on the lines below, so only '-', '+' or "
                          "an indentation digit from 1 to 9 may follow it on this line",
                          which),
              fmt::format("put the text on the next lines, indented; for text that starts with "
                          "'{}', put it in quotes: {}",
                          which, quoted_example(text, ind)));
  }
  if (msg == E::END_OF_SEQ_FLOW) return unclosed_flow(text, offset, true);
  if (msg == E::END_OF_MAP_FLOW) return unclosed_flow(text, offset, false);
  if (msg == E::FLOW_END)
    return at(text, offset,
              fmt::format("'{}' closes a {}, but none is open here", c == '}' ? '}' : ']',
                          c == '}' ? "mapping in braces" : "list in brackets"),
              "delete it, or put the value in quotes: " + quoted_example(text, offset));
  if (msg == E::END_OF_MAP || msg == E::END_OF_SEQ) {
    if (auto q = after_quote(text, offset)) return *q;
    return at(text, offset, "YAML syntax error: " + msg,
              "check the indentation of this line and the one above");
  }
  if (msg == E::MAP_VALUE) {
    size_t start = value_start(text, offset);
    bool same_line = start < offset && text.find('\n', start) >= offset;
    return at(text, offset,
              "YAML reads this ': ' (a colon and a space) as the start of another key, so a value "
              "that holds one must be in quotes",
              same_line ? "put the whole value in quotes: " + quoted_example(text, start) +
                              ", or in a '|' block"
                        : "put the value in quotes, or in a '|' block");
  }
  if (msg == E::BLOCK_ENTRY)
    return at(text, offset, "a list item ('- ') cannot start on the same line as its key",
              "start the list on the next line, indented, or put a value that starts with '-' "
              "in quotes: " +
                  quoted_example(text, offset));
  if (msg == E::MAP_KEY)
    return at(text, offset,
              "'?' followed by a space starts a complex key, which plan files do not use",
              "put the value in quotes: " + quoted_example(text, offset));
  if (msg == E::DOC_IN_SCALAR)
    return at(text, offset,
              "a line starting with '---' or '...' inside a text ends the YAML document",
              "indent the line, or put the text in a '|' block with every line indented");
  if (msg == E::EOF_IN_SCALAR)
    return at(text, offset, "the text in quotes has no closing quote before the end of the file",
              "add the closing quote where the text ends");
  return at(text, offset, "YAML syntax error: " + msg,
            "a value that starts with a special character, or holds ': ' or ' #', must be in "
            "quotes");
}

}  // namespace plan
