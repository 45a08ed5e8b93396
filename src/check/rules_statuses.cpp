// The rule on the plan's status words: a word outside the default scale
// says what it means, so no category is ever guessed from a word's place.
#include <fmt/format.h>

#include "check/rules.h"
#include "diag/rule_table.h"
#include "model/category.h"
#include "model/status_words.h"

namespace plan {
namespace {

std::string meaning_hint(const std::string& word) {
  if (is_rag_word(word))
    return fmt::format(
        "'{}' is a RAG rating, not a status: record it on each update as 'rag: {}' and use "
        "statuses that say where things stand; if the plan really uses it as a status, write "
        "{{name: {}, means: …}}",
        word, rag_colour(word), word);
  if (auto c = meaning_suggested_by(word))
    return fmt::format("write {{name: {}, means: {}}}", word, category_name(*c));
  return fmt::format(
      "write {{name: {}, means: …}} with one of not-started, in-progress, "
      "complete or not-applicable",
      word);
}

}  // namespace

std::string rag_colour(const std::string& word) {
  std::string s;
  for (char c : word) s += char(std::tolower(static_cast<unsigned char>(c)));
  for (const char* colour : {"red", "amber", "green", "blue"})
    if (s.find(colour) != std::string::npos) return colour;
  return s;
}

// Read from plan.yaml's tree (run with the schema check): the model keeps
// each word's category, not whether the file declared it.
void check_status_meaning(const YNode& root, const std::string& file, Diagnostics& out) {
  const YNode* statuses = root.find("statuses");
  if (!statuses || !statuses->is_seq()) return;
  for (const YNode& item : statuses->children) {
    if (!item.is_scalar() || item.value.empty() || default_scale_meaning(item.value)) continue;
    const std::string& word = item.value;
    out.add(rule("status-meaning"), file, item.pos.line, item.pos.col,
            fmt::format("status '{}' does not say what it means; only the default scale's words "
                        "(Not Started, In Progress, Complete) go without 'means:'",
                        word),
            meaning_hint(word));
  }
}

}  // namespace plan
