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
    "skip to content",
    "share this page",
    "javascript is turned off",
};

// Lines that are furniture only when they are the whole line (buttons, links).
constexpr std::string_view furniture_lines[] = {"accept",
                                                "reject",
                                                "accept all",
                                                "reject all",
                                                "hide this message",
                                                "back to top",
                                                "menu",
                                                "close",
                                                "search",
                                                "print this page",
                                                "print",
                                                "was this page helpful?",
                                                "was this page helpful",
                                                "yes no",
                                                "yes / no",
                                                "report a problem with this page",
                                                "related pages",
                                                "related links",
                                                "official",
                                                "official sensitive",
                                                "official-sensitive",
                                                "home",
                                                "contact us",
                                                "sitemap",
                                                "accessibility",
                                                "cookies on our website",
                                                "cookies on this website",
                                                "cookies on this site"};

// Lines that are furniture when they start so: footers and page stamps.
constexpr std::string_view furniture_starts[] = {
    "page last updated", "this page was last updated", "was this page helpful", "\xC2\xA9 ",
    "copyright \xC2\xA9", "follow us on ", "you are here:",
    // A RAG legend under a table: "Key: Green - complete or on track; …".
    "key: green", "key: red", "key: amber", "rag key:",
    // Breadcrumbs: "Home > About us > Publications".
    "home > ", "home / ", "home \xC2\xBB ", "home \xE2\x80\xBA "};

// "Page 3 of 4", as a PDF's text or a printed page carries it.
bool is_page_number(std::string_view lower) {
  auto digits = [&](size_t& i) {
    size_t start = i;
    while (i < lower.size() && std::isdigit(static_cast<unsigned char>(lower[i]))) ++i;
    return i > start;
  };
  if (lower.rfind("page ", 0) != 0) return false;
  size_t i = 5;
  if (!digits(i) || lower.substr(i, 4) != " of ") return false;
  i += 4;
  return digits(i) && i == lower.size();
}

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
  for (std::string_view start : furniture_starts)
    if (lower.rfind(start, 0) == 0) return true;
  if (is_page_number(lower)) return true;
  for (std::string_view phrase : furniture_phrases)
    if (lower.find(phrase) != std::string::npos) return true;
  return false;
}

}  // namespace plan
