#include "import/fields/column_roles.h"

#include <algorithm>
#include <cctype>

#include "util/suggest.h"

namespace plan {
namespace {

// Lower-case words of the heading, punctuation dropped ("Rec. Owner" -> "rec owner").
std::vector<std::string> words_of(std::string_view heading) {
  std::vector<std::string> words;
  std::string word;
  for (char ch : heading) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      word += char(std::tolower(c));
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  // "Action(s)", "Owner(s)": the plural's "(s)" is no word of its own.
  std::erase_if(words, [](const std::string& w) { return w == "s"; });
  return words;
}

bool has(const std::vector<std::string>& words, std::string_view w) {
  for (const std::string& x : words)
    if (x == w) return true;
  return false;
}

// "Recommendation", "Recommendations", "Recomendation", "Reccomendations".
bool is_recommendation_word(const std::string& w) {
  if (w == "rec" || w == "recs") return true;
  if (w.size() < 10 || w[0] != 'r') return false;
  return edit_distance(w, "recommendation") <= 2 || edit_distance(w, "recommendations") <= 2;
}

bool has_recommendation_word(const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (is_recommendation_word(w)) return true;
  return false;
}

bool is_number_heading(const std::vector<std::string>& words) {
  if (words.empty()) return false;
  if (words.size() == 1)
    return words[0] == "no" || words[0] == "number" || words[0] == "ref" || words[0] == "id" ||
           words[0] == "rec";
  if (words.size() > 3) return false;
  bool numberish = has(words, "no") || has(words, "number") || has(words, "ref") ||
                   has(words, "reference") || has(words, "id");
  return numberish && (has_recommendation_word(words) || has(words, "sub") || words.size() == 1);
}

// "Date of update", "Update date", "Date updated", "Response date": the date
// of an update, not one.
bool is_update_date_heading(const std::vector<std::string>& words) {
  bool dated = has(words, "date") || has(words, "dated");
  bool update = has(words, "update") || has(words, "updated") || has(words, "progress") ||
                has(words, "response");
  return dated && update && words.size() <= 4;
}

// "Current position", "Action", "Actions taken", "Action(s)": the force's text.
bool is_update_heading(const std::vector<std::string>& words) {
  if (words.size() == 2 && words[0] == "current" && words[1] == "position") return true;
  if (words.size() == 1 && (words[0] == "action" || words[0] == "actions")) return true;
  return (has(words, "action") || has(words, "actions")) && has(words, "taken");
}

// Headings known by their whole wording (lower case, punctuation dropped):
// a new synonym is one row. Checked before the word rules below.
struct Synonym {
  std::string_view words;
  Column kind;
};
constexpr Synonym whole_headings[] = {
    {"what we will do", Column::action},
    {"what we are going to do", Column::action},
    {"what we will do next", Column::action},
    {"planned action", Column::action},
    {"planned actions", Column::action},
    {"proposed action", Column::action},
    {"proposed actions", Column::action},
    {"agreed action", Column::action},
    {"agreed actions", Column::action},
    {"actions to be taken", Column::action},
    {"action to be taken", Column::action},
    {"changes we pledge", Column::action},
    {"our commitment", Column::action},
    {"our commitments", Column::action},
    {"how we will achieve this", Column::action},
    {"how we will do this", Column::action},
    {"how we will deliver this", Column::action},
    {"progress to date", Column::update},
    {"notes", Column::update},
    {"remarks", Column::update},
    {"comment", Column::update},
    // The force's evidence that it made progress, not the report's requirements.
    {"evidence of progress", Column::update},
    {"evidence of completion", Column::update},
    {"evidence provided", Column::update},
    {"force response", Column::response},
    {"progress so far", Column::update},
    {"our pledge", Column::action},
    {"target date", Column::target},
    {"target", Column::target},
    {"target completion date", Column::target},
    {"target completion", Column::target},
    {"target end date", Column::target},
    {"timescale", Column::target},
    {"timescales", Column::target},
    {"time scale", Column::target},
    {"time scales", Column::target},
    {"timeframe", Column::target},
    {"timeline", Column::target},
    {"by when", Column::target},
    {"due", Column::target},
    {"due by", Column::target},
    {"date due", Column::target},
    {"deliver by", Column::target},
    {"completion date", Column::target},
    {"expected completion date", Column::target},
    {"estimated completion date", Column::target},
    {"anticipated completion date", Column::target},
    {"next steps", Column::action},
    {"next step", Column::action},
    {"when", Column::target},
    {"what we have done", Column::update},
    {"what we have done so far", Column::update},
    {"latest position", Column::update},
    {"sro", Column::owner},
    {"percent complete", Column::percent},
    {"percentage complete", Column::percent},
    {"area for improvement", Column::text},
    {"areas for improvement", Column::text},
    {"rating", Column::rag},
    {"brag", Column::rag},
    {"brag status", Column::rag},
    {"brag rating", Column::rag},
    {"rag", Column::rag},
    {"rag status", Column::rag},
    {"rag rating", Column::rag},
    {"rag rated", Column::rag},
    {"r a g", Column::rag},
    // A "Response" column with no other note is the force's update (take_row_response).
    {"response", Column::response},
    {"our response", Column::response},
    {"initial response", Column::response},
    {"initial action plan response", Column::response},
    {"force initial response", Column::response},
};

Column whole_heading_kind(const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& w : words) joined += (joined.empty() ? "" : " ") + w;
  for (const Synonym& s : whole_headings)
    if (joined == s.words) return s.kind;
  return Column::unknown;
}

Column kind_of(const std::vector<std::string>& words) {
  if (words.empty()) return Column::unknown;
  if (Column whole = whole_heading_kind(words); whole != Column::unknown) return whole;
  // "Initial response 21st November 2024": the response, dated by its heading.
  if (words.size() >= 2 && words[0] == "initial" && words[1] == "response") return Column::response;
  if (words.size() == 1 && (words[0] == "percent" || words[0] == "complete"))
    return Column::percent;
  if (words.size() == 1 && (words[0] == "overdue" || words[0] == "organisation" ||
                            words[0] == "internal" || words[0] == "category"))
    return Column::derived;
  if (words.size() == 2 && words[0] == "latest" && words[1] == "note") return Column::update;
  if (words.size() == 2 && words[0] == "last" && words[1] == "update") return Column::date;
  if (words.size() == 1 && words[0] == "text") return Column::text;
  if (words.size() == 1 && words[0] == "note") return Column::update;
  if (has(words, "owner") || has(words, "lead") || has(words, "responsible")) return Column::owner;
  // "Number of recommendations", "Total": a summary's count, not a number of one.
  if ((words.size() <= 4 && words[0] == "number" && has(words, "of")) ||
      (words.size() == 1 && (words[0] == "total" || words[0] == "count")))
    return Column::derived;
  if (is_number_heading(words)) return Column::number;
  if (has(words, "documents") || has(words, "document") || has(words, "attachments"))
    return Column::documents;
  if (has(words, "status") || has(words, "rag")) return Column::status;
  if (has(words, "deadline") || (has(words, "due") && has(words, "date")) ||
      (has(words, "target") && has(words, "date")))
    return Column::deadline;
  // "Recommendation / Evidence requirement": both in one column, the
  // recommendation on its own row and each requirement (7.1) on the next.
  if (has_recommendation_word(words) && has(words, "evidence") && !has(words, "sub") &&
      words.size() <= 5)
    return Column::text;
  if (has(words, "evidence") || (has(words, "sub") && has_recommendation_word(words)) ||
      has(words, "subrecommendation") || has(words, "requirements") || has(words, "requirement"))
    return Column::evidence;
  if (is_update_date_heading(words)) return Column::date;
  if (is_update_heading(words)) return Column::update;
  if (has(words, "update") || has(words, "updates") || has(words, "response") ||
      has(words, "progress") || has(words, "comments") || has(words, "commentary") ||
      (has(words, "action") && has(words, "taken")))
    return Column::update;
  if (words.size() <= 3 && (has(words, "date") || (has(words, "last") && has(words, "updated"))))
    return Column::date;
  if (has_recommendation_word(words) && words.size() <= 3) return Column::text;
  if (words.size() == 1 &&
      (words[0] == "title" || words[0] == "theme" || words[0] == "subject" || words[0] == "area"))
    return Column::title;
  return Column::unknown;
}

}  // namespace

