// import/html_text.h in a build without gumbo (scripts/build-windows.sh
// --without-html-import, when Debian's mirror cannot give gumbo's source):
// plan import refuses a saved web page with a message saying so, and reads
// text and CSV as always.
#include "import/read/html_text.h"

namespace plan {

const bool html_import_available = false;

std::vector<Block> html_lines(std::string_view, std::vector<int>&) {
  return {};
}

}  // namespace plan
