// A problem found in the plan files: where it is, what is wrong, what would be
// right, and the rule that found it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace plan {

enum class Severity { error, warning };

/// A row of the rule table (diag/rule_table.h, where every rule is listed).
struct Rule {
  std::string_view id;  // e.g. "percent-range"
  Severity severity;
  std::string_view summary;     // what the rule asks for, in one line
  std::string_view checked_in;  // the source file that checks it, e.g. "check/schema.cpp"
};

struct Diagnostic {
  Severity severity = Severity::error;
  std::string rule;     // e.g. "percent-range"
  std::string file;     // as shown to people, e.g. plan/recommendations/23.yaml
  int line = 0;         // 1-based; 0 when the problem is about the whole file
  int col = 0;          // 1-based
  std::string message;  // what is wrong
  std::string hint;     // what would be right; may be empty
  // The recommendation or evidence id it is about, where the file alone does
  // not say (a problem reported on plan.yaml about recommendation 15); an
  // acknowledgement names it.
  std::string item;
  // The text the problem is in, where the file's own line is no fit quote (a
  // saved web page's markup): shown in its place, the caret under its
  // excerpt_col-th character. Empty: the file's line is quoted.
  std::string excerpt;
  int excerpt_col = 0;
};

/// The message as printed: what is wrong, then "; " and what would be right.
std::string full_message(const Diagnostic& d);

/// Collects diagnostics; rules append to it.
class Diagnostics {
 public:
  /// A problem found by a rule of the table (use diag/rule_table.h's rule("id")).
  void add(const Rule& rule, std::string file, int line, int col, std::string message,
           std::string hint = {});
  /// For load/, which cannot see the table (it sits below check/): rule ids
  /// given as text. tests/unit/rule_table_test.cpp checks each is in the table.
  void error(std::string rule, std::string file, int line, int col, std::string message,
             std::string hint = {});
  void warning(std::string rule, std::string file, int line, int col, std::string message,
               std::string hint = {});
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