ColumnRole column_role(std::string_view heading) {
  ColumnRole role;
  role.heading = std::string(heading);
  std::string_view h = heading;
  while (!h.empty() && (h.back() == ':' || h.back() == ' ')) h.remove_suffix(1);
  if (h.size() > 80) return role;  // a sentence, not a heading
  std::vector<std::string> words = words_of(h);
  role.kind = kind_of(words);
  // "Progress %", "Progress (%)", "% complete": a share, by its sign.
  if (h.find('%') != std::string_view::npos && words.size() <= 2) role.kind = Column::percent;
  if (role.kind == Column::update || role.kind == Column::response) role.date = find_uk_date(h);
  return role;
}

ColumnRole label_role(std::string_view label) {
  // As settle_header reads "Action" beside a target column.
  std::vector<ColumnRole> one = {column_role(label), {Column::target, std::nullopt, ""}};
  settle_header(one);
  return one.front();
}

std::optional<LabelledField> labelled_field(std::string_view line) {
  size_t colon = line.find(':');
  size_t after = colon + 1;
  // A document pasted from Word: "Owner – D/Supt Smith", "Status - Amber",
  // a label of three words at most before a spaced dash.
  if (colon == std::string_view::npos || colon > 40)
    for (std::string_view dash : {" \xE2\x80\x93 ", " - "})
      if (size_t at = line.find(dash);
          at != std::string_view::npos && at <= 30 && words_of(line.substr(0, at)).size() <= 3) {
        colon = at;
        after = at + dash.size();
        break;
      }
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return std::nullopt;
  // A label is words: not a link or a badge ("[![status](https: …").
  for (char ch : line.substr(0, colon))
    if (!std::isalnum(static_cast<unsigned char>(ch)) && static_cast<unsigned char>(ch) < 0x80 &&
        std::string_view(" ()/.-'&,").find(ch) == std::string_view::npos)
      return std::nullopt;
  std::vector<std::string> words = words_of(line.substr(0, colon));
  bool whole = whole_heading_kind(words) != Column::unknown;
  if (words.empty() || (words.size() > 4 && !whole)) return std::nullopt;
  static constexpr std::string_view sentence_words[] = {
      "is", "are", "was",  "were", "has",   "have", "had", "will", "would", "said",
      "we", "it",  "this", "that", "these", "the",  "to",  "can",  "in"};
  if (!whole)  // "How we will achieve this" is a label
    for (const std::string& w : words)
      for (std::string_view s : sentence_words)
        if (w == s) return std::nullopt;
  LabelledField field{label_role(line.substr(0, colon)), line.substr(after)};
  if (field.role.kind == Column::unknown) return std::nullopt;
  while (!field.value.empty() && (field.value.front() == ' ' || field.value.front() == '\t'))
    field.value.remove_prefix(1);
  return field;
}

