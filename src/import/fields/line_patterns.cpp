#include "import/fields/line_patterns.h"

#include <cctype>

#include "import/fields/cell_values.h"
#include "import/fields/column_roles.h"
#include "import/fields/furniture.h"
#include "import/fields/text_cursor.h"
#include "model/status_words.h"
#include "util/ascii_case.h"
#include "util/utf8.h"

namespace plan {
namespace {

bool is_upper_start(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s.front());
  // Non-ASCII starts (a curly quote, an accented capital) count: only a
  // lowercase ASCII letter or a digit says "this is a sentence going on".
  return std::isupper(c) || c >= 0x80 || c == '"' || c == '\'';
}

// "Evidence requirements of progress/completion", with or without the s,
// spaces around the slash, and the colon (or dash) after it.
bool take_evidence_label(TextCursor& c) {
  TextCursor t = c;
  if (!t.take_ci("Evidence requirement")) return false;
  t.take_ci("s");
  t.skip_spaces();
  if (!t.take_ci("of")) return false;
  t.skip_spaces();
  if (!t.take_ci("progress")) return false;
  t.skip_spaces();
  if (!t.take('/')) return false;
  t.skip_spaces();
  if (!t.take_ci("completion")) return false;
  t.skip_spaces();
  if (!t.take(':')) t.take_dash();
  t.skip_spaces();
  c = t;
  return true;
}

// A number of more digits than a recommendation has ("Recommendation
// 10000"): still a heading, numbered past_largest_number, so the importer
// refuses it instead of reading it as the text of the one before.
std::optional<int> take_heading_number(TextCursor& c) {
  if (auto number = c.take_number(4)) return number;
  if (!c.skip_digits()) return std::nullopt;
  return past_largest_number;
}

// "No. ", "number ", "#" between the word and the number ("Recommendation
// No. 7", "Rec #7"): passed over.
void skip_number_word(TextCursor& c) {
  for (std::string_view word : {"No.", "No", "Number", "#"}) {
    TextCursor t = c;
    if (!t.take_ci(word)) continue;
    t.skip_spaces();
    if (t.peek_digit()) {
      c = t;
      return;
    }
  }
}

// "Recommendation ", "Rec. ", "Rec ", "R" right before the digits.
bool take_heading_word(TextCursor& c) {
  bool taken = false;
  // Other inspectorates number their findings so: HMICFRS's areas for
  // improvement of a fire service, the CQC's "must do" actions.
  for (std::string_view word : {"Area for improvement", "AFI", "Must do", "Should do"}) {
    TextCursor probe = c;
    if (probe.take_ci(word) && probe.skip_spaces() && probe.peek_digit()) {
      c = probe;
      return true;
    }
  }
  if (c.take_ci("Recommendation"))
    taken = c.skip_spaces();
  else if (c.take_ci("Rec."))
    taken = (c.skip_spaces(), true);
  else if (c.take_ci("Rec"))
    taken = c.skip_spaces() || c.peek() == '#';
  else
    return (c.take('R') || c.take('r')) && c.peek_digit();
  if (taken) skip_number_word(c);
  return taken;
}

// "seven", "Twenty-Eight": a recommendation's number written as words.
std::optional<int> take_number_word(TextCursor& c) {
  static constexpr std::string_view words[] = {
      "one",     "two",     "three",     "four",     "five",     "six",      "seven",
      "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen", "fourteen",
      "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  static constexpr std::string_view tens[] = {"twenty", "thirty", "forty"};
  auto take_word = [](TextCursor& at, size_t count) -> int {
    // Longest first, so "seventeen" is not "seven".
    int best = 0;
    size_t best_size = 0;
    for (size_t i = 0; i < count; ++i) {
      TextCursor probe = at;
      if (words[i].size() > best_size && probe.take_ci(words[i]) &&
          (probe.done() || !std::isalpha(static_cast<unsigned char>(probe.peek())))) {
        best = int(i) + 1;
        best_size = words[i].size();
      }
    }
    at.at += best_size;
    return best;
  };
  for (size_t t = 0; t < std::size(tens); ++t) {
    TextCursor probe = c;
    if (!probe.take_ci(tens[t])) continue;
    int value = int(t + 2) * 10;
    TextCursor unit = probe;
    if (unit.take('-') || unit.take(' '))
      if (int n = take_word(unit, 9)) {
        c = unit;
        return value + n;
      }
    if (probe.done() || !std::isalpha(static_cast<unsigned char>(probe.peek()))) {
      c = probe;
      return value;
    }
  }
  if (int n = take_word(c, std::size(words))) return n;
  return std::nullopt;
}

// "vii", "XIV": a recommendation's number in roman numerals (1 to 39).
std::optional<int> take_roman_number(TextCursor& c) {
  auto value = [](char ch) {
    switch (std::tolower(static_cast<unsigned char>(ch))) {
      case 'i':
        return 1;
      case 'v':
        return 5;
      case 'x':
        return 10;
      default:
        return 0;
    }
  };
  TextCursor probe = c;
  std::string letters;
  while (!probe.done() && value(probe.peek()) && letters.size() < 7)
    letters += probe.text[probe.at++];
  if (letters.empty() || (!probe.done() && std::isalnum(static_cast<unsigned char>(probe.peek()))))
    return std::nullopt;
  // One case throughout, so "Vi" is no numeral.
  bool lower = std::islower(static_cast<unsigned char>(letters[0]));
  int total = 0;
  for (size_t i = 0; i < letters.size(); ++i) {
    if (bool(std::islower(static_cast<unsigned char>(letters[i]))) != lower) return std::nullopt;
    int v = value(letters[i]), next = i + 1 < letters.size() ? value(letters[i + 1]) : 0;
    total += v < next ? -v : v;
  }
  // Only the canonical spelling: "iiii" or "vx" is a word, not a number.
  static constexpr std::string_view ones[] = {"",  "i",  "ii",  "iii",  "iv",
                                              "v", "vi", "vii", "viii", "ix"};
  if (total < 1 || total > 39) return std::nullopt;
  std::string canonical = std::string(size_t(total / 10), 'x') + std::string(ones[total % 10]);
  std::string lowered;
  for (char ch : letters) lowered += char(std::tolower(static_cast<unsigned char>(ch)));
  if (lowered != canonical) return std::nullopt;
  c = probe;
  return total;
}

bool classify_heading(std::string_view line, LineShape& shape) {
  TextCursor c{line};
  if (!take_heading_word(c)) return false;
  auto number = take_heading_number(c);
  if (!number) number = take_number_word(c);
  if (!number) number = take_roman_number(c);
  if (!number) return false;
  // "Twenty-Eight": a number word joined to another is no number this reads.
  if (c.peek() == '-' && c.at + 1 < line.size() &&
      std::isalpha(static_cast<unsigned char>(line[c.at + 1])))
    return false;
  c.skip_spaces();
  // "Recommendation 7 of 28": the count after the number is no text.
  if (TextCursor of = c; of.take_ci("of") && of.skip_spaces() && of.skip_digits()) {
    c = of;
    c.skip_spaces();
  }
  LineShape heading;
  heading.kind = LineKind::heading;
  heading.number = *number;
  heading.text = line.substr(line.size());
  // "Recommendation 7 (Complete)", "(continued)", "(risk)": a badge, a page
  // break's repeat, or the heading's title in brackets.
  if (c.peek() == '(' && line.back() == ')') {
    std::string_view inside = trim_line(line.substr(c.at + 1, line.size() - c.at - 2));
    if (inside.find_first_of("()") != std::string_view::npos) return false;
    std::string lower = ascii_lowered(inside);
    if (lower == "continued" || lower == "cont." || lower == "cont'd" || lower == "contd")
      heading.continued = true;
    else if (is_status_badge(inside))
      heading.status = inside;
    else
      heading.text = inside;
    shape = heading;
    return true;
  }
  // "Recommendation 10, Training on stalking,": GOV.UK's accordion heading,
  // whose commas are for screen readers. A short title only: after a comma
  // a longer text is a sentence ("Recommendation 7, which asked …").
  if (TextCursor comma = c; comma.take(',')) {
    std::string_view title = trim_line(comma.rest());
    // (The copied page has the accordion button's words too.)
    for (std::string_view toggle : {"hide this section", "show this section"})
      if (title.size() >= toggle.size() &&
          ascii_lowered(title.substr(title.size() - toggle.size())) == toggle)
        title = trim_line(title.substr(0, title.size() - toggle.size()));
    while (!title.empty() && title.back() == ',')
      title = trim_line(title.substr(0, title.size() - 1));
    if (title.empty() || title.size() > 80 || title.back() == '.' ||
        title.find(',') != std::string_view::npos)
      return false;
    heading.text = title;
    shape = heading;
    return true;
  }
  if (!c.done() && !c.take(':') && !c.take('.') && !c.take_dash()) {
    // "Recommendation 17 Complete": a heading with its status badge beside
    // it. Any other word after the number is a sentence.
    if (!is_status_badge(trim_line(c.rest()))) return false;
    heading.status = trim_line(c.rest());
    shape = heading;
    return true;
  }
  c.skip_spaces();
  // "Recommendation 7 – Complete": the badge after a dash is no title either.
  if (is_status_badge(c.rest()))
    heading.status = c.rest();
  else
    heading.text = c.rest();
  shape = heading;
  return true;
}

// "Crime recording (recommendation 7)": a subject heading naming its number.
bool classify_named_heading(std::string_view line, LineShape& shape) {
  if (line.size() > 120 || line.empty() || line.back() != ')') return false;
  size_t open = line.rfind('(');
  if (open == std::string_view::npos) return false;
  TextCursor c{line.substr(open + 1, line.size() - open - 2)};
  if (!c.take_ci("recommendation") || !c.skip_spaces()) return false;
  auto number = take_heading_number(c);
  if (!number || !c.done()) return false;
  shape.kind = LineKind::heading;
  shape.number = *number;
  shape.text = trim_line(line.substr(0, open));
  return true;
}

// "1. Introduction", "2 Background": a short numbered title with no full stop.
bool classify_section(std::string_view line, LineShape& shape) {
  if (parse_uk_date(line)) return false;  // "14 February 2025": a date, not section 14
  TextCursor c{line};
  auto number = c.take_number(2);
  if (!number) return false;
  c.take('.');
  if (!c.skip_spaces() || !is_upper_start(c.rest())) return false;
  std::string_view title = c.rest();
  if (title.size() > 60 || title.back() == '.' || title.find(':') != std::string_view::npos)
    return false;
  int words = 1;
  for (char ch : title) words += ch == ' ';
  if (words > 6) return false;
  shape.kind = LineKind::section;
  shape.number = *number;
  shape.text = title;
  return true;
}

// "We accept this recommendation …", "Response: …": the force answering.
bool classify_response(std::string_view line, LineShape& shape) {
  for (std::string_view start :
       {"We accept", "We fully accept", "We partially accept", "We partly accept",
        "We do not accept", "We agree", "The force accepts", "The force partially accepts",
        "The force has accepted", "Accepted.", "Accepted:", "Partially accepted",
        "Our response:", "Response:"}) {
    TextCursor c{line};
    if (c.take_ci(start)) {
      shape.kind = LineKind::response;
      shape.text = line;
      return true;
    }
  }
  return false;
}

// "Update (21/11/2024): note", "Progress (March 2025): note. Status: In
// progress - 60%": a dated update on one line, its status at the end.
// "Update March 2025", "November 2024 update", "Progress update - 14/01/2025",
// "Latest update (Jan 2025)": an update's label with its date; the date, or nullopt.
std::optional<WrittenDate> dated_update_label(std::string_view label) {
  if (label.size() > 60) return std::nullopt;
  std::optional<WrittenDate> date = find_uk_date(label);
  if (!date) return std::nullopt;
  size_t at = label.find(date->text);
  std::string words;
  for (std::string_view part : {label.substr(0, at), label.substr(at + date->text.size())})
    for (char ch : part) {
      unsigned char c = static_cast<unsigned char>(ch);
      if (std::isalpha(c))
        words += char(std::tolower(c));
      else if (!words.empty() && words.back() != ' ')
        words += ' ';
    }
  while (!words.empty() && words.back() == ' ') words.pop_back();
  for (std::string_view known :
       {"update", "progress update", "progress", "latest update", "force update", "updated"})
    if (words == known) return date;
  return std::nullopt;
}

bool classify_dated_update(std::string_view line, LineShape& shape) {
  TextCursor c{line};
  std::optional<WrittenDate> date;
  if (c.take_ci("Update") || c.take_ci("Progress update") || c.take_ci("Progress")) {
    c.skip_spaces();
    size_t close = c.take('(') ? line.find(')', c.at) : std::string_view::npos;
    if (close != std::string_view::npos) {
      date = parse_uk_date(trim_line(line.substr(c.at, close - c.at)));
      c.at = close + 1;
      c.skip_spaces();
    }
  }
  bool dashed = false;  // "10 March 2025 – …": the date and its dash taken
  if (!date && line.find(" Status:") != std::string_view::npos) {
    // "10 March 2025 – Guidance drafted. Status: In progress": a dated
    // update of a list, its date before a dash, its status at its end.
    TextCursor at_date{line};
    if (std::optional<WrittenDate> first = read_uk_date(at_date);
        first && at_date.skip_spaces() && at_date.take_dash()) {
      date = first;
      c = at_date;
      dashed = true;
    }
  }
  if (date) {
    if (!dashed && !c.take(':') && !c.take_dash()) return false;
  } else {
    // The label's date elsewhere in it: "Update March 2025:", "November 2024 update:".
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    std::string_view label = trim_line(line.substr(0, colon));
    date = dated_update_label(label);
    // "November 2024: … Status: In progress" (a dated list of updates): a
    // date alone as the label, where the line gives its status too.
    if (!date && line.find(" Status:") != std::string_view::npos)
      if (std::optional<WrittenDate> only = parse_uk_date(label);
          only && only->text.size() == label.size())
        date = only;
    if (!date) return false;
    c.at = colon + 1;
  }
  c.skip_spaces();
  std::string_view note = c.rest();
  shape.status = take_inline_status(note);
  shape.kind = LineKind::dated_update;
  shape.date = date;
  shape.text = note;
  return true;
}

// "Owner: …", "Force Update: …", "Date of update: …", "RAG status: …": a
// label from the one vocabulary of fields (column_roles.h), as a table's
// column heading would be read.
bool classify_key(std::string_view line, LineShape& shape) {
  std::optional<LabelledField> field = labelled_field(line);
  if (!field) return false;
  switch (field->role.kind) {
    case Column::owner:
      shape.kind = LineKind::owner;
      break;
    case Column::update:
      shape.kind = field->role.date ? LineKind::dated_update : LineKind::update_note;
      shape.date = field->role.date;
      break;
    case Column::date:
      shape.kind = LineKind::update_date;
      break;
    case Column::status:
    case Column::rag:
      shape.kind = LineKind::update_status;
      break;
    case Column::deadline:
    case Column::target: {
      // "Deadline: 27 March 2025", "Due by: 27/03/2025" on a line of its own:
      // the recommendation's deadline, as "By 27 March 2025," gives it.
      std::optional<WrittenDate> date = parse_uk_date(trim_line(field->value));
      if (!date || !date->value || field->role.kind == Column::target) return false;
      shape.kind = LineKind::dated_part;
      shape.date = date;
      shape.text = std::string_view();
      return true;
    }
    case Column::text: {
      // "Recommendation: By 27 March 2025, …": the label names the text that
      // follows; the line is read as that text.
      std::string_view value = trim_line(field->value);
      if (value.empty()) return false;
      LineShape inner = classify_line(value);
      if (inner.kind != LineKind::dated_part && inner.kind != LineKind::paragraph) return false;
      shape = inner;
      return true;
    }
    default:
      return false;
  }
  shape.text = trim_line(field->value);
  return true;
}

bool classify_evidence(std::string_view line, LineShape& shape) {
  TextCursor c{line};
  if (take_evidence_label(c)) {
    shape.kind = LineKind::evidence_without_id;
    shape.text = c.rest();
    return true;
  }
  // "ER 13.1 …", "Evidence requirement 13.1: …": the id after its name.
  for (std::string_view name : {"Evidence requirement", "ER"}) {
    TextCursor t = c;
    if (!t.take_ci(name)) continue;
    if (name.size() > 2) t.take_ci("s");
    if (t.skip_spaces() && t.peek_digit()) c = t;
    break;
  }
  auto rec = c.take_number(4);
  if (!rec || !c.take('.')) return false;
  auto part = c.take_number(4);
  if (!part) return false;
  std::string id = std::to_string(*rec) + "." + std::to_string(*part);
  bool spaced = c.skip_spaces();
  bool separated = c.take_dash() || c.take(':');
  if (!spaced && !separated && !c.done()) return false;  // "7.1.2", "7.1%": not an id
  c.skip_spaces();
  bool labelled = take_evidence_label(c);
  // Without a dash or label, "3.5 million victims" is a sentence, not an id.
  if (!separated && !labelled && !c.done() && !is_upper_start(c.rest())) return false;
  shape.kind = LineKind::evidence;
  shape.number = *rec;
  shape.evidence_id = id;
  shape.text = c.rest();
  return true;
}

bool classify_lead(std::string_view line, LineShape& shape) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon > 60) return false;
  std::string_view role = trim_line(line.substr(0, colon));
  std::string_view name = trim_line(line.substr(colon + 1));
  if (name.empty() || role.size() < 4) return false;
  TextCursor end{role, role.size() - 4};
  // "Lead:" alone is the recommendation's owner; "Executive Lead:" a role.
  if (role.size() < 6 || !end.take_ci("Lead") || role[role.size() - 5] != ' ') return false;
  int words = 1;
  for (char ch : role) {
    if (ch == ' ')
      ++words;
    else if (!std::isalpha(static_cast<unsigned char>(ch)) && ch != '-')
      return false;
  }
  if (words > 4) return false;
  shape.kind = LineKind::lead;
  shape.role = role;
  shape.text = name;
  return true;
}

