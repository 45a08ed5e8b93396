#include "diag/print_diagnostics.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "util/display_width.h"
#include "util/terminal_text.h"
#include "util/utf8.h"

namespace plan {

std::string dump_json(const nlohmann::ordered_json& doc) {
  // Two-space indent, and text that is not UTF-8 shown as U+FFFD rather than thrown.
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

namespace {

const char* severity_name(Severity s) {
  return s == Severity::error ? "error" : "warning";
}

std::string plural(int n, const char* word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

// GitHub workflow commands need %, CR and LF escaped in the message,
// and also : and , in property values.
std::string github_escape(const std::string& s, bool property) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else if (property && c == ':')
      out += "%3A";
    else if (property && c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string summary_line(const Diagnostics& ds, int files, int acknowledged) {
  return fmt::format("{}, {}{} in {}", plural(ds.errors(), "error"),
                     plural(ds.warnings(), "warning"),
                     acknowledged > 0 ? fmt::format(", {} acknowledged", acknowledged) : "",
                     plural(files, "file"));
}

void write_text(std::ostream& out, const Diagnostics& ds, const LineSource& lines) {
  for (const Diagnostic& d : ds.items()) {
    std::string file = terminal_safe(d.file), message = terminal_safe(full_message(d));
    if (d.line > 0)
      out << fmt::format("{}:{}:{}: {}: {} [{}]\n", file, d.line, d.col, severity_name(d.severity),
                         message, d.rule);
    else
      out << fmt::format("{}: {}: {} [{}]\n", file, severity_name(d.severity), message, d.rule);
    if (d.line <= 0 || (!lines && d.excerpt.empty())) continue;
    std::string raw = d.excerpt.empty() ? lines(d.file, d.line) : d.excerpt;
    if (raw.empty()) continue;
    std::string text = terminal_safe(raw);
    std::string margin = std::to_string(d.line);
    out << fmt::format(" {} | {}\n", margin, text);
    // The column counts characters: the caret goes under that one, as wide as it shows.
    int caret = d.excerpt.empty() ? d.col : d.excerpt_col;
    size_t prefix = 0;
    for (int c = 1; c < caret && prefix < raw.size(); ++c) {
      size_t len = utf8_sequence(raw, prefix);
      prefix += len == 0 ? 1 : len;
    }
    int col = display_width(terminal_safe(raw.substr(0, prefix)));
    out << fmt::format(" {} | {}^\n", std::string(margin.size(), ' '), std::string(col, ' '));
  }
}

void write_json(std::ostream& out, const Diagnostics& ds, int files) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Diagnostic& d : ds.items())
    // "message" is the whole line a person reads; "problem" and "hint" are its
    // two halves, for tools that show what is wrong apart from what to do.
    list.push_back(
        {{"severity", severity_name(d.severity)},
         {"rule", d.rule},
         {"file", d.file},
         {"line", d.line},
         {"column", d.col},
         {"message", full_message(d)},
         {"problem", d.message},
         {"hint", d.hint.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(d.hint)}});
  nlohmann::ordered_json doc = {{"diagnostics", list},
                                {"errors", ds.errors()},
                                {"warnings", ds.warnings()},
                                {"files", files}};
  out << dump_json(doc) << "\n";
}

void write_github(std::ostream& out, const Diagnostics& ds) {
  for (const Diagnostic& d : ds.items()) {
    out << "::" << severity_name(d.severity)
        << " file=" << github_escape(terminal_safe(d.file), true);
    if (d.line > 0) out << ",line=" << d.line << ",col=" << d.col;
    out << ",title=" << github_escape(d.rule, true)
        << "::" << github_escape(terminal_safe(full_message(d)) + " [" + d.rule + "]", false)
        << "\n";
  }
}

}  // namespace plan
