// The shapes a line of a scraped action plan can have: what each line is
// ("By 27 March 2025, …", "7.1 - Evidence requirements …: …", "Status: In
// Progress 25%", …) and the parts it carries. One line at a time, no context.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "import/fields/uk_date.h"

namespace plan {

enum class LineKind {
  blank,
  furniture,            // cookie banner, "Leave this site", …
  heading,              // "Recommendation 7", "Recommendation 7: Title"
  owner,                // "Recommendation Owner: …"
  update_note,          // "Force Update: …"
  update_date,          // "Date: 11/11/2024"
  update_status,        // "Status: In Progress 25%"
  evidence,             // "7.1 - Evidence requirements of progress/completion: …", "16.1"
  evidence_without_id,  // "Evidence requirements of progress/completion: …" with no id
  lead,                 // "Executive Lead: …"
  dated_part,           // "By 27 March 2025, …", "27 March 2025 (56 days from publication), …"
  section,              // "1. Introduction": a numbered section of the page, not a recommendation
  response,             // "We accept this recommendation …": the force's answer, not report text
  dated_update,         // "Update (21/11/2024): …", "Progress (March 2025): … Status: Complete"
  paragraph,            // anything else
};

/// A heading's number when it has more digits than any recommendation's
/// ("Recommendation 10000"): the heading is refused, not read as text.
inline constexpr int past_largest_number = -1;

struct LineShape {
  LineKind kind = LineKind::paragraph;
  std::string_view text;  // what follows the key, id, label or date; the whole line for a paragraph
  int number = 0;         // heading: the recommendation; evidence: the part before the dot; section
  std::string evidence_id;          // "7.1"
  std::string_view role;            // lead: "Executive Lead"; furniture: what it is
  std::optional<WrittenDate> date;  // dated_part
  std::string_view note;            // dated_part: "56 days from publication"
  std::string_view status;          // dated_update: "In progress - 60%" from "… Status: …";
                            // heading: its badge, "Complete" from "Recommendation 7 (Complete)"
  bool continued = false;  // heading: "Recommendation 7 (continued)", after a page break
  bool listed = false;     // heading: "12. By 27 March 2025, …", numbered as a list item is
};

/// Removes spaces, tabs, CR, no-break and zero-width spaces from both ends.
std::string_view trim_line(std::string_view line);

/// True when a heading's words read as a sentence, not a title: a comma, a
/// percentage or a full stop ("complete. Went live in February.").
bool reads_as_sentence(std::string_view words);

/// What a line is. The line must be trimmed; views point into it.
LineShape classify_line(std::string_view line);

struct StatusValue {
  std::string status;          // "In Progress"
  std::optional<int> percent;  // 25 for "In Progress 25%"
  bool percent_out_of_range = false;
};

/// "In Progress 25%", "In Progress (25%)", "Complete": the status and percent.
StatusValue parse_status_value(std::string_view text);

/// "Complete", "In progress 60%", "Green", "Blue - complete": words a
/// status badge holds (a heading's, a card's), not a title or a sentence.
bool is_status_badge(std::string_view words);

}  // namespace plan
