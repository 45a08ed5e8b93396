// Page furniture: lines a scraped web page or a PDF's text carries around the
// plan (cookie banners, breadcrumbs, sharing and feedback links, copyright,
// protective markings, page numbers, a colour key, helpline paragraphs) that
// the importer skips, naming what each one is for --explain.
#pragma once

#include <string_view>

namespace plan {

/// What kind of furniture a line (already trimmed) is, such as "cookie
/// banner" or "page number"; empty when it may be part of the plan.
std::string_view furniture_kind(std::string_view line);

/// True for a line (already trimmed) that belongs to the page, not the plan.
bool is_page_furniture(std::string_view line);

/// Paragraphs a page closes with ("If you have been affected by stalking,
/// contact …", "Document owner: …"): furniture where no field of the plan is
/// open, but part of a force's update when one is (so a caller decides).
std::string_view closing_furniture_kind(std::string_view line);

/// True when a line of this kind ("Glossary", "Abbreviations") heads the
/// page's glossary: its terms follow, up to the next recommendation.
bool opens_glossary(std::string_view kind);

/// True when a line of this kind ("Related pages", "Follow us") is followed
/// by a list of links: short lines that is_link_text accepts.
bool opens_link_list(std::string_view kind);

/// A short line with no sentence punctuation: a link's text in a list.
bool is_link_text(std::string_view line);

}  // namespace plan
