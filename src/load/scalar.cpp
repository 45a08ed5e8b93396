#include "load/scalar.h"

#include <cctype>

namespace plan {
namespace {

bool all_of(const std::string& s, size_t from, int (*pred)(int)) {
  if (from >= s.size()) return false;
  for (size_t i = from; i < s.size(); ++i)
    if (!pred(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

int is_octal(int c) {
  return c >= '0' && c <= '7';
}

bool is_real(const std::string& s) {
  // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
  size_t i = 0, n = s.size();
  auto digits = [&] {
    size_t start = i;
    while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    return i - start;
  };
  if (i < n && (s[i] == '-' || s[i] == '+')) ++i;
  size_t whole = digits();
  size_t frac = 0;
  if (i < n && s[i] == '.') {
    ++i;
    frac = digits();
  }
  if (whole == 0 && frac == 0) return false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < n && (s[i] == '-' || s[i] == '+')) ++i;
    if (digits() == 0) return false;
  }
  return i == n;
}

}  // namespace

ScalarType resolve_plain(const std::string& s) {
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return ScalarType::null;
  if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE")
    return ScalarType::boolean;
  size_t sign = (s[0] == '-' || s[0] == '+') ? 1 : 0;
  if (all_of(s, sign, ::isdigit)) return ScalarType::integer;
  if (s.size() > 2 && s[0] == '0' && s[1] == 'o' && all_of(s, 2, is_octal))
    return ScalarType::integer;
  if (s.size() > 2 && s[0] == '0' && s[1] == 'x' && all_of(s, 2, ::isxdigit))
    return ScalarType::integer;
  if (is_real(s)) return ScalarType::real;
  size_t dot = sign;
  if (s.compare(dot, 4, ".inf") == 0 || s.compare(dot, 4, ".Inf") == 0 ||
      s.compare(dot, 4, ".INF") == 0)
    return s.size() == dot + 4 ? ScalarType::real : ScalarType::string;
  if (s == ".nan" || s == ".NaN" || s == ".NAN") return ScalarType::real;
  return ScalarType::string;
}

}  // namespace plan
