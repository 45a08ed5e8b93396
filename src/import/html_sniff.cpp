// Telling a saved web page from text by its first bytes (import/html_text.h).
#include <algorithm>
#include <cctype>

#include "import/html_text.h"

namespace plan {
namespace {

bool contains_ci(std::string_view hay, std::string_view lower_needle) {
  auto it = std::search(hay.begin(), hay.end(), lower_needle.begin(), lower_needle.end(),
                        [](char a, char b) { return std::tolower((unsigned char)a) == b; });
  return it != hay.end();
}

}  // namespace

bool looks_like_html(std::string_view bytes) {
  size_t start = bytes.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  std::string_view head = bytes.substr(start, 15);
  if (bytes.substr(start, 3) == "\xEF\xBB\xBF") head = bytes.substr(start + 3, 15);
  return contains_ci(head, "<!doctype html") || contains_ci(head, "<html");
}

}  // namespace plan