// "Chief constables should, by 27 March 2025, …": the report's own sentence;
// the cursor is moved to the date when the line starts so.
bool take_should_by(TextCursor& c) {
  std::string_view head = c.text.substr(0, std::min<size_t>(c.text.size(), 80));
  for (std::string_view words : {" should, by ", " should by "}) {
    size_t at = head.find(words);
    if (at == std::string_view::npos || !is_upper_start(head)) continue;
    c.at = at + words.size();
    return true;
  }
  return false;
}

bool classify_dated_part(std::string_view line, LineShape& shape) {
  TextCursor c{line};
  bool by = (c.take_ci("By") && c.skip_spaces()) || take_should_by(c);
  if (!by) c.at = 0;
  auto date = read_uk_date(c);
  if (!date) return false;
  c.skip_spaces();
  std::string_view note;
  if (c.peek() == '(') {
    size_t close = line.find(')', c.at);
    if (close != std::string_view::npos) {
      note = trim_line(line.substr(c.at + 1, close - c.at - 1));
      c.at = close + 1;
      c.skip_spaces();
    }
  }
  bool separated = c.take(',') || c.take(':') || c.take_dash();
  // A sentence may begin with a date ("11 November 2024 saw …"); a deadline
  // has "By", a note or a separator after the date.
  if (!by && note.empty() && !separated) return false;
  c.skip_spaces();
  // "By 27 March 2025" as a paragraph of its own, the text in the next.
  while (!c.done() && (c.peek() == '\n' || c.peek() == ' ')) ++c.at;
  shape.kind = LineKind::dated_part;
  shape.date = date;
  shape.note = note;
  shape.text = c.rest();
  return true;
}

