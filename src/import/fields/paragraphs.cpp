#include "import/fields/paragraphs.h"

#include <cctype>

namespace plan {

// A line broken mid-sentence (a PDF's text, a hard-wrapped page): the text
// so far stops without a sentence's end, and the next line starts in lower
// case or the text stops on a word that cannot end a sentence ("and").
bool wraps_onto(const std::string& text, std::string_view next) {
  if (text.empty() || next.empty()) return false;
  // A list item ("b) …", "(c) …", "- …") starts a line of its own.
  if (next.size() >= 2 && std::isalpha(static_cast<unsigned char>(next[0])) && next[1] == ')')
    return false;
  if (next.front() == '(' || next.front() == '-' || next.rfind("\xE2\x80\xA2", 0) == 0)
    return false;
  unsigned char last = static_cast<unsigned char>(text.back());
  if (!(std::isalnum(last) || last == ',')) return false;
  if (std::islower(static_cast<unsigned char>(next.front()))) return true;
  if (!std::islower(last) && last != ',') return false;
  // Words no sentence ends with: the line broke in the middle of one.
  static constexpr std::string_view joiners[] = {
      " and",   " or",      " the",   " of",      " to",    " a",       " an",    " in",
      " on",    " for",     " with",  " between", " by",    " from",    " at",    " as",
      " where", " which",   " that",  " who",     " when",  " whether", " is",    " are",
      " be",    " will",    " would", " should",  " could", " can",     " has",   " have",
      " their", " its",     " this",  " these",   " such",  " into",    " under", " within",
      " than",  " through", " so",    " was",     " were",  " been",    " our",   " all"};
  for (std::string_view j : joiners)
    if (text.size() > j.size() && text.compare(text.size() - j.size(), j.size(), j) == 0)
      return true;
  return false;
}

void append_paragraph(std::string& text, std::string_view paragraph) {
  // "re-" then "written to …": a word broken at a line's end (a PDF's text)
  // is one word again, its hyphen kept (it may be the word's own).
  if (text.size() >= 2 && text.back() == '-' &&
      std::isalpha(static_cast<unsigned char>(text[text.size() - 2])) && !paragraph.empty() &&
      std::islower(static_cast<unsigned char>(paragraph.front()))) {
    text += paragraph;
    return;
  }
  if (!text.empty()) {
    size_t para_start = text.rfind("\n\n");
    std::string last = para_start == std::string::npos ? text : text.substr(para_start + 2);
    text += wraps_onto(last, paragraph) ? " " : "\n\n";
  }
  text += paragraph;
}

}  // namespace plan
