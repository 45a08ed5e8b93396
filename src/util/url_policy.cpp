#include "util/url_policy.h"

#include <string>

namespace plan {

bool is_safe_url(std::string_view url) {
  std::string cleaned;
  for (char c : url)
    if (static_cast<unsigned char>(c) > 0x20 && c != 0x7f) cleaned += c;
  size_t colon = cleaned.find(':');
  if (colon == std::string::npos) return true;
  // A colon after /, ? or # is inside a relative path, query or fragment.
  size_t first_delim = cleaned.find_first_of("/?#");
  if (first_delim != std::string::npos && first_delim < colon) return true;
  std::string scheme;
  for (size_t i = 0; i < colon; ++i) {
    char c = cleaned[i];
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    bool scheme_char =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!scheme_char) return false;  // not a well-formed scheme: refuse rather than guess
    scheme += c;
  }
  return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

namespace {

// Every byte but ASCII letters, digits and those in keep as %XX.
std::string percent_encoded(std::string_view text, std::string_view keep) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool kept = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                keep.find(char(c)) != std::string_view::npos;
    if (kept) {
      out += char(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

}  // namespace

std::string encode_url(std::string_view url) {
  return percent_encoded(url, "-_.~!*'();:@&=+$,/?#[]%");
}

std::string encode_file_path(std::string_view path) {
  return percent_encoded(path, "-._~/");
}

}  // namespace plan
