#include "util/suggest.h"

#include <algorithm>
#include <cctype>

namespace plan {

int edit_distance(const std::string& a, const std::string& b) {
  auto lower = [](char c) { return char(std::tolower(static_cast<unsigned char>(c))); };
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = int(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diag = row[0];
    row[0] = int(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      int up = row[j];
      int cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + cost});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string nearest(const std::string& word, const std::vector<std::string>& candidates) {
  if (word.size() > 200) return "";
  // A word of one or two letters is near almost anything ('x' is two edits
  // from 'id'): only a difference of case is suggested for it.
  int limit = word.size() <= 2 ? 0 : std::max(2, int(word.size()) / 3);
  std::string best;
  int best_distance = limit + 1;
  for (const std::string& c : candidates) {
    int d = edit_distance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string n = nearest(word, candidates);
  return n.empty() ? "" : "; did you mean '" + n + "'?";
}

std::string quoted_list(const std::vector<std::string>& items, const char* last_sep) {
  // Each once, in the order first given: never "'Open' or 'Open'".
  std::vector<std::string> unique;
  for (const std::string& item : items)
    if (std::find(unique.begin(), unique.end(), item) == unique.end()) unique.push_back(item);
  std::string out;
  for (size_t i = 0; i < unique.size(); ++i) {
    if (i > 0) out += i + 1 == unique.size() ? last_sep : ", ";
    out += "'" + unique[i] + "'";
  }
  return out;
}

}  // namespace plan
