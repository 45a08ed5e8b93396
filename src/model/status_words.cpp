// One table of status wordings and what they mean, for the two uses in
// model/status_words.h: a meaning written for the analyst (import) and a
// meaning suggested in a message (validate).
#include "model/status_words.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace plan {
namespace {

struct StatusWord {
  std::string_view words;  // lower case, single spaces, punctuation kept
  Category means;
  // plain: the whole status being these words says so plainly, and import
  // may write the meaning; otherwise it is only suggested in a message.
  bool plain = true;
};

// Checked in order, first match wins: the negations ("not started", "not
// complete") come before the words they contain.
constexpr StatusWord status_words[] = {
    {"n/a", Category::not_applicable},
    {"na", Category::not_applicable},
    {"not applicable", Category::not_applicable},
    {"withdrawn", Category::not_applicable},
    {"not relevant", Category::not_applicable, false},
    {"not started", Category::not_started},
    {"not yet started", Category::not_started},
    {"not begun", Category::not_started},
    {"yet to start", Category::not_started},
    {"to start", Category::not_started},
    {"planned", Category::not_started},
    {"to do", Category::not_started, false},
    {"open", Category::not_started, false},
    {"not yet due", Category::not_started, false},
    {"not complete", Category::in_progress, false},
    {"not yet complete", Category::in_progress, false},
    {"incomplete", Category::in_progress, false},
    {"partially complete", Category::in_progress},
    {"partially completed", Category::in_progress},
    {"partly complete", Category::in_progress},
    {"partially", Category::in_progress, false},
    {"partly", Category::in_progress, false},
    {"in progress", Category::in_progress},
    {"in-progress", Category::in_progress},
    {"ongoing", Category::in_progress},
    {"on-going", Category::in_progress},
    {"on track", Category::in_progress},
    {"started", Category::in_progress},
    {"underway", Category::in_progress},
    {"under way", Category::in_progress},
    {"in development", Category::in_progress},
    {"progressing", Category::in_progress, false},
    {"complete", Category::complete},
    {"completed", Category::complete},
    {"action complete", Category::complete},
    {"actions complete", Category::complete},
    {"action completed", Category::complete},
    {"done", Category::complete},
    {"closed", Category::complete},
    {"achieved", Category::complete},
    {"implemented", Category::complete},
    {"fully implemented", Category::complete},
    {"discharged", Category::complete},
    {"business as usual", Category::complete},  // done, and now part of the force's routine
    {"embedded", Category::complete},
    {"complete - business as usual", Category::complete},
    {"finished", Category::complete, false},
    {"delivered", Category::complete, false},
    {"met", Category::complete, false},
    {"resolved", Category::complete, false},
};

// Case and spacing evened out, a web page's no-break space ("On&nbsp;track")
// read as a space, and a closing full stop dropped.
std::string evened(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    bool nbsp = c == 0xC2 && i + 1 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0xA0;
    if (nbsp) ++i;
    if (std::isspace(c) || nbsp) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += char(std::tolower(c));
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  return out;
}

bool letter(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

// True when words stand in s as whole words ("closed" in "closed - see note",
// not "started" in "restarted").
bool has_words(const std::string& s, std::string_view words) {
  for (size_t at = s.find(words); at != std::string::npos; at = s.find(words, at + 1)) {
    size_t end = at + words.size();
    if ((at == 0 || !letter(s[at - 1])) && (end == s.size() || !letter(s[end]))) return true;
  }
  return false;
}

}  // namespace

std::optional<Category> default_scale_meaning(std::string_view status) {
  std::string s = evened(status);  // "In progress" is the same word as "In Progress"
  if (s == "not started") return Category::not_started;
  if (s == "in progress") return Category::in_progress;
  if (s == "complete") return Category::complete;
  return std::nullopt;
}

std::optional<Category> status_word_meaning(std::string_view word) {
  std::string w = evened(word);
  for (const StatusWord& s : status_words)
    if (s.plain && w == s.words) return s.means;
  return std::nullopt;
}

// "60% complete": the percentage says the work is under way, whatever the word.
static std::optional<int> status_percent(std::string_view status) {
  for (size_t at = status.find('%'); at != std::string_view::npos; at = status.find('%', at + 1)) {
    size_t start = at;
    while (start > 0 && std::isdigit(static_cast<unsigned char>(status[start - 1])) &&
           at - start < 3)
      --start;
    if (start == at) continue;
    return std::stoi(std::string(status.substr(start, at - start)));
  }
  return std::nullopt;
}

std::optional<Category> meaning_suggested_by(std::string_view status) {
  std::string s = evened(status);
  if (s.empty() || is_rag_word(status)) return std::nullopt;
  if (std::optional<int> percent = status_percent(status); percent && *percent < 100)
    return *percent == 0 ? Category::not_started : Category::in_progress;
  for (const StatusWord& row : status_words)
    if (has_words(s, row.words)) return row.means;
  return std::nullopt;
}

bool is_rag_word(std::string_view status) {
  std::string s = evened(status);
  if (s.rfind("rag", 0) == 0) {  // "RAG: Green", "RAG - Amber"
    size_t start = s.find_first_not_of(":- ", 3);
    s = start == std::string::npos ? "" : s.substr(start);
  }
  for (const char* w :
       {"red", "amber", "green", "blue", "green/amber", "amber/green", "amber/red", "red/amber"})
    if (s == w) return true;
  return false;
}

std::optional<Category> leading_word_meaning(std::string_view status) {
  size_t end = std::string_view::npos;
  for (std::string_view mark : {" \xE2\x80\x93", " \xE2\x80\x94", " - ", "(", "*", ":", ","})
    end = std::min(end, status.find(mark));
  if (end == std::string_view::npos || end == 0) return std::nullopt;
  std::string_view word = status.substr(0, end);
  while (!word.empty() && word.back() == ' ') word.remove_suffix(1);
  return status_word_meaning(word);
}

}  // namespace plan
