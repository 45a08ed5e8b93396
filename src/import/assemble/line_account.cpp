#include "import/assemble/line_account.h"

#include <algorithm>

namespace plan {

void LineAccount::set(int line, LineFate fate, std::string what) {
  if (line < 1) return;
  if (lines.size() < size_t(line)) lines.resize(size_t(line));
  lines[size_t(line - 1)] = {fate, std::move(what)};
}

void LineAccount::name_recommendation(int first, int last, int number) {
  std::string prefix = "recommendation " + std::to_string(number) + ": ";
  for (int l = std::max(first, 1); l <= last && size_t(l) <= lines.size(); ++l) {
    LineEntry& e = lines[size_t(l - 1)];
    if (e.fate == LineFate::taken && e.what.rfind("recommendation ", 0) != 0)
      e.what = prefix + e.what;
  }
}

int LineAccount::count(LineFate fate) const {
  return int(std::count_if(lines.begin(), lines.end(),
                           [&](const LineEntry& e) { return e.fate == fate; }));
}

}  // namespace plan
