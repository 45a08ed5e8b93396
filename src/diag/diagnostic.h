// A problem found in the plan files: where it is, what is wrong, what would be
// right, and the rule that found it.
#pragma once

#include <string>
#include <vector>

namespace plan {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  std::string rule;  // e.g. "percent-range"
  std::string file;  // as shown to people, e.g. plan/recommendations/23.yaml
  int line = 0;      // 1-based; 0 when the problem is about the whole file
  int col = 0;       // 1-based
  std::string message;
  // The recommendation or evidence id it is about, where the file alone does
  // not say (a problem reported on plan.yaml about recommendation 15); an
  // acknowledgement names it.
  std::string item;
};

/// Collects diagnostics; rules append to it.
class Diagnostics {
 public:
  void error(std::string rule, std::string file, int line, int col, std::string message);
  void warning(std::string rule, std::string file, int line, int col, std::string message);
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void append(const Diagnostics& other);

  /// Orders by file, line, column, then rule, so output never depends on
  /// the order work was done in.
  void sort();

  const std::vector<Diagnostic>& items() const { return items_; }
  int errors() const;
  int warnings() const;
  bool empty() const { return items_.empty(); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace plan
