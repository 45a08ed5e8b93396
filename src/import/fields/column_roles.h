// What a table column (or a key/value label) holds, from its heading's words
// in the variants forces use: "No.", "Rec No.", "Recommendation(s)" (typos
// included), "Sub recommendation", "Evidence requirements of progress",
// "Rec. Owner", "Initial response 21st November 2024", "Status", …
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/fields/uk_date.h"

namespace plan {

enum class Column {
  unknown,    // a heading the importer does not know
  number,     // the recommendation's number (or an evidence id)
  title,      // a short subject: "Theme", "Title"
  text,       // the recommendation's text
  evidence,   // an evidence requirement's text
  owner,      // who owns it
  update,     // the force's response or update; the heading may carry its date
  date,       // the date of the update
  status,     // the status (percent included)
  documents,  // supporting documents
  deadline,   // the deadline
  percent,    // progress in percent, beside the status
  derived,    // worked out from the others (plan export's Overdue, Organisation): skipped
  action,     // what the force will do: "What we will do", "Planned action"
  target,     // the force's target date for its action (a deadline when there is no action)
  rag,        // a red/amber/green judgement (a status word in it is read as the status)
  response,   // the force's response: "Initial response 21st November 2024", "Our response"
};

struct ColumnRole {
  Column kind = Column::unknown;
  std::optional<WrittenDate> date;  // update: the date in the heading
  std::string heading;              // as written
  bool adds_to_update = false;      // update: "Comments" beside an "Update", more of its note
};

/// The role of one heading (or label, with or without its colon).
ColumnRole column_role(std::string_view heading);

/// The role of a label (a line's, or a key/value block's): as a column
/// heading's, except that "Action:" alone is what the force will do.
ColumnRole label_role(std::string_view label);

struct LabelledField {
  ColumnRole role;
  std::string_view value;  // after the colon, trimmed
};

/// "Owner: DCI Lee", "Date of update: 14/01/2025", "RAG status: Amber": a
/// short label the vocabulary knows, its colon (or, with no colon, a spaced
/// dash: "Owner – DCI Lee"), and a value. Nothing for a
/// sentence with a colon in it ("The lead said: …"): a label is at most four
/// words, none of them the words a sentence is made of.
std::optional<LabelledField> labelled_field(std::string_view line);

/// True when the cells read as a header row: at least two known headings,
/// one of them the number, text or evidence column (or, for a table under a
/// recommendation's heading, every heading known and one of them an action,
/// update, status, RAG or response), and no unknown one longer than a
/// heading would be.
bool is_header_row(const std::vector<ColumnRole>& roles);

/// What one heading means beside the others: "Action" is the force's update
/// in a table with no other ("Recommendation | Action | Status"), and its
/// action where an update or a target date column sits beside it.
void settle_header(std::vector<ColumnRole>& roles);

const char* column_name(Column c);

}  // namespace plan
