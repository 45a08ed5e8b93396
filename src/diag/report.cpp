#include "diag/report.h"

#include <fmt/format.h>

#include "util/utf8.h"

namespace plan {
namespace {

const char* severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

std::string plural(int n, const char* word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// GitHub workflow commands need %, CR and LF escaped in the message,
// and also : and , in property values.
std::string github_escape(const std::string& s, bool property) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else if (property && c == ':') out += "%3A";
    else if (property && c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

// Column as people count it on screen: UTF-8 continuation bytes take no space.
int display_width(const std::string& s, size_t bytes) {
  int w = 0;
  for (size_t i = 0; i < bytes && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++w;
  return w;
}

}  // namespace

std::string printable(const std::string& s, size_t max_bytes) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (out.size() >= max_bytes) return out + "...";
    char32_t cp = 0;
    size_t len = utf8_sequence(s, i, &cp);
    if (len == 0) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(s[i]));
      ++i;
      continue;
    }
    if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (cp < 0x20 && cp != '\t') out += fmt::format("\\x{:02X}", unsigned(cp));
    else if (cp >= 0x7F && cp <= 0x9F) out += fmt::format("\\u{{{:04X}}}", unsigned(cp));
    else if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
      out += fmt::format("\\u{{{:04X}}}", unsigned(cp));
    else out.append(s, i, len);
    i += len;
  }
  return out;
}

std::string json_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 2);
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t len = utf8_sequence(s, i);
      if (len == 0) {
        out += "\\ufffd";
      } else {
        out.append(s, i, len);
        i += len - 1;
      }
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) out += fmt::format("\\u{:04x}", c);
        else out += char(c);
    }
  }
  return out;
}

std::string summary_line(const Diagnostics& ds, int files) {
  return fmt::format("{}, {} in {}", plural(ds.errors(), "error"), plural(ds.warnings(), "warning"),
                     plural(files, "file"));
}

void write_text(std::ostream& out, const Diagnostics& ds, const LineSource& lines) {
  for (const Diagnostic& d : ds.items()) {
    std::string file = printable(d.file), message = printable(full_message(d));
    if (d.line > 0)
      out << fmt::format("{}:{}:{}: {}: {} [{}]\n", file, d.line, d.col, severity_name(d.severity),
                         message, d.rule);
    else
      out << fmt::format("{}: {}: {} [{}]\n", file, severity_name(d.severity), message, d.rule);
    if (d.line <= 0 || !lines) continue;
    std::string raw = lines(d.file, d.line);
    if (raw.empty()) continue;
    std::string text = printable(raw);
    std::string margin = std::to_string(d.line);
    out << fmt::format(" {} | {}\n", margin, text);
    std::string before = d.col > 0 ? printable(raw.substr(0, size_t(d.col - 1))) : "";
    int col = display_width(before, before.size());
    out << fmt::format(" {} | {}^\n", std::string(margin.size(), ' '), std::string(col, ' '));
  }
}

void write_json(std::ostream& out, const Diagnostics& ds, int files) {
  out << "{\n  \"diagnostics\": [";
  bool first = true;
  for (const Diagnostic& d : ds.items()) {
    out << (first ? "\n" : ",\n");
    first = false;
    out << fmt::format(
        "    {{\"severity\": \"{}\", \"rule\": \"{}\", \"file\": \"{}\", \"line\": {}, "
        "\"column\": {}, \"message\": \"{}\"}}",
        severity_name(d.severity), json_escape(d.rule), json_escape(d.file), d.line, d.col,
        json_escape(full_message(d)));
  }
  out << (first ? "],\n" : "\n  ],\n");
  out << fmt::format("  \"errors\": {},\n  \"warnings\": {},\n  \"files\": {}\n}}\n", ds.errors(),
                     ds.warnings(), files);
}

void write_github(std::ostream& out, const Diagnostics& ds) {
  for (const Diagnostic& d : ds.items()) {
    out << "::" << severity_name(d.severity) << " file=" << github_escape(printable(d.file), true);
    if (d.line > 0) out << ",line=" << d.line << ",col=" << d.col;
    out << ",title=" << github_escape(d.rule, true) << "::"
        << github_escape(printable(full_message(d)) + " [" + d.rule + "]", false) << "\n";
  }
}

}  // namespace plan
