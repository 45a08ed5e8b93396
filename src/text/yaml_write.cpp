#include "text/yaml_write.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "load/scalar.h"
#include "model/category.h"
#include "model/position.h"
#include "model/status_words.h"
#include "util/utf8.h"

namespace plan {
namespace {

// A C1 control character (U+0080-U+009F, UTF-8 C2 80 to C2 9F) at s[i]; plan
// validate refuses them in a file, so they are written as \u escapes.
bool c1_at(const std::string& s, size_t i) {
  return static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
         static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
         static_cast<unsigned char>(s[i + 1]) <= 0x9F;
}

bool has_c1(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i)
    if (c1_at(s, i)) return true;
  return false;
}

bool needs_quotes(const std::string& s) {
  if (s.empty()) return true;
  if (resolve_plain(s) != ScalarType::string) return true;  // would read as number/bool/null
  if (s.front() == ' ' || s.back() == ' ' || s.back() == ':') return true;
  if (std::string("-?:,[]{}#&*!|>'\"%@`").find(s.front()) != std::string::npos) return true;
  if (s.find(": ") != std::string::npos || s.find(" #") != std::string::npos) return true;
  if (s.rfind("---", 0) == 0 || s.rfind("...", 0) == 0) return true;
  for (unsigned char c : s)
    if (c < 0x20 || c == 0x7F) return true;
  return has_c1(s);
}

// The character (a whole UTF-8 sequence) at s[i] as it goes between double
// quotes; advances i past it.
std::string quoted_char(const std::string& s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c1_at(s, i)) {
    i += 2;
    return fmt::format("\\u{:04X}", static_cast<unsigned char>(s[i - 1]));
  }
  size_t len = c < 0x80 ? 1 : std::max<size_t>(1, utf8_sequence_length(s, i));
  i += len;
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\n':
      return "\\n";
    case '\t':
      return "\\t";
    case '\r':
      return "\\r";
    default:
      if (c < 0x20 || c == 0x7F) return fmt::format("\\x{:02X}", c);
      return s.substr(i - len, len);
  }
}

std::string double_quoted(const std::string& s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) out += quoted_char(s, i);
  return out + "\"";
}

// plan validate refuses lines over limits::max_line_bytes, so a text with a
// line longer than this is written double-quoted and folded: a "\" at the end
// of a line joins it to the next without a space, and YAML drops the next
// line's indentation, so the text reads back exactly.
constexpr size_t max_plain_line = 4000;
constexpr size_t fold_width = 1000;

bool has_long_line(const std::string& s) {
  for (size_t start = 0;;) {
    size_t end = s.find('\n', start);
    if ((end == std::string::npos ? s.size() : end) - start > max_plain_line) return true;
    if (end == std::string::npos) return false;
    start = end + 1;
  }
}

std::string folded_double_quoted(const std::string& s, int indent) {
  std::string pad(size_t(indent + 2), ' ');
  std::string out = "\"";
  size_t width = 1;
  for (size_t i = 0; i < s.size();) {
    std::string token = quoted_char(s, i);
    if (width + token.size() > fold_width) {
      out += "\\\n" + pad;
      width = pad.size();
      if (token == " ") token = "\\x20";  // a continuation line's leading spaces are dropped
    }
    out += token;
    width += token.size();
  }
  return out + "\"";
}

// A '|' block keeps the text exactly, unless it holds characters a block
// cannot (control characters, tabs that could read as indentation, CR) or
// ends in spaces on the last line or a run of blank lines only.
bool block_safe(const std::string& s) {
  for (unsigned char c : s)
    if ((c < 0x20 && c != '\n') || c == 0x7F) return false;
  if (has_c1(s)) return false;
  if (s.find_first_not_of('\n') == std::string::npos) return false;  // only line breaks
  return true;
}

}  // namespace

std::string yaml_scalar(const std::string& text) {
  return needs_quotes(text) ? double_quoted(text) : text;
}

