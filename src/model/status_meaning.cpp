// What status words mean: the default scale's own words, and a suggestion
// drawn from any other word, for the message that asks a plan to declare it.
#include "model/status_meaning.h"

#include <algorithm>
#include <cctype>

namespace plan {
namespace {

std::string lowered(const std::string& s) {
  std::string out;
  for (char c : s) out += char(std::tolower(static_cast<unsigned char>(c)));
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  size_t start = out.find_first_not_of(' ');
  return start == std::string::npos ? "" : out.substr(start);
}

bool has(const std::string& s, const char* part) {
  return s.find(part) != std::string::npos;
}

bool has_word(const std::string& s, const std::string& word) {
  for (size_t at = s.find(word); at != std::string::npos; at = s.find(word, at + 1)) {
    bool start = at == 0 || !std::isalpha(static_cast<unsigned char>(s[at - 1]));
    size_t end = at + word.size();
    bool stop = end == s.size() || !std::isalpha(static_cast<unsigned char>(s[end]));
    if (start && stop) return true;
  }
  return false;
}

}  // namespace

std::optional<Category> default_scale_meaning(const std::string& status) {
  std::string s = lowered(status);  // "In progress" is the same word as "In Progress"
  if (s == "not started") return Category::not_started;
  if (s == "in progress") return Category::in_progress;
  if (s == "complete") return Category::complete;
  return std::nullopt;
}

bool is_rag_word(const std::string& status) {
  std::string s = lowered(status);
  if (s.rfind("rag", 0) == 0) {  // "RAG: Green", "RAG - Amber"
    size_t start = s.find_first_not_of(":- ", 3);
    s = start == std::string::npos ? "" : s.substr(start);
  }
  for (const char* w :
       {"red", "amber", "green", "blue", "green/amber", "amber/green", "amber/red", "red/amber"})
    if (s == w) return true;
  return false;
}

std::optional<Category> meaning_suggested_by(const std::string& status) {
  std::string s = lowered(status);
  if (s.empty() || is_rag_word(status)) return std::nullopt;
  if (s == "n/a" || s == "na" || has(s, "not applicable") || has(s, "not relevant") ||
      has_word(s, "withdrawn"))
    return Category::not_applicable;
  if (has(s, "not started") || has(s, "not yet started") || has(s, "not begun") ||
      has_word(s, "planned") || s == "to do" || s == "open" || s == "not yet due")
    return Category::not_started;
  if (has_word(s, "partially") || has_word(s, "partly") || has_word(s, "ongoing") ||
      has(s, "in progress") || has(s, "on track") || has_word(s, "underway") ||
      has(s, "under way") || has_word(s, "started") || has_word(s, "progressing") ||
      has(s, "not complete") || has(s, "not yet complete") || has_word(s, "incomplete"))
    return Category::in_progress;
  for (const char* w : {"complete", "completed", "done", "closed", "finished", "achieved",
                        "implemented", "delivered", "discharged", "met", "resolved"})
    if (has_word(s, w)) return Category::complete;
  return std::nullopt;
}

}  // namespace plan
