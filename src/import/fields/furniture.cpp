#include "import/fields/furniture.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "util/ascii_case.h"

namespace plan {
namespace {

struct Phrase {
  std::string_view words;
  std::string_view kind;
};

// Phrases that mark a whole line as furniture wherever they occur in it.
constexpr Phrase anywhere[] = {
    {"leave this site", "quick exit link"},
    {"exit this site", "quick exit link"},
    {"cookies on", "cookie banner"},
    {"use cookies", "cookie banner"},
    {"uses cookies", "cookie banner"},
    {"cookie settings", "cookie banner"},
    {"cookie preferences", "cookie banner"},
    {"cookie policy", "cookie banner"},
    {"cookies policy", "cookie banner"},
    {"cookies notice", "cookie banner"},
    {"accept cookies", "cookie banner"},
    {"reject cookies", "cookie banner"},
    {"all cookies", "cookie banner"},
    {"essential cookies", "cookie banner"},
    {"analytics cookies", "cookie banner"},
    {"additional cookies", "cookie banner"},
    {"recommended cookies", "cookie banner"},
    {"optional cookies", "cookie banner"},
    {"customise cookies", "cookie banner"},
    {"manage cookies", "cookie banner"},
    {"set cookies", "cookie banner"},
    {"about cookies", "cookie banner"},
    {"this site is a beta", "beta banner"},
    {"this is a new service", "beta banner"},
    {"there was a technical problem", "error notice"},
    {"javascript is turned off", "error notice"},
    {"share this page", "sharing links"},
    {"was this page helpful", "feedback question"},
    {"is this page useful", "feedback question"},
    {"did you find this page useful", "feedback question"},
    {"help us improve this page", "feedback question"},
    {"rate this page", "feedback question"},
    {"tell us how we can improve", "feedback question"},
    {"do not include personal information", "feedback form"},
    {"don't include personal information", "feedback form"},
    {"report a problem with this page", "feedback link"},
    {"open government licence", "licence line"},
    {"po box ", "postal address"},
};

// Phrases that mark a line as furniture when it starts with them.
constexpr Phrase at_start[] = {
    {"skip to", "skip link"},
    {"you are here", "breadcrumbs"},
    {"share on ", "sharing links"},
    {"share:", "sharing links"},
    {"follow us", "social media links"},
    {"\xC2\xA9", "copyright line"},  // ©
    {"copyright ", "copyright line"},
    {"(c) ", "copyright line"},
    {"page updated", "page date"},
    {"page last updated", "page date"},
    {"this page was last updated", "page date"},
    {"last updated", "page date"},
    {"last reviewed", "page date"},
    {"print this page", "print link"},
    {"download this page", "print link"},
};

// Lines that are furniture only when they are the whole line (buttons, links, markings).
constexpr Phrase whole[] = {
    {"download pdf", "document download link"},
    {"download (pdf)", "document download link"},
    {"download as pdf", "document download link"},
    {"download the pdf", "document download link"},
    {"accept", "cookie banner"},
    {"reject", "cookie banner"},
    {"accept all", "cookie banner"},
    {"reject all", "cookie banner"},
    {"hide this message", "cookie banner"},
    {"back to top", "back-to-top link"},
    {"top of page", "back-to-top link"},
    {"show all sections", "accordion control"},
    {"hide all sections", "accordion control"},
    {"show more", "expander control"},
    {"show more updates", "expander control"},
    {"show all updates", "expander control"},
    {"view all updates", "expander control"},
    {"show less", "expander control"},
    {"read more", "expander control"},
    {"menu", "navigation"},
    {"close", "navigation"},
    {"search", "navigation"},
    {"home", "navigation"},
    {"news", "navigation"},
    {"news and appeals", "navigation"},
    {"report", "navigation"},
    {"contact us", "navigation"},
    {"about us", "navigation"},
    // A police website's menu, one item a line in a reader's copy.
    {"report a crime", "navigation"},
    {"report it", "navigation"},
    {"report online", "navigation"},
    {"contact", "navigation"},
    {"advice", "navigation"},
    {"advice and information", "navigation"},
    {"appeals", "navigation"},
    {"latest news", "navigation"},
    {"careers", "navigation"},
    {"jobs", "navigation"},
    {"join us", "navigation"},
    {"get involved", "navigation"},
    {"your area", "navigation"},
    {"publications", "navigation"},
    {"our publications", "navigation"},
    {"media centre", "navigation"},
    {"newsroom", "navigation"},
    {"sign in", "navigation"},
    {"my account", "navigation"},
    {"a to z", "navigation"},
    {"a-z", "navigation"},
    {"hide this page", "navigation"},
    {"quick exit", "navigation"},
    {"exit this page", "navigation"},
    {"freedom of information", "navigation"},
    {"cymraeg", "language link"},
    {"english", "language link"},
    {"print", "print link"},
    {"yes no", "feedback answer"},
    {"yesno", "feedback answer"},
    {"ok, i'm happy", "cookie banner"},
    {"ok, i\xE2\x80\x99m happy", "cookie banner"},
    {"find a police station", "navigation"},
    {"yes / no", "feedback answer"},
    {"yes/no", "feedback answer"},
    {"official", "protective marking"},
    {"official-sensitive", "protective marking"},
    {"official - sensitive", "protective marking"},
    {"official sensitive", "protective marking"},
    {"official - public", "protective marking"},
    {"not protectively marked", "protective marking"},
    {"unclassified", "protective marking"},
    {"related pages", "related links"},
    {"on this page", "contents links"},
    {"contents", "contents links"},
    {"page contents", "contents links"},
    {"jump to", "contents links"},
    // A glossary after the plan: its heading, then its terms, to the end.
    {"glossary", "glossary"},
    {"glossary of terms", "glossary"},
    {"abbreviations", "glossary"},
    {"acronyms", "glossary"},
    {"abbreviations and acronyms", "glossary"},
    {"acronyms and abbreviations", "glossary"},
    {"key terms", "glossary"},
    {"related links", "related links"},
    {"useful links", "related links"},
    {"related content", "related links"},
    {"sitemap", "navigation"},
    {"site map", "navigation"},
    {"accessibility", "navigation"},
    // The links a site's footer carries, after the plan on a copied page.
    {"cookies", "footer link"},
    {"cookie notice", "footer link"},
    {"privacy", "footer link"},
    {"privacy notice", "footer link"},
    {"privacy policy", "footer link"},
    {"privacy and cookies", "footer link"},
    {"accessibility statement", "footer link"},
    {"website accessibility", "footer link"},
    {"terms and conditions", "footer link"},
    {"terms of use", "footer link"},
    {"terms", "footer link"},
    {"disclaimer", "footer link"},
    {"legal", "footer link"},
    {"freedom of information", "footer link"},
    {"modern slavery statement", "footer link"},
    {"data protection", "footer link"},
    {"your data", "footer link"},
    {"careers", "footer link"},
    {"jobs", "footer link"},
    {"complaints", "footer link"},
    {"feedback", "footer link"},
    {"social media", "footer link"},
    {"contact", "footer link"},
    {"help", "footer link"},
    {"support links", "related links"},
    {"footer links", "related links"},
    {"quick links", "related links"},
    {"more in this section", "related links"},
    {"in this section", "related links"},
    // A site's social media links, one a line after the plan.
    {"x (twitter)", "social media links"},
    {"twitter", "social media links"},
    {"facebook", "social media links"},
    {"instagram", "social media links"},
    {"linkedin", "social media links"},
    {"youtube", "social media links"},
    {"tiktok", "social media links"},
    {"threads", "social media links"},
    {"bluesky", "social media links"},
    {"nextdoor", "social media links"},
    {"flickr", "social media links"},
};

// The words of a site's footer and menu links: a line made of nothing else
// ("Privacy notice Cookies Accessibility", "Home News Contact us", links
// copied onto one line) is the site's, not the plan's.
constexpr std::string_view footer_words =
    " privacy notice policy cookies cookie accessibility statement terms"
    " conditions and of use contact us sitemap site map disclaimer legal"
    " freedom information modern slavery careers jobs complaints feedback"
    " help & | - \xC2\xB7 \xE2\x80\xA2 home news appeals about search menu"
    " report services get involved touch in the commissioner our what we do"
    " publications events ";

// Paragraphs that close a page: said to readers of the web page, not part of the plan.
constexpr Phrase closing_at_start[] = {
    {"if you have been affected", "helpline paragraph"},
    {"if you are affected", "helpline paragraph"},
    {"if you are in immediate danger", "helpline paragraph"},
    {"if you need support", "helpline paragraph"},
    {"if you would like support", "helpline paragraph"},
    {"if you are a victim", "helpline paragraph"},
    {"if you or someone you know", "helpline paragraph"},
    {"for more information", "contact paragraph"},
    {"for further information", "contact paragraph"},
    {"to report stalking", "contact paragraph"},
    {"you can contact", "contact paragraph"},
    {"contact us", "contact paragraph"},
    {"document owner:", "document control line"},
    {"review date:", "document control line"},
    {"next review date:", "document control line"},
    {"version control", "document control line"},
};

// Longer lines are paragraphs of the plan, however they are worded: banners are short.
constexpr size_t longest_furniture = 300;

bool is_digits(std::string_view s) {
  return !s.empty() && s.size() <= 4 &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// "Page 3 of 4", "Page 3", "3 of 4", "- 3 -": a printed page's number.
bool is_page_number(std::string_view lower) {
  if (lower.size() > 2 && lower.front() == '-' && lower.back() == '-') {
    std::string_view mid = lower.substr(1, lower.size() - 2);
    while (!mid.empty() && mid.front() == ' ') mid.remove_prefix(1);
    while (!mid.empty() && mid.back() == ' ') mid.remove_suffix(1);
    return is_digits(mid);
  }
  bool page = lower.rfind("page ", 0) == 0;
  if (page) lower.remove_prefix(5);
  size_t of = lower.find(" of ");
  if (of == std::string_view::npos) return page && is_digits(lower);
  return is_digits(lower.substr(0, of)) && is_digits(lower.substr(of + 4));
}

// "Home > About us > Publications", "Home / Advice / Stalking", "Home » Publications".
bool is_breadcrumbs(std::string_view lower) {
  if (lower.rfind("home", 0) != 0) return false;
  std::string_view rest = lower.substr(4);
  for (std::string_view sep : {" > ", " / ", " \xC2\xBB ", " \xE2\x80\xBA ", " | "})
    if (rest.rfind(sep, 0) == 0) return true;
  return false;
}

// "Westmere Police / Our plans / Stalking action plan": a trail of three or
// more short names joined by " / " or " > ", no sentence among them.
bool is_breadcrumb_trail(std::string_view lower) {
  if (lower.size() > 120 || lower.find_first_of(".:;?!") != std::string_view::npos) return false;
  for (std::string_view sep : {" / ", " > ", " \xC2\xBB ", " \xE2\x80\xBA "}) {
    int parts = 1, words = 0, most = 0;
    for (size_t at = 0; at < lower.size(); ++at) {
      if (lower.compare(at, sep.size(), sep) == 0) {
        ++parts;
        most = std::max(most, words);
        words = 0;
        at += sep.size() - 1;
      } else if (lower[at] == ' ') {
        ++words;
      }
    }
    most = std::max(most, words);
    if (parts >= 3 && most <= 5) return true;
  }
  return false;
}

int count_of(std::string_view lower, std::string_view word) {
  int n = 0;
  for (size_t at = lower.find(word); at != std::string_view::npos;
       at = lower.find(word, at + word.size()))
    ++n;
  return n;
}

// "Key: Green - complete; Amber - some risk; Red - off track": the colours' legend.
bool is_rag_legend(std::string_view lower) {
  int colours = int(count_of(lower, "green") > 0) + int(count_of(lower, "amber") > 0) +
                int(count_of(lower, "red") > 0);
  if (colours < 2) return false;
  for (std::string_view start : {"key", "rag key", "rag rating key", "legend", "rag legend"})
    if (lower.rfind(start, 0) == 0 && lower.size() > start.size() &&
        (lower[start.size()] == ':' || lower[start.size()] == ' '))
      return true;
  return lower.rfind("green -", 0) == 0 || lower.rfind("green:", 0) == 0 ||
         lower.rfind("green =", 0) == 0;
}

// "Key: G - on track; A - some risk; R - off track": the legend by letters.
bool is_rag_letter_legend(std::string_view lower) {
  bool keyed = false;
  for (std::string_view start : {"key:", "key -", "rag key:", "legend:", "rag:"})
    keyed = keyed || lower.rfind(start, 0) == 0;
  if (!keyed) return false;
  int letters = 0;
  for (std::string_view letter : {"g", "a", "r"})
    for (std::string_view join : {" - ", " = ", ": ", " \xE2\x80\x93 "})
      if (lower.find(" " + std::string(letter) + std::string(join)) != std::string_view::npos) {
        ++letters;
        break;
      }
  return letters >= 2;
}

// "Download the action plan (PDF, 312KB)", "Stalking action plan (Word, 1.2MB)",
// "Download: Action plan.pdf": a link to a file of the page, not its text.
// Only short lines naming a file's format are taken, so a sentence of the
// plan that mentions a PDF stays content.
bool is_document_link(std::string_view lower) {
  if (lower.size() > 120) return false;
  auto ends_with = [&](std::string_view tail) {
    return lower.size() >= tail.size() && lower.substr(lower.size() - tail.size()) == tail;
  };
  bool file_named = false;
  if (lower.back() == ')') {
    size_t open = lower.rfind('(');
    std::string_view inside =
        open == std::string_view::npos ? std::string_view{} : lower.substr(open + 1);
    for (std::string_view format : {"pdf", "word", "doc", "docx", "odt", "excel", "xls", "xlsx",
                                    "csv", "ods", "ppt", "pptx", "rtf"})
      if (inside.rfind(format, 0) == 0 &&
          (inside.size() == format.size() + 1 || inside[format.size()] == ',' ||
           inside[format.size()] == ' '))
        file_named = true;
  }
  for (std::string_view ext : {".pdf", ".docx", ".doc", ".xlsx", ".odt", ".csv"})
    if (ends_with(ext)) file_named = true;
  if (!file_named) return false;
  // A sentence ("... as set out in the plan (PDF)." ) ends with a full stop
  // and is kept; a link's text is short and does not.
  return lower.find(". ") == std::string_view::npos;
}

// At least three footer words and no other: "privacy notice cookies accessibility".
bool is_footer_line(std::string_view lower) {
  if (lower.size() > 120) return false;
  int words = 0;
  for (size_t at = 0; at < lower.size();) {
    size_t end = lower.find(' ', at);
    if (end == std::string_view::npos) end = lower.size();
    std::string_view word = lower.substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    if (footer_words.find(" " + std::string(word) + " ") == std::string_view::npos) return false;
    ++words;
  }
  return words >= 3;
}

std::string_view find_phrase(const std::string& lower) {
  for (const Phrase& p : whole)
    if (lower == p.words) return p.kind;
  for (const Phrase& p : anywhere)
    if (lower.find(p.words) != std::string::npos) return p.kind;
  for (const Phrase& p : at_start)
    if (lower.rfind(p.words, 0) == 0) return p.kind;
  return {};
}

}  // namespace

std::string_view furniture_kind(std::string_view line) {
  if (line.empty() || line.size() > longest_furniture) return {};
  std::string lower = ascii_lowered(line);
  if (std::string_view kind = find_phrase(lower); !kind.empty()) return kind;
  if (is_page_number(lower)) return "page number";
  if (is_breadcrumbs(lower) || is_breadcrumb_trail(lower)) return "breadcrumbs";
  if (is_rag_legend(lower) || is_rag_letter_legend(lower)) return "colour key";
  if (is_document_link(lower)) return "document download link";
  if (is_footer_line(lower)) return "footer links";
  return {};
}

bool is_page_furniture(std::string_view line) {
  return !furniture_kind(line).empty();
}

std::string_view closing_furniture_kind(std::string_view line) {
  if (line.empty() || line.size() > longest_furniture) return {};
  std::string lower = ascii_lowered(line);
  for (const Phrase& p : closing_at_start)
    if (lower.rfind(p.words, 0) == 0) return p.kind;
  return {};
}

bool opens_glossary(std::string_view kind) {
  return kind == "glossary";
}

bool opens_link_list(std::string_view kind) {
  return kind == "related links" || kind == "social media links" || kind == "sharing links";
}

bool is_link_text(std::string_view line) {
  if (line.empty() || line.size() > 60) return false;
  char last = line.back();
  return last != '.' && last != ':' && last != ';' && last != ',' && last != '?' &&
         line.find(": ") == std::string_view::npos;
}

}  // namespace plan
