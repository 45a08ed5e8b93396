// An update and a text's first line as plan diff reports them.
#pragma once

#include <string>
#include <vector>

#include "diff/plan_changes.h"

namespace plan {

/// The first line of a text, cut to 120 bytes on a character boundary.
inline std::string first_line(const std::string& s) {
  std::string line = s.substr(0, s.find('\n'));
  if (line.size() > 120) {
    size_t cut = 117;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    line = line.substr(0, cut) + "…";
  }
  return line;
}

inline UpdateFact update_fact(const Update& u, const std::string& evidence_id,
                              const std::string& action_id = "") {
  return {evidence_id,        u.date.text, u.status,  u.by, u.percent,
          first_line(u.note), u.internal,  action_id, u.rag};
}

inline bool same_update(const Update& a, const Update& b) {
  return a.date.text == b.date.text && a.status == b.status && a.percent == b.percent &&
         a.by == b.by && a.note == b.note && a.internal == b.internal && a.rag == b.rag;
}

/// Updates in `to` with no equal one in `from` (each of `from` matches once).
inline std::vector<const Update*> updates_not_in(const std::vector<Update>& to,
                                                 const std::vector<Update>& from) {
  std::vector<bool> used(from.size(), false);
  std::vector<const Update*> out;
  for (const Update& u : to) {
    bool found = false;
    for (size_t i = 0; i < from.size() && !found; ++i)
      if (!used[i] && same_update(u, from[i])) used[i] = found = true;
    if (!found) out.push_back(&u);
  }
  return out;
}

}  // namespace plan
