// Pages in two languages (a Welsh force's: "Argymhelliad 7 / Recommendation
// 7", "Perchennog / Owner: …", "Statws / Status: Ar y gweill / In
// Progress"): each heading and label is read by its part the importer
// knows, so its fields go where they belong; values keep both languages,
// as the page gives them, but a status is its known word.
#pragma once

#include <vector>

#include "import/read/block.h"

namespace plan {

/// Rewrites such headings and labels in place to their known part.
void read_bilingual_labels(std::vector<Block>& blocks);

}  // namespace plan
