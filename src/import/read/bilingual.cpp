#include "import/read/bilingual.h"

#include <string>

#include "import/fields/column_roles.h"
#include "import/fields/line_patterns.h"
#include "model/status_words.h"

namespace plan {
namespace {

constexpr std::string_view between_languages = " / ";

// A label the importer reads ("Owner", "Update (28/02/2025)", "Status").
bool is_known_label(std::string_view label) {
  switch (classify_line(std::string(label) + ": x").kind) {
    case LineKind::owner:
    case LineKind::update_note:
    case LineKind::update_date:
    case LineKind::update_status:
    case LineKind::dated_update:
    case LineKind::lead:
    case LineKind::response:
      return true;
    default:
      return column_role(label).kind != Column::unknown;
  }
}

// "Argymhelliad 7 / Recommendation 7" -> "Recommendation 7". With a dash
// between them ("Argymhelliad 7 – Recommendation 7"), only where the first
// part ends with the same number: "Theme – Recommendation 7" keeps its theme.
bool read_heading(std::string& text) {
  if (text.size() > 160) return false;
  for (std::string_view between :
       {between_languages, std::string_view(" \xE2\x80\x93 "), std::string_view(" - ")}) {
    size_t at = text.rfind(between);
    if (at == std::string::npos) continue;
    std::string_view first = trim_line(std::string_view(text).substr(0, at));
    std::string_view second = trim_line(std::string_view(text).substr(at + between.size()));
    LineShape heading = classify_line(second);
    if (heading.kind != LineKind::heading || classify_line(first).kind == LineKind::heading)
      continue;
    if (between != between_languages) {
      std::string number = std::to_string(heading.number);
      if (first.size() <= number.size() || first.substr(first.size() - number.size()) != number ||
          first[first.size() - number.size() - 1] != ' ')
        continue;
    }
    text = std::string(second);
    return true;
  }
  return false;
}

// "Perchennog / Owner: …" -> "Owner: …"; a status "Ar y gweill / In Progress" -> "In Progress".
bool read_label(std::string& text) {
  size_t colon = text.find(':');
  if (colon == std::string::npos || colon > 80) return false;
  std::string_view label(std::string_view(text).substr(0, colon));
  size_t at = label.rfind(between_languages);
  if (at == std::string_view::npos) return false;
  std::string_view first = trim_line(label.substr(0, at));
  std::string_view known = trim_line(label.substr(at + between_languages.size()));
  if (is_known_label(first) || !is_known_label(known)) return false;
  std::string value(trim_line(std::string_view(text).substr(colon + 1)));
  if (classify_line(std::string(known) + ": x").kind == LineKind::update_status) {
    size_t split = value.rfind(between_languages);
    std::string_view known_word =
        split == std::string::npos
            ? std::string_view()
            : trim_line(std::string_view(value).substr(split + between_languages.size()));
    if (!known_word.empty() && status_word_meaning(known_word)) value = std::string(known_word);
  }
  text = std::string(known) + ": " + value;
  return true;
}

}  // namespace

void read_bilingual_labels(std::vector<Block>& blocks) {
  for (Block& b : blocks) {
    if (b.kind == BlockKind::table_row || read_heading(b.text)) continue;
    if (b.text.find(between_languages) != std::string::npos) read_label(b.text);
  }
}

}  // namespace plan