// "12. By 27 March 2025, …", "12) By …", "12 – By …": a recommendation
// numbered in front of its dated text, as a list or a PDF gives it. Read
// as "Recommendation 12: By 27 March 2025, …" is.
bool classify_numbered_part(std::string_view line, LineShape& shape) {
  TextCursor c{line};
  auto number = c.take_number(3);
  if (!number || *number == 0) return false;
  // The mark after the number is needed: "12 By 27 March 2025 …" with none
  // is a row of a PDF's table, its other columns in the lines after it.
  if (!c.take('.') && !c.take(')') && !c.take(':') && !c.take_dash()) return false;
  if (!c.skip_spaces()) return false;
  // Runs of spaces or a tab after it: a PDF's columns side by side, which
  // are refused as a whole, never read as one recommendation's text.
  if (c.rest().find("   ") != std::string_view::npos ||
      c.rest().find('\t') != std::string_view::npos)
    return false;
  LineShape part;
  if (!classify_dated_part(c.rest(), part) || part.text.empty()) return false;
  shape.kind = LineKind::heading;
  shape.number = *number;
  shape.text = c.rest();
  shape.listed = true;
  return true;
}

}  // namespace

// "Complete", "In progress 60%", "Green", "Complete (Green)": words a
// heading's status badge holds, not a title.
bool is_status_badge(std::string_view words) {
  if (words.empty() || words.back() == '.') return false;
  StatusValue value = parse_status_value(words);
  return status_word_meaning(value.percent ? std::string_view(value.status) : words).has_value() ||
         !cell_rag_colour(words).empty() || !split_rag_status(words).colour.empty();
}

