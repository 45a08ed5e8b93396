// The assembler, private to assemble/: the page's lines and table rows, in
// page order, put together one recommendation at a time into the plan.
// parse_action_plan.cpp feeds it; its work is in four files by what it
// handles (see the class). Nothing outside assemble/ includes this.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "import/assemble/parse_action_plan.h"
#include "import/assemble/row_record.h"
#include "import/assemble/update_draft.h"
#include "import/fields/line_patterns.h"
#include "import/read/cell_table.h"

namespace plan::assembly {

// Where the next plain paragraph goes, by what the current recommendation has seen last.
enum class Phase {
  heading,   // a "Recommendation N" heading, no text yet
  parts,     // its dated parts: paragraphs extend the last one
  evidence,  // its evidence requirements: paragraphs extend the last one
  details,   // its owner and updates: paragraphs have no place
  actions,   // the force's actions listed under "What we will do:": a paragraph is the next
  rejected,  // an unplaced line: what follows it has no place either
};

// One recommendation being put together from consecutive lines.
struct RecDraft {
  int first_line = 0;
  int last_line = 0;
  std::optional<int> number;
  int number_line = 0;
  Recommendation rec;
  Phase phase = Phase::parts;
  bool after_lead_in = false;          // it starts right after an introduction line ending ':'
  std::vector<std::string> row_texts;  // table rows' texts taken, as written
  // Updates read from labelled lines, each with the evidence requirement it
  // followed (-1: none yet): a page giving an update after each requirement
  // (the seed's own template, filled in per requirement) means it for that one.
  struct LineUpdate {
    size_t index;
    int evidence;
    int first_line, last_line;
    bool owner_between;  // an owner line came between the requirement and the update
  };
  std::vector<LineUpdate> line_updates;
  bool owner_since_evidence = false;  // an owner line came after the last requirement
  size_t actions_listed = 0;          // items of a list the lead-in named as actions
  std::string last_row_evidence;      // the requirement the last table row was ("7.1"), or ""
  std::string heading_status;  // the heading's badge: "Complete" from "Recommendation 7 (Complete)"
  int heading_status_line = 0;
  bool evidence_after_update =
      false;  // a requirement follows an update: updates are per requirement
};

constexpr int max_unplaced_reports = 100;

/// "line 7" or "lines 7-9".
std::string line_range(int first, int last);
/// "1. text", "a) text": the item's text and its place in the list; empty when none.
std::string_view list_item(std::string_view line, size_t& index);
/// The month a date falls in, whether given to the day or to the month.
std::optional<Month> month_of(const DateField& date);
/// A row's text appended as a paragraph, unless the field already holds it.
void append_new_paragraph(std::string& text, std::string_view paragraph);

class Importer {
 public:
  Importer(const std::string& file, ImportedPlan& result, ParseOptions options,
           std::vector<int> listed_evidence, std::map<int, std::string> section_statuses)
      : file_(file),
        result_(result),
        options_(options),
        listed_evidence_(listed_evidence.begin(), listed_evidence.end()),
        section_statuses_(std::move(section_statuses)) {}

  /// A line of the page that no table took (its text, as read).
  void line(int number, std::string_view raw);
  /// A heading with no number over a recommendation's fields.
  void unnumbered_heading(int number, std::string_view text);
  /// A table row, its cells given their roles by its header.
  void record(RowRecord& row);
  /// A table whose cells come one a line.
  void cell_table(const CellTable& table);
  /// The end of the page: the last recommendation is closed.
  void finish();

 private:
  LineAccount& account() { return result_.account; }
  /// The file's line a line of the page is on, as messages name it.
  int at(int line) const { return result_.places.file_line(line); }
  std::string lines_at(int first, int last) const { return line_range(at(first), at(last)); }

