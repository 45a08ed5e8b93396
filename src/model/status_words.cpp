#include "model/status_words.h"

#include <cctype>
#include <string>

namespace plan {
namespace {

struct StatusWord {
  std::string_view words;  // lower case, single spaces, punctuation kept
  Category means;
};

// One row a wording; checked whole, after case and spacing are evened out.
constexpr StatusWord status_words[] = {
    {"not started", Category::not_started},
    {"not yet started", Category::not_started},
    {"not begun", Category::not_started},
    {"to start", Category::not_started},
    {"yet to start", Category::not_started},
    {"planned", Category::not_started},
    {"in progress", Category::in_progress},
    {"in-progress", Category::in_progress},
    {"ongoing", Category::in_progress},
    {"on-going", Category::in_progress},
    {"on track", Category::in_progress},
    {"started", Category::in_progress},
    {"underway", Category::in_progress},
    {"under way", Category::in_progress},
    {"partially complete", Category::in_progress},
    {"partially completed", Category::in_progress},
    {"partly complete", Category::in_progress},
    {"in development", Category::in_progress},
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
    {"n/a", Category::not_applicable},
    {"na", Category::not_applicable},
    {"not applicable", Category::not_applicable},
    {"withdrawn", Category::not_applicable},
};

std::string evened(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    bool nbsp = c == 0xC2 && i + 1 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0xA0;
    if (nbsp) ++i;  // a web page's no-break space ("On&nbsp;track") is a space
    if (std::isspace(c) || nbsp) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += char(std::tolower(c));
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '.')) out.pop_back();
  return out;
}

}  // namespace

std::optional<Category> status_word_meaning(std::string_view word) {
  std::string w = evened(word);
  for (const StatusWord& s : status_words)
    if (w == s.words) return s.means;
  return std::nullopt;
}

}  // namespace plan
