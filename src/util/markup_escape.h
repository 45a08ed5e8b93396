// Text made safe inside HTML or XML, in element content and in quoted
// attribute values alike: the one escape for pages and feeds that are
// written without a template engine.
#pragma once

#include <string>

namespace plan {

/// & < > " ' as character references; everything else as it is.
std::string markup_escape(const std::string& text);

}  // namespace plan
