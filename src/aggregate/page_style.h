// The style sheet of the aggregate page, inline in the page (no external
// asset). Kept apart from the page writer so the writer reads as markup.
#pragma once

namespace plan {

extern const char* const aggregate_page_css;

}  // namespace plan
