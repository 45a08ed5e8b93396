// Telling a saved web page from text by its first bytes (import/html_text.h).
#include "import/read/html_text.h"
#include "util/ascii_case.h"

namespace plan {

bool looks_like_html(std::string_view bytes) {
  size_t start = bytes.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  std::string_view head = bytes.substr(start, 15);
  if (bytes.substr(start, 3) == "\xEF\xBB\xBF") head = bytes.substr(start + 3, 15);
  return contains_ignoring_case(head, "<!doctype html") || contains_ignoring_case(head, "<html");
}

}  // namespace plan
