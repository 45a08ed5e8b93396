// Copied text that carries Markdown's marks (a page kept in Markdown, or
// pasted from an editor that writes it): "## Recommendation 7",
// "**Owner:** DCI Lee", "- 13.1 Local training …", "_Last updated_". The
// marks are layout: taken off a line of copied text, so the line reads as
// its words do. Saved pages and spreadsheets are left as they are.
#pragma once

#include <string>
#include <vector>

#include "import/read/block.h"

namespace plan {

/// The line without Markdown's heading, emphasis and list marks.
std::string without_markdown_marks(std::string_view line);

/// Takes them off every line of copied text (text_line blocks), and a
/// bullet's mark before an evidence id off every paragraph ("·  13.1 …", as
/// Word's "Save as web page" writes its bullets into the text).
void take_off_markdown_marks(std::vector<Block>& blocks);

}  // namespace plan
