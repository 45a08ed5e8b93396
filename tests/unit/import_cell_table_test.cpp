// Tables copied one cell a line: the header found by its words, rows read in
// groups of the column count, and groups that do not fit kept apart.
#include <catch2/catch.hpp>

#include "import/assemble/parse_action_plan.h"
#include "import/assemble/row_record.h"
#include "import/fields/column_roles.h"
#include "import/read/cell_table.h"

using namespace plan;

namespace {

std::vector<Block> lines_of(std::initializer_list<const char*> texts) {
  std::vector<Block> out;
  int n = 0;
  for (const char* t : texts) out.push_back({++n, t});
  return out;
}

}  // namespace

TEST_CASE("a one-cell-a-line table: header by its words, rows by the column count") {
  auto lines = lines_of({"No.", "Recommendation", "Owner", "Status", "7", "Seek changes.",
                         "DCI Lee", "Complete", "", "10", "Review training.", "Supt Cole",
                         "In Progress", "Back to top"});
  auto table = cell_table_at(lines, 0);
  REQUIRE(table);
  CHECK(table->header.size() == 4);
  CHECK(table->header[0].kind == Column::number);
  CHECK(table->header_lines == std::vector<int>{1, 2, 3, 4});
  REQUIRE(table->rows.size() == 2);
  CHECK(table->rows[0].misfit.empty());
  CHECK(table->rows[0].cells[1].text == "Seek changes.");
  CHECK(table->rows[1].cells[3].text == "In Progress");
  CHECK(table->end == 13);               // "Back to top" is not the table's
  CHECK_FALSE(cell_table_at(lines, 4));  // "7" starts no header
}

TEST_CASE("a one-cell-a-line row that does not fit is kept apart with its lines") {
  auto lines = lines_of({"No.", "Recommendation", "Owner", "Status", "7", "Seek changes.",
                         "It runs over a second line.", "DCI Lee", "Complete", "10",
                         "Review training.", "Supt Cole", "In Progress"});
  auto table = cell_table_at(lines, 0);
  REQUIRE(table);
  REQUIRE(table->rows.size() == 2);
  CHECK_FALSE(table->rows[0].misfit.empty());
  CHECK(table->rows[0].lines == std::vector<int>{5, 6, 7, 8, 9});
  CHECK(table->rows[1].misfit.empty());
}

TEST_CASE("a row one cell short takes the empty cell where the cells fit their columns") {
  auto lines =
      lines_of({"No.", "Recommendation", "Evidence requirements", "Date", "Status", "13",
                "By 27 March 2025, consider orders.", "13.1 Training is given.", "January 2025",
                "Complete", "13", "13.2 Officers are helped.", "27/01/25", "In Progress"});
  auto table = cell_table_at(lines, 0);
  REQUIRE(table);
  REQUIRE(table->rows.size() == 2);
  REQUIRE(table->rows[1].misfit.empty());
  CHECK(table->rows[1].cells[1].text.empty());
  CHECK(table->rows[1].cells[2].text == "13.2 Officers are helped.");
  CHECK(table->rows[1].cells[3].text == "27/01/25");
}

TEST_CASE("short lines that are not a table header are left to the prose reader") {
  auto lines = lines_of({"Recommendation 15", "Owner", "Status"});
  CHECK_FALSE(cell_table_at(lines, 0));
  auto two = lines_of({"Recommendation", "Status", "7", "Text"});
  CHECK_FALSE(cell_table_at(two, 0));  // two columns are too few to tell a table
}

TEST_CASE("an update's date column is a date, whatever its words") {
  CHECK(column_role("Date of update").kind == Column::date);
  CHECK(column_role("Update date").kind == Column::date);
  CHECK(column_role("Date updated").kind == Column::date);
  CHECK(column_role("March 2026 update").kind == Column::update);
  CHECK(column_role("Category").kind == Column::derived);
}

TEST_CASE("a number cell in the forms forces write it") {
  for (const char* cell : {"7", "7.", "Rec 7", "Rec. 7", "Recommendation 7", "No. 7", "R7", "#7"}) {
    std::optional<int> number;
    std::string id;
    INFO(cell);
    CHECK(read_number_cell(cell, number, id));
    CHECK(number == 7);
  }
  std::optional<int> number;
  std::string id;
  CHECK(read_number_cell("7.2", number, id));
  CHECK(id == "7.2");
  CHECK_FALSE(read_number_cell("Red", number, id));
  CHECK_FALSE(read_number_cell("Now 7", number, id));
}
