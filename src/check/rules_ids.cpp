// Rules on identity: file names, recommendation ids, evidence ids; one
// function per rule.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "check/rules.h"
#include "diag/rule_table.h"

namespace plan {
namespace {

std::string file_stem(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = name.rfind('.');
  return dot == std::string::npos ? name : name.substr(0, dot);
}

std::optional<int> positive_int(const std::string& s) {
  if (s.empty() || s.size() > 9 || s[0] == '0') return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  return std::stoi(s);
}

// "7.12" -> {7, 12}
std::optional<std::pair<int, int>> split_evidence_id(const std::string& id) {
  size_t dot = id.find('.');
  if (dot == std::string::npos) return std::nullopt;
  auto rec = positive_int(id.substr(0, dot));
  auto n = positive_int(id.substr(dot + 1));
  if (!rec || !n) return std::nullopt;
  return std::pair{*rec, *n};
}

// A recommendation file's name as an id: 23 for "23.yaml", nullopt for "draft.yaml".
std::optional<int> id_from_file_name(const Recommendation& rec) {
  return positive_int(file_stem(rec.file));
}

// Suggests no rename onto a file that exists: that file is the original of a copy.
void check_file_name(const Plan& plan, const Recommendation& rec, Diagnostics& out) {
  if (id_from_file_name(rec)) return;
  bool taken = rec.id > 0 && (unloaded(plan, rec.id) ||
                              std::any_of(plan.recommendations.begin(), plan.recommendations.end(),
                                          [&](const Recommendation& other) {
                                            return file_stem(other.file) == std::to_string(rec.id);
                                          }));
  if (taken) {
    out.add(rule("file-name"), rec.file, 0, 0,
            fmt::format("recommendation files are named by their id, but '{}.yaml' exists already",
                        rec.id),
            fmt::format("if '{}.yaml' is a copy of it, merge the two and delete the copy",
                        file_stem(rec.file)));
    return;
  }
  out.add(rule("file-name"), rec.file, 0, 0,
          "recommendation files are named by their id, such as 23.yaml",
          fmt::format("rename '{}.yaml'{}", file_stem(rec.file),
                      rec.id > 0 ? fmt::format(" to '{}.yaml'", rec.id) : ""));
}

void check_id_matches_file(const Recommendation& rec, Diagnostics& out) {
  auto from_name = id_from_file_name(rec);
  if (!from_name || rec.id <= 0 || rec.id == *from_name) return;
  out.add(rule("id-matches-file"), rec.file, rec.id_pos.line, rec.id_pos.col,
          fmt::format("id is {} but the file is named {}.yaml", rec.id, file_stem(rec.file)),
          "the id must equal the file name, so change one of them");
}

void check_id_unique(const Plan& plan, Diagnostics& out) {
  std::map<int, const Recommendation*> seen;
  for (const Recommendation& rec : plan.recommendations) {
    if (rec.id <= 0) continue;
    auto [it, inserted] = seen.emplace(rec.id, &rec);
    if (!inserted)
      out.add(rule("id-unique"), rec.file, rec.id_pos.line, rec.id_pos.col,
              fmt::format("recommendation {} is also defined in {}", rec.id, it->second->file),
              "each id must be used once");
  }
}

// An evidence id that is well formed and belongs to its recommendation: the
// one the uniqueness and order rules look at.
struct EvidenceNumber {
  const Evidence* ev;
  int n;  // 3 for "7.3"
};

std::vector<EvidenceNumber> well_formed_evidence_ids(const Recommendation& rec) {
  std::vector<EvidenceNumber> ids;
  for (const Evidence& ev : rec.evidence) {
    if (ev.id.empty()) continue;  // missing or not text: the schema reported it
    auto parts = split_evidence_id(ev.id);
    if (parts && (rec.id <= 0 || parts->first == rec.id)) ids.push_back({&ev, parts->second});
  }
  return ids;
}

void check_evidence_id_format(const Recommendation& rec, Diagnostics& out) {
  for (const Evidence& ev : rec.evidence) {
    if (ev.id.empty()) continue;
    const Pos& p = ev.id_pos;
    auto parts = split_evidence_id(ev.id);
    if (!parts)
      out.add(rule("evidence-id-format"), rec.file, p.line, p.col,
              fmt::format("evidence id '{}' must be '<recommendation id>.<n>', such as '{}.1'",
                          ev.id, rec.id > 0 ? rec.id : 7));
    else if (rec.id > 0 && parts->first != rec.id)
      out.add(rule("evidence-id-format"), rec.file, p.line, p.col,
              fmt::format("evidence id '{}' belongs to recommendation {}, but this is "
                          "recommendation {}",
                          ev.id, parts->first, rec.id),
              fmt::format("use '{}.{}'", rec.id, parts->second));
  }
}

void check_evidence_id_unique(const Recommendation& rec, Diagnostics& out) {
  std::map<std::string, int> seen;  // id -> line
  for (const EvidenceNumber& e : well_formed_evidence_ids(rec)) {
    auto [it, inserted] = seen.emplace(e.ev->id, e.ev->id_pos.line);
    if (!inserted)
      out.add(rule("evidence-id-unique"), rec.file, e.ev->id_pos.line, e.ev->id_pos.col,
              fmt::format("evidence id '{}' is already used on line {}", e.ev->id, it->second),
              "each evidence requirement needs its own number");
  }
}

void check_evidence_id_order(const Recommendation& rec, Diagnostics& out) {
  std::set<std::string> seen;
  const EvidenceNumber* last = nullptr;
  std::vector<EvidenceNumber> ids = well_formed_evidence_ids(rec);
  for (const EvidenceNumber& e : ids) {
    if (!seen.insert(e.ev->id).second) continue;  // a repeat: evidence-id-unique says so
    if (last && e.n <= last->n)
      out.add(rule("evidence-id-order"), rec.file, e.ev->id_pos.line, e.ev->id_pos.col,
              fmt::format("evidence ids must increase down the list: '{}' comes after '{}'",
                          e.ev->id, last->ev->id));
    last = &e;
  }
}

}  // namespace

void check_ids(const Plan& plan, Diagnostics& out) {
  for (const Recommendation& rec : plan.recommendations) {
    check_file_name(plan, rec, out);
    check_id_matches_file(rec, out);
  }
  check_id_unique(plan, out);
}

void check_evidence_ids(const Recommendation& rec, Diagnostics& out) {
  check_evidence_id_format(rec, out);
  check_evidence_id_unique(rec, out);
  check_evidence_id_order(rec, out);
}

}  // namespace plan