  // importer_lines.cpp: a line of text, by what it is
  bool label_line(int number, std::string_view text);
  bool continues_label(int number, int previous, const LineShape& shape, std::string_view text);
  void skip_furniture(std::string_view kind);
  bool skipped_as_closing(std::string_view text);
  static std::string what_it_is(const LineShape& shape);
  void unplaced_range(int first, int last, const std::string& why);
  void warn(const char* rule, int line, std::string message);
  void unplaced(int line, const std::string& why);
  void reject(const std::string& why);
  void follows_rejected();
  void start_block();
  void on_heading(const LineShape& shape);
  void on_dated_part(const LineShape& shape);
  void on_section(const LineShape& shape, std::string_view text);
  void on_response(std::string_view text);
  void skip_closing_section();
  bool took_list_item(std::string_view text);
  bool took_action_item(std::string_view item, size_t index);
  std::string_view lead_in_label() const;
  bool lead_in_names_actions() const;
  void drop_lead_in_label(const char* what);
  void on_evidence(const LineShape& shape);
  void on_owner(const LineShape& shape);
  void on_update_line(const LineShape& shape);
  void on_paragraph(std::string_view text);

  // importer_rows.cpp: a table row's fields, in their places
  bool repeats_number(const RowRecord& row, const std::string& row_text) const;
  void flush_label_row();
  void give_rows_updates_to_actions(std::vector<Update>& updates, std::vector<Action>& actions);
  void put_row_text(Recommendation& rec, const std::string& cell);
  void put_row_deadline(Recommendation& rec, const std::string& text);
  void take_row_response(Recommendation& rec, bool evidence_row, RowRecord& row);
  void put_row_response(Recommendation& rec, const RowRecord& row);
  static Position stated_position(std::string_view text);
  void put_row_action(std::vector<Action>& actions, const RowRecord& row);
  Evidence* row_evidence(const std::string& id, const std::string& text, int line);
  void put_row_update(Recommendation& rec, Evidence* ev, const RowUpdate& u);

  // importer_updates.cpp: an update being read, dated and placed
  void oldest_first(int id, std::vector<Update>& updates);
  void close_update();
  void refuse_update(const UpdateDraft& draft, const std::string& missing);
  void date_as_given(UpdateDraft& draft);
  std::string held_notes_before(const UpdateDraft& draft);
  void record_update(UpdateDraft& draft);
  void refuse_held();
  void give_heading_status(Recommendation& rec);

  // importer_close.cpp: a recommendation finished and put in the plan
  void drop_quoted_part(RecDraft& b);
  std::vector<int> update_targets(const RecDraft& b);
  void place_requirement_updates(RecDraft& b);
  void warn_incomplete(const Recommendation& rec);
  static bool only_a_title(const Recommendation& r);
  void close_block();

  const std::string& file_;
  ImportedPlan& result_;
  std::vector<std::string> statuses_seen_;  // as the page spells them, first use first
  ParseOptions options_;
  std::set<int> listed_evidence_;                // lines of requirements listed under one heading
  std::map<int, std::string> section_statuses_;  // a heading's line -> its section's status
  int line_ = 0;
  std::optional<RecDraft> block_;
  bool glossary_ = false;  // a glossary's heading was read: its terms follow
  int previous_line_ = 0;  // the last line line() read that was not blank
  std::optional<UpdateDraft> update_;
  std::optional<RowRecord> label_row_;  // labelled fields of the recommendation being read
  std::map<int, int> action_rows_;      // an action's row: its first line -> its last
  std::vector<UpdateDraft> held_;
  std::string_view raw_line_;  // the line being read, trimmed
  std::string introduction_;
  int unplaced_ = 0;
  int first_unreported_ = 0;
  int rejected_line_ = 0;       // the last line rejected
  int closing_section_ = 0;     // the page's numbered section after the plan, being skipped
  bool link_list_ = false;      // after "Related pages": short lines are its links
  bool feedback_form_ = false;  // after "Was this page helpful?": its answers' words
  int lead_in_line_ = 0;        // the last introduction line ending ':'
  int blocks_closed_ = 0;
  std::map<int, std::pair<std::string, int>> heading_statuses_;  // id -> badge, its line
  std::vector<int> intro_sections_;  // numbers of the page's own sections before the plan
};

}  // namespace plan::assembly
