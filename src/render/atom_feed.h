// The plan's published updates as an Atom feed (RFC 4287), for feed readers
// and for charities following a force's progress: newest first, each entry
// linking to its recommendation on the page. Entry ids are built from the
// plan, the recommendation (or evidence requirement), the update's date and
// its place among that list's updates of the same date, so adding updates
// never changes an older entry's id and a reader never shows one twice.
// Built from the page view, so internal updates cannot reach it.
#pragma once

#include <string>

#include "render/page_view.h"

namespace plan {

/// page_href: the page the entries link to, relative to the feed ("index.html").
/// feed_href: the feed's own name, for its rel="self" link ("feed.xml").
std::string render_atom_feed(const PageView& view, const std::string& page_href,
                             const std::string& feed_href);

}  // namespace plan
