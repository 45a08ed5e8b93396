// An update and a text's first line as plan diff reports them.
#pragma once

#include <string>

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

}  // namespace plan
