#include "query/table.h"

#include <catch2/catch.hpp>

#include "query/text_width.h"
#include "util/files.h"

using namespace plan;

namespace {
Table sample() {
  Table t;
  t.columns = {{"ID", false}, {"Owner", true}, {"Note", true}};
  t.rows = {{{"7"}, {"Head of Public Protection and Safeguarding"}, {"overdue", Tone::bad}},
            {{"23"}, {"Chief Constables"}, {""}}};
  return t;
}
}  // namespace

TEST_CASE("a table lines its columns up and ends no line in spaces") {
  std::string out = render_table(sample(), 0, false);
  auto lines = split_lines(out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].rfind("ID  Owner", 0) == 0);
  CHECK(lines[2] == "23  Chief Constables");
  CHECK(lines[1].find("overdue") == lines[0].find("Note"));
  for (const auto& l : lines) CHECK(l.back() != ' ');
}

TEST_CASE("a table too wide for its width shortens the columns that may shorten") {
  std::string out = render_table(sample(), 40, false);
  for (const auto& l : split_lines(out)) CHECK(display_width(l) <= 40);
  CHECK(out.find("Head of Public") != std::string::npos);
  CHECK(out.find("\xE2\x80\xA6") != std::string::npos);  // …
  CHECK(out.find("Safeguarding") == std::string::npos);
}

TEST_CASE("colour codes appear only when asked for") {
  CHECK(render_table(sample(), 0, false).find('\x1b') == std::string::npos);
  std::string coloured = render_table(sample(), 0, true);
  CHECK(coloured.find("\x1b[1mID\x1b[0m") != std::string::npos);
  CHECK(coloured.find("\x1b[31moverdue\x1b[0m") != std::string::npos);
}
