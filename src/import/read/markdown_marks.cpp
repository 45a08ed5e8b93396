#include "import/read/markdown_marks.h"

#include "import/fields/line_patterns.h"

namespace plan {

std::string without_markdown_marks(std::string_view line) {
  std::string_view t = trim_line(line);
  // "## Recommendation 7": a heading's hashes and the space after them.
  size_t hashes = t.find_first_not_of('#');
  if (hashes > 0 && hashes <= 6 && hashes < t.size() && t[hashes] == ' ')
    t = trim_line(t.substr(hashes));
  // "- 13.1 …", "* 13.1 …": a list item's mark before an evidence id.
  if (t.size() > 2 && (t[0] == '-' || t[0] == '*') && t[1] == ' ' &&
      classify_line(trim_line(t.substr(2))).kind == LineKind::evidence)
    t = trim_line(t.substr(2));
  // "**Owner:**", "__Status__", "_Last updated_": emphasis in pairs, only
  // where the line holds them in pairs (a lone "*" or "_" is the text's).
  std::string out(t);
  for (std::string_view mark : {"**", "__"}) {
    size_t count = 0;
    for (size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at + 2)) ++count;
    if (count == 0 || count % 2 != 0) continue;
    for (size_t at = out.find(mark); at != std::string::npos; at = out.find(mark, at))
      out.erase(at, 2);
  }
  if (out.size() > 2 && out.front() == '_' && out.back() == '_' &&
      out.find('_', 1) == out.size() - 1)
    out = out.substr(1, out.size() - 2);
  return out;
}

namespace {

// "·      13.1 Local training …" -> "13.1 Local training …".
void take_off_bullet(std::string& text) {
  std::string_view t = trim_line(text);
  for (std::string_view bullet : {"\xC2\xB7", "\xE2\x80\xA2", "\xE2\x96\xAA", "\xE2\x97\xA6",
                                  "\xEF\x82\xB7", "o ", "- ", "* "}) {
    if (t.rfind(bullet, 0) != 0) continue;
    std::string_view rest = trim_line(t.substr(bullet.size()));
    if (rest.size() < t.size() - bullet.size() || bullet.back() == ' ')
      if (classify_line(rest).kind == LineKind::evidence) text = std::string(rest);
    return;
  }
}

}  // namespace

void take_off_markdown_marks(std::vector<Block>& blocks) {
  for (Block& b : blocks) {
    if (b.kind == BlockKind::table_row) continue;
    if (b.kind == BlockKind::text_line && b.text.find_first_of("#*_-") != std::string::npos)
      b.text = without_markdown_marks(b.text);
    take_off_bullet(b.text);
  }
}

}  // namespace plan
