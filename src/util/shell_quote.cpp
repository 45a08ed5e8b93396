#include "util/shell_quote.h"

#include <string_view>

namespace plan {

std::string shell_quoted(const std::string& text) {
  bool plain = !text.empty();
  for (unsigned char c : text)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          std::string_view("-_./,:=@%+").find(char(c)) != std::string_view::npos))
      plain = false;
  if (plain) return text;
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace plan
