#include "import/furniture.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace plan {
namespace {

// Phrases that mark a whole line as furniture wherever they occur in it.
constexpr std::string_view furniture_phrases[] = {
    "leave this site",
    "exit this site",
    "essential cookies",
    "additional cookies",
    "analytics cookies",
    "cookie settings",
    "cookie preferences",
    "customise cookies",
    "cookies notice",
    "cookie policy",
    "accept cookies",
    "accept all cookies",
    "reject cookies",
    "reject all cookies",
    "this site is a beta",
    "this is a new service",
    "there was a technical problem",
    "skip to main content",
    "share this page",
    "javascript is turned off",
};

// Lines that are furniture only when they are the whole line (buttons, links).
constexpr std::string_view furniture_lines[] = {
    "accept",      "reject", "accept all", "reject all", "hide this message",
    "back to top", "menu",   "close",      "search"};

// Longer lines are paragraphs of the plan, however they are worded: banners are short.
constexpr size_t longest_furniture = 600;

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  return out;
}

}  // namespace

bool is_page_furniture(std::string_view line) {
  if (line.empty() || line.size() > longest_furniture) return false;
  std::string lower = lower_ascii(line);
  for (std::string_view whole : furniture_lines)
    if (lower == whole) return true;
  for (std::string_view phrase : furniture_phrases)
    if (lower.find(phrase) != std::string::npos) return true;
  return false;
}

}  // namespace plan
