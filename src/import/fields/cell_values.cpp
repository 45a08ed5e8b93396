#include "import/fields/cell_values.h"

#include <cctype>

#include "import/fields/line_patterns.h"
#include "import/fields/text_cursor.h"

namespace plan {
namespace {

// "Recommendation 7", "Rec. 7", "Rec7", "R7", "No. 7", "#7": the words before the number.
void skip_number_prefix(TextCursor& c) {
  for (std::string_view prefix : {"Recommendation", "Rec.", "Rec", "No.", "No", "#"}) {
    if (c.take_ci(prefix)) {
      c.skip_spaces();
      return;
    }
  }
  // "R7": a lone R right before the digits.
  if (c.text.size() > 1 && (c.text[0] == 'R' || c.text[0] == 'r') &&
      std::isdigit(static_cast<unsigned char>(c.text[1])))
    c.at = 1;
}

}  // namespace

std::string cell_rag_colour(std::string_view value) {
  value = trim_line(value);
  for (std::string_view colour : {"red", "amber", "green", "blue"}) {
    TextCursor c{value};
    if ((value.size() == colour.size() && c.take_ci(colour)) ||
        (value.size() == 1 && std::tolower(static_cast<unsigned char>(value[0])) == colour[0]))
      return std::string(colour);
  }
  return "";
}

RagAndStatus split_rag_status(std::string_view value) {
  value = trim_line(value);
  if (value.size() > 60) return {};
  constexpr std::string_view joins[] = {
      " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", ": ", " / ", ", ", " ("};
  for (std::string_view join : joins) {
    size_t at = value.find(join);
    if (at == std::string_view::npos) continue;
    std::string_view left = trim_line(value.substr(0, at));
    std::string_view right = trim_line(value.substr(at + join.size()));
    if (join == " (") {
      if (right.empty() || right.back() != ')') continue;
      right = trim_line(right.substr(0, right.size() - 1));
    }
    if (left.empty() || right.empty()) continue;
    // A lone letter ("G - Complete") is too little to read as a colour here.
    if (left.size() > 1) {
      if (std::string colour = cell_rag_colour(left); !colour.empty()) return {colour, right};
    }
    if (right.size() > 1) {
      if (std::string colour = cell_rag_colour(right); !colour.empty()) return {colour, left};
    }
  }
  // "Complete Green", "Amber In progress" (two badges side by side): a
  // colour's whole word at either end, spelled out.
  for (size_t at : {value.find(' '), value.rfind(' ')}) {
    if (at == std::string_view::npos) continue;
    std::string_view left = trim_line(value.substr(0, at)), right = trim_line(value.substr(at + 1));
    if (left.size() > 2 && !cell_rag_colour(left).empty() && cell_rag_colour(right).empty())
      return {cell_rag_colour(left), right};
    if (right.size() > 2 && !cell_rag_colour(right).empty() && cell_rag_colour(left).empty())
      return {cell_rag_colour(right), left};
  }
  return {};
}

bool read_number_cell(std::string_view value, std::optional<int>& number,
                      std::string& evidence_id) {
  TextCursor c{trim_line(value)};
  skip_number_prefix(c);
  bool bracketed = c.take('(');  // "(7)", as a list numbers it; "7)" too
  auto rec = c.take_number(4);
  if (!rec) return false;
  std::string id;
  if (c.take('.')) {
    // "7." is 7; "7.1" is evidence requirement 1 of 7.
    if (auto part = c.take_number(4)) id = std::to_string(*rec) + "." + std::to_string(*part);
  }
  c.take('.');
  c.take(':');
  if (!c.take(')') && bracketed) return false;
  c.skip_spaces();
  if (!c.done()) return false;
  number = *rec;
  evidence_id = id;
  return true;
}

std::string_view take_inline_status(std::string_view& note) {
  for (std::string_view key : {" Status:", " RAG:", " Status -"}) {
    size_t at = note.rfind(key);
    if (at == std::string_view::npos) continue;
    std::string_view status = trim_line(note.substr(at + key.size()));
    // "… Status: In progress." ends the sentence: the full stop is not the status's.
    if (status.size() > 1 && status.back() == '.') status.remove_suffix(1);
    note = trim_line(note.substr(0, at));
    return status;
  }
  return {};
}

}  // namespace plan