std::string yaml_text_value(const std::string& text, int indent, TextStyle style) {
  if (has_long_line(text)) return " " + folded_double_quoted(text, indent);
  bool multi_line = text.find('\n') != std::string::npos;
  bool blockable = !text.empty() && text.front() != ' ' && text.back() != ' ';
  bool as_block = multi_line || (style == TextStyle::prose && blockable) ||
                  (style == TextStyle::plain_or_block && blockable && needs_quotes(text));
  if (!as_block || !block_safe(text)) {
    // Escapes can make a quoted text much longer than any of its lines.
    std::string quoted = yaml_scalar(text);
    return " " + (quoted.size() > max_plain_line ? folded_double_quoted(text, indent) : quoted);
  }
  // Chomping: '-' strips the final line break, '' keeps one, '+' keeps all.
  size_t trailing = 0;
  while (trailing < text.size() && text[text.size() - 1 - trailing] == '\n') ++trailing;
  std::string chomp = trailing == 0 ? "-" : trailing == 1 ? "" : "+";
  std::string body = text.substr(0, text.size() - trailing);
  // Without an indicator, YAML takes the indentation from the first line that
  // is not blank, so a text starting with a space or a blank line needs one.
  std::string indicator =
      (!body.empty() && (body.front() == ' ' || body.front() == '\n')) ? "2" : "";
  std::string out = " |" + indicator + chomp;
  std::string pad(size_t(indent + 2), ' ');
  size_t start = 0;
  while (start <= body.size()) {
    size_t end = body.find('\n', start);
    std::string line =
        body.substr(start, end == std::string::npos ? std::string::npos : end - start);
    out += "\n" + (line.empty() ? "" : pad + line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  for (size_t i = 1; i < trailing; ++i) out += "\n";
  return out;
}

std::string yaml_text_field(const std::string& key, const std::string& text, int indent,
                            TextStyle style) {
  return std::string(size_t(indent), ' ') + key + ":" + yaml_text_value(text, indent, style) + "\n";
}

std::string yaml_update_entry(const Update& u, int indent) {
  return yaml_update_entry(u, indent, indent + 2);
}

std::string yaml_update_entry(const Update& u, int indent, int key_indent) {
  std::string in(size_t(key_indent), ' ');
  std::string dash = std::string(size_t(indent), ' ') + "-" +
                     std::string(size_t(std::max(1, key_indent - indent - 1)), ' ');
  std::string out =
      dash + "date: " + (u.date.value ? format_iso(*u.date.value) : u.date.text) + "\n";
  if (!u.status.empty()) out += in + "status:" + yaml_text_value(u.status, key_indent) + "\n";
  if (u.percent) out += in + "percent: " + std::to_string(*u.percent) + "\n";
  if (!u.rag.empty()) out += in + "rag:" + yaml_text_value(u.rag, key_indent) + "\n";
  if (!u.by.empty()) out += yaml_text_field("by", u.by, key_indent);
  if (!u.note.empty())
    out += yaml_text_field("note", u.note, key_indent, TextStyle::plain_or_block);
  if (u.internal) out += in + "internal: true\n";
  return out;
}

namespace {

// "- " with the keys after it at `keys` spaces (at least one space after the dash).
std::string list_dash(int dash, int keys) {
  return std::string(size_t(dash), ' ') + "-" +
         std::string(size_t(std::max(1, keys - dash - 1)), ' ');
}

std::string date_text(const DateField& d) {
  return d.value ? format_iso(*d.value) : yaml_scalar(d.text);
}

// The force's response (docs/force-plan.md), at the top level of the file.
std::string response_block(const Response& r) {
  std::string out = "response:\n";
  if (r.position != Position::none)
    out += std::string("  position: ") + position_key(r.position) + "\n";
  if (!r.label.empty()) out += yaml_text_field("label", r.label, 2);
  if (r.date.present()) out += "  date: " + date_text(r.date) + "\n";
  if (!r.text.empty()) out += yaml_text_field("text", r.text, 2, TextStyle::prose);
  return out;
}

// "actions:" and its list, its keys at `indent`.
std::string actions_block(const std::vector<Action>& actions, int indent) {
  std::string out = std::string(size_t(indent), ' ') + "actions:\n";
  for (const Action& a : actions) out += yaml_action_entry(a, indent + 2, indent + 4);
  return out;
}

}  // namespace

std::string yaml_revision_entry(const TargetRevision& r, int dash, int keys) {
  std::string out = list_dash(dash, keys) + "target: " + date_text(r.target) + "\n";
  if (r.decided.present())
    out += std::string(size_t(keys), ' ') + "decided: " + date_text(r.decided) + "\n";
  if (!r.reason.empty())
    out += yaml_text_field("reason", r.reason, keys, TextStyle::plain_or_block);
  return out;
}

std::string yaml_action_entry(const Action& a, int dash, int keys) {
  std::string in(size_t(keys), ' ');
  std::string out = list_dash(dash, keys) + "id:" + yaml_text_value(a.id, keys) + "\n";
  if (!a.text.empty()) out += yaml_text_field("text", a.text, keys, TextStyle::plain_or_block);
  if (!a.lead.empty()) out += yaml_text_field("lead", a.lead, keys);
  if (a.target.present()) out += in + "target: " + date_text(a.target) + "\n";
  if (!a.target_note.empty()) out += yaml_text_field("target_note", a.target_note, keys);
  if (!a.revisions.empty()) {
    out += in + "revisions:\n";
    for (const TargetRevision& r : a.revisions) out += yaml_revision_entry(r, keys + 2, keys + 4);
  }
  if (!a.updates.empty()) {
    out += in + "updates:\n";
    for (const Update& u : a.updates) out += yaml_update_entry(u, keys + 2);
  }
  return out;
}

std::string write_recommendation_file(const Recommendation& rec) {
  std::string out = "# yaml-language-server: $schema=../../schemas/recommendation.schema.json\n";
  out += fmt::format("id: {}\n", rec.id);
  if (!rec.title.empty()) out += yaml_text_field("title", rec.title, 0);
  if (!rec.owner.empty()) out += yaml_text_field("owner", rec.owner, 0);
  if (rec.deadline.present()) out += "deadline: " + date_text(rec.deadline) + "\n";
  if (!rec.deadline_note.empty()) out += yaml_text_field("deadline_note", rec.deadline_note, 0);
  out += "text:" + yaml_text_value(rec.text, 0, TextStyle::prose) + "\n";
  if (rec.response.present()) out += response_block(rec.response);
  if (!rec.actions.empty()) out += actions_block(rec.actions, 0);
  if (!rec.milestones.empty()) {
    out += "milestones:\n";
    for (const Milestone& m : rec.milestones) {
      out += "  - deadline: " + date_text(m.deadline) + "\n";
      if (!m.deadline_note.empty()) out += yaml_text_field("deadline_note", m.deadline_note, 4);
      out += yaml_text_field("text", m.text, 4, TextStyle::prose);
    }
  }
  if (!rec.evidence.empty()) {
    out += "evidence:\n";
    for (const Evidence& ev : rec.evidence) {
      out += "  - id: " + fmt::format("\"{}\"", ev.id) + "\n";
      out += yaml_text_field("text", ev.text, 4, TextStyle::prose);
      if (!ev.owner.empty()) out += yaml_text_field("owner", ev.owner, 4);
      if (!ev.documents.empty()) {
        out += "    documents:\n";
        for (const Document& d : ev.documents) {
          out += "      - title:" + yaml_text_value(d.title, 8) + "\n";
          out += yaml_text_field("url", d.url, 8);
        }
      }
      if (!ev.actions.empty()) out += actions_block(ev.actions, 4);
      if (!ev.updates.empty()) {
        out += "    updates:\n";
        for (const Update& u : ev.updates) out += yaml_update_entry(u, 6);
      }
    }
  }
  if (!rec.updates.empty()) {
    out += "updates:\n";
    for (const Update& u : rec.updates) out += yaml_update_entry(u, 2);
  }
  return out;
}

namespace {

// yaml-cpp reads flow lists more strictly than block values (a '?' inside a
// word ends the value, a fuzz finding), so only plain words stay unquoted there.
bool flow_safe(const std::string& s) {
  for (unsigned char c : s)
    if (!std::isalnum(c) && std::string(" -_.%()/'").find(char(c)) == std::string::npos)
      return false;
  return !s.empty() && std::isalnum(static_cast<unsigned char>(s.front()));
}

// In a [flow] list or {flow} map a plain text must not hold the flow's own
// punctuation; quoting escapes any '"' inside (a fuzz finding: one was left bare).
std::string flow_scalar(const std::string& text) {
  std::string s = yaml_scalar(text);
  if (s == text && !flow_safe(text)) s = double_quoted(text);
  if (s.size() > max_plain_line) s = folded_double_quoted(text, 0);
  return s;
}

// The statuses: the default scale as a plain list; any other list with the
// meaning of each word that says it written out (`{name: Done, means:
// complete}`), and a word that does not say left plain, for the plan's
// keeper to declare (plan validate asks).
std::string statuses_field(const Plan& plan) {
  const Plan defaults;
  bool is_default =
      plan.statuses == defaults.statuses && plan.status_categories == defaults.status_categories;
  std::string out;
  if (is_default) {
    out = "statuses: [";
    for (size_t i = 0; i < plan.statuses.size(); ++i)
      out += (i ? ", " : "") + flow_scalar(plan.statuses[i]);
    return out + "]\n";
  }
  out = "statuses:\n";
  for (size_t i = 0; i < plan.statuses.size(); ++i) {
    const std::string& name = plan.statuses[i];
    // Declared: loaded with its meaning, or a word that says it (import).
    bool declared =
        i < plan.status_categories.size() &&
        (i < plan.status_declared.size() ? bool(plan.status_declared[i])
                                         : status_word_meaning(name) == plan.status_categories[i]);
    if (declared)
      out += "  - {name: " + flow_scalar(name) +
             ", means: " + category_name(plan.status_categories[i]) + "}\n";
    else
      out += "  - " + flow_scalar(name) + "\n";
  }
  return out;
}

}  // namespace

std::string write_plan_file(const Plan& plan) {
  std::string out = "# yaml-language-server: $schema=../schemas/plan.schema.json\n";
  out += yaml_text_field("title", plan.title, 0);
  out += yaml_text_field("organisation", plan.organisation, 0);
  if (plan.published.present()) out += "published: " + date_text(plan.published) + "\n";
  if (!plan.introduction.empty())
    out += "introduction:" + yaml_text_value(plan.introduction, 0, TextStyle::prose) + "\n";
  if (!plan.leads.empty()) {
    out += "leads:\n";
    for (const Lead& l : plan.leads) {
      out += "  - role:" + yaml_text_value(l.role, 4) + "\n";
      out += yaml_text_field("name", l.name, 4);
    }
  }
  if (!plan.owner.empty()) out += yaml_text_field("owner", plan.owner, 0);
  if (!plan.report.path.empty()) {
    out += "report:\n";
    out += yaml_text_field("path", plan.report.path, 2);
    out += yaml_text_field("id", plan.report.id, 2);
  }
  if (!plan.addressee.empty()) out += yaml_text_field("addressee", plan.addressee, 0);
  if (!plan.url.empty()) out += yaml_text_field("url", plan.url, 0);
  out += statuses_field(plan);
  if (!plan.evidence_gates_completion) out += "evidence_gates_completion: false\n";
  return out;
}

}  // namespace plan
