// What one table row, spreadsheet row or key/value block says about one
// recommendation or evidence requirement, cell by cell, before it is put
// into the plan. Shared by the table, key/value and CSV layouts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "import/fields/cell_values.h"
#include "import/fields/column_roles.h"
#include "import/fields/evidence_cell.h"
#include "model/plan.h"

namespace plan {

struct RowUpdate {
  std::string note;
  std::optional<WrittenDate> date;  // from the update's heading or a date cell
  std::string date_text;            // a date cell as written ("" when none)
  std::string status;
  int line = 0;
  std::string percent;  // a Percent column: "25"
  std::string rag;      // a RAG column's colour: "red", "amber", "green" or "blue"
};

struct RowRecord {
  int first_line = 0;
  int last_line = 0;
  std::optional<int> number;  // the recommendation
  std::string evidence_id;    // "7.1" when the row is an evidence requirement's
  std::string title, text, evidence_text, owner, deadline;
  bool owner_is_lead = false;  // headed "Lead": the action's lead, not the recommendation's owner
  std::string action_lead;     // "Action owner" after the owner: the action's lead alone
  std::string action;          // what the force will do ("What we will do")
  std::string target;          // its target date as written ("31/03/2025", "Ongoing")
  std::string response;        // the force's response to the recommendation
  std::optional<WrittenDate> response_date;  // from the column's heading
  int response_line = 0;
  /// The second and later requirements of an evidence cell that lists several
  /// ("11.1 … 11.2 …"); the first is evidence_id and evidence_text.
  std::vector<CellEvidence> more_evidence;
  std::vector<RowUpdate> updates;    // oldest first
  std::vector<Document> documents;   // "[title](url)" from a web page's link split into both
  std::vector<std::string> unknown;  // "Heading: value" of cells with unknown headings
  std::vector<int> unknown_lines;    // the line of each (a key/value block spans several)
  Column last = Column::unknown;     // the field a continuation line extends
  bool key_value = false;            // a key/value block: one field a line, not a table row
  bool evidence_field = false;       // its requirements came from an evidence field, not the number

  bool empty() const;
  /// The text a continuation line (a cell's next paragraph) extends, or null.
  std::string* continuation();
};

/// A cell's next paragraph, given on a line of its own (a copied cell's line
/// break): more of the field continuation() names; in an evidence cell, a
/// paragraph starting with an id ("7.2 …") is the next requirement.
/// False when the row has no field to continue.
bool continue_cell(RowRecord& row, std::string_view paragraph);

/// Joins a status-only or date-only "update" (a Status column, a Date
/// label) to the latest update that lacks them; call once the row is read.
void finish_row(RowRecord& row);

/// Puts one cell's value into the record by its column's role. A number
/// cell takes "7", "7.1" and "Recommendation 7". Dates in date cells keep
/// their text (for the importer's message when unreadable). storage keeps
///
void put_cell(RowRecord& row, const ColumnRole& role, std::string_view value, int line);

}  // namespace plan