void settle_header(std::vector<ColumnRole>& roles) {
  auto plain_action = [](const ColumnRole& r) {
    std::vector<std::string> words = words_of(r.heading);
    return r.kind == Column::update && words.size() == 1 &&
           (words[0] == "action" || words[0] == "actions");
  };
  int updates = 0;
  bool target = false;
  for (const ColumnRole& r : roles) {
    updates += r.kind == Column::update ? 1 : 0;
    target = target || r.kind == Column::target;
  }
  for (ColumnRole& r : roles)
    if (plain_action(r) && (updates > 1 || target)) r.kind = Column::action;
  // "Update | Comments": the comments say more of the update beside them,
  // and are no second update with no date of its own.
  auto secondary = [](const ColumnRole& r) {
    std::vector<std::string> words = words_of(r.heading);
    return r.kind == Column::update && !r.date && words.size() == 1 &&
           (words[0] == "comments" || words[0] == "comment" || words[0] == "notes" ||
            words[0] == "commentary" || words[0] == "remarks");
  };
  bool main_update = std::any_of(roles.begin(), roles.end(), [&](const ColumnRole& r) {
    return r.kind == Column::update && !secondary(r);
  });
  for (ColumnRole& r : roles) r.adds_to_update = main_update && secondary(r);
}

bool is_header_row(const std::vector<ColumnRole>& roles) {
  int known = 0, unknown = 0;
  bool key = false, progress = false;
  for (const ColumnRole& r : roles) {
    if (r.kind == Column::unknown) {
      if (r.heading.size() > 40) return false;
      unknown += !r.heading.empty();
      continue;
    }
    ++known;
    key = key || r.kind == Column::number || r.kind == Column::text || r.kind == Column::evidence;
    progress = progress || r.kind == Column::action || r.kind == Column::update ||
               r.kind == Column::status || r.kind == Column::rag || r.kind == Column::response;
  }
  // A table under a recommendation's heading names no recommendation
  // ("Action | Lead | Due | Progress", "Date | Update | Status"): every
  // heading known, one of them the force's progress or action.
  return known >= 2 && (key || (progress && unknown == 0 && known >= 3));
}

const char* column_name(Column c) {
  switch (c) {
    case Column::unknown:
      return "unknown";
    case Column::number:
      return "number";
    case Column::title:
      return "title";
    case Column::text:
      return "text";
    case Column::evidence:
      return "evidence requirement";
    case Column::owner:
      return "owner";
    case Column::update:
      return "update";
    case Column::date:
      return "date";
    case Column::status:
      return "status";
    case Column::documents:
      return "documents";
    case Column::deadline:
      return "deadline";
    case Column::percent:
      return "percent";
    case Column::derived:
      return "derived (skipped)";
    case Column::action:
      return "action";
    case Column::target:
      return "target date";
    case Column::rag:
      return "RAG";
    case Column::response:
      return "response";
  }
  return "unknown";
}

}  // namespace plan
