#include "diag/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace plan {

std::string full_message(const Diagnostic& d) {
  return d.hint.empty() ? d.message : d.message + "; " + d.hint;
}

namespace {

Diagnostic diagnostic(Severity severity, std::string rule, std::string file, int line, int col,
                      std::string message, std::string hint) {
  Diagnostic d;
  d.severity = severity;
  d.rule = std::move(rule);
  d.file = std::move(file);
  d.line = line;
  d.col = col;
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

}  // namespace

void Diagnostics::add(const Rule& rule, std::string file, int line, int col, std::string message,
                      std::string hint) {
  items_.push_back(diagnostic(rule.severity, std::string(rule.id), std::move(file), line, col,
                              std::move(message), std::move(hint)));
}

void Diagnostics::error(std::string rule, std::string file, int line, int col, std::string message,
                        std::string hint) {
  items_.push_back(diagnostic(Severity::error, std::move(rule), std::move(file), line, col,
                              std::move(message), std::move(hint)));
}

void Diagnostics::warning(std::string rule, std::string file, int line, int col,
                          std::string message, std::string hint) {
  items_.push_back(diagnostic(Severity::warning, std::move(rule), std::move(file), line, col,
                              std::move(message), std::move(hint)));
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

void Diagnostics::sort() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.file, a.line, a.col, a.rule, a.message, a.hint) <
           std::tie(b.file, b.line, b.col, b.rule, b.message, b.hint);
  });
}

int Diagnostics::errors() const {
  return int(std::count_if(items_.begin(), items_.end(),
                           [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

int Diagnostics::warnings() const {
  return int(items_.size()) - errors();
}

}  // namespace plan