std::string_view trim_line(std::string_view line) {
  auto space_at_front = [&] {
    if (line.empty()) return size_t(0);
    if (line.front() == ' ' || line.front() == '\t' || line.front() == '\r') return size_t(1);
    if (line.substr(0, 3) == "\xE2\x80\x8B") return size_t(3);  // zero-width space
    return line.substr(0, 2) == "\xC2\xA0" ? size_t(2) : size_t(0);
  };
  auto space_at_back = [&] {
    if (line.empty()) return size_t(0);
    if (line.back() == ' ' || line.back() == '\t' || line.back() == '\r') return size_t(1);
    if (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\x8B") return size_t(3);
    return line.size() >= 2 && line.substr(line.size() - 2) == "\xC2\xA0" ? size_t(2) : size_t(0);
  };
  while (size_t n = space_at_front()) line.remove_prefix(n);
  while (size_t n = space_at_back()) line.remove_suffix(n);
  return line;
}

bool reads_as_sentence(std::string_view words) {
  return words.find_first_of(",%") != std::string_view::npos ||
         words.find(". ") != std::string_view::npos || (!words.empty() && words.back() == '.');
}

LineShape classify_line(std::string_view line) {
  LineShape shape;
  shape.text = line;
  if (line.empty()) {
    shape.kind = LineKind::blank;
    return shape;
  }
  if (std::string_view kind = furniture_kind(line); !kind.empty()) {
    shape.kind = LineKind::furniture;
    shape.role = kind;
    return shape;
  }
  // A role's lead ("Executive Lead: …") before the vocabulary's owner, and
  // the force's response ("Response: …") before its update.
  if (classify_heading(line, shape) || classify_named_heading(line, shape) ||
      classify_numbered_part(line, shape) || classify_dated_update(line, shape) ||
      classify_response(line, shape) || classify_lead(line, shape) || classify_key(line, shape) ||
      classify_evidence(line, shape) || classify_dated_part(line, shape) ||
      classify_section(line, shape))
    return shape;
  return shape;
}

StatusValue parse_status_value(std::string_view text) {
  StatusValue value;
  text = trim_line(text);
  // "✔ Complete", "⚠ Delayed", "🟢 On track": an icon before the word is
  // the word's picture, not part of the status.
  while (!text.empty()) {
    char32_t cp = 0;
    size_t len = utf8_sequence(text, 0, &cp);
    bool icon = len > 1 && ((cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x1F000 && cp <= 0x1FAFF) ||
                            cp == 0xFE0F || cp == 0x2022);
    if (!icon) break;
    text = trim_line(text.substr(len));
  }
  // "60% – In progress", "60% In progress": the percentage first, then the
  // status word ("75% complete" is no status word of its own: left whole).
  {
    TextCursor c{text};
    std::optional<int> percent = c.take_number(3);
    if (percent && c.take('%') && c.skip_spaces()) {
      if (c.take_dash() || c.take(',') || c.take(':')) c.skip_spaces();
      std::string_view rest = c.rest();
      std::optional<Category> means = status_word_meaning(rest);
      if (means && (*means != Category::complete || *percent == 100)) {
        if (*percent > 100)
          value.percent_out_of_range = true;
        else
          value.percent = *percent;
        value.status = std::string(rest);
        return value;
      }
    }
  }
  // The percentage sits at the end: "In Progress 25%", "In Progress (25%)", "In Progress - 25%".
  size_t end = text.size();
  if (end > 0 && text[end - 1] == ')') --end;
  if (end > 0 && text[end - 1] == '%') {
    size_t digits_end = end - 1, start = digits_end;
    while (start > 0 && std::isdigit(static_cast<unsigned char>(text[start - 1])) &&
           digits_end - start < 4)
      --start;
    // ("12.5%" is no percentage a plan holds: its "5" is not read as one.)
    if (start < digits_end &&
        (start == 0 ||
         (!std::isdigit(static_cast<unsigned char>(text[start - 1])) && text[start - 1] != '.'))) {
      int percent = 0;
      for (size_t i = start; i < digits_end; ++i) percent = percent * 10 + (text[i] - '0');
      if (percent > 100)
        value.percent_out_of_range = true;
      else
        value.percent = percent;
      text = text.substr(0, start);
      // Whatever joined the percentage to the status: spaces, "(", "-", ",".
      for (;;) {
        text = trim_line(text);
        if (!text.empty() &&
            (text.back() == '(' || text.back() == '-' || text.back() == ',' || text.back() == ':'))
          text.remove_suffix(1);
        else if (text.size() >= 3 && (text.substr(text.size() - 3) == "\xE2\x80\x93" ||
                                      text.substr(text.size() - 3) == "\xE2\x80\x94"))
          text.remove_suffix(3);
        else
          break;
      }
    }
  }
  value.status = std::string(trim_line(text));
  return value;
}

}  // namespace plan
