// Rules on identity: file names, recommendation ids, evidence ids.
#include <fmt/format.h>

#include <map>
#include <set>

#include "check/rules.h"

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

}  // namespace

void check_ids(const Plan& plan, Diagnostics& out) {
  std::map<int, const Recommendation*> seen;
  std::set<std::string> stems;
  for (const Recommendation& rec : plan.recommendations) stems.insert(file_stem(rec.file));
  for (const Recommendation& rec : plan.recommendations) {
    std::string stem = file_stem(rec.file);
    auto from_name = positive_int(stem);
    if (!from_name) {
      std::string target = std::to_string(rec.id);
      if (rec.id > 0 && stems.count(target))
        out.error("file-name", rec.file, 0, 0,
                  fmt::format("recommendation files are named by their id, but '{}.yaml' exists "
                              "already; if '{}.yaml' is a copy of it, merge the two and delete "
                              "the copy",
                              target, stem));
      else
        out.error("file-name", rec.file, 0, 0,
                  fmt::format("recommendation files are named by their id, such as 23.yaml; "
                              "rename '{}.yaml'{}",
                              stem, rec.id > 0 ? fmt::format(" to '{}.yaml'", target) : ""));
    } else if (rec.id > 0 && rec.id != *from_name) {
      out.error("id-matches-file", rec.file, rec.id_pos.line, rec.id_pos.col,
                fmt::format("id is {} but the file is named {}.yaml; the id must equal the file "
                            "name, so change one of them",
                            rec.id, stem));
    }
    if (rec.id <= 0) continue;
    auto [it, inserted] = seen.emplace(rec.id, &rec);
    if (!inserted)
      out.error("id-unique", rec.file, rec.id_pos.line, rec.id_pos.col,
                fmt::format("recommendation {} is also defined in {}; each id must be used once",
                            rec.id, it->second->file));
  }
}

void check_evidence_ids(const Recommendation& rec, Diagnostics& out) {
  std::map<std::string, int> seen;  // id -> line
  int last_n = 0;
  std::string last_id;
  for (const Evidence& ev : rec.evidence) {
    if (ev.id.empty()) continue;  // missing or not text: the schema reported it
    const Pos& p = ev.id_pos;
    auto parts = split_evidence_id(ev.id);
    if (!parts) {
      out.error("evidence-id-format", rec.file, p.line, p.col,
                fmt::format("evidence id '{}' must be '<recommendation id>.<n>', such as '{}.1'",
                            ev.id, rec.id > 0 ? rec.id : 7));
      continue;
    }
    if (rec.id > 0 && parts->first != rec.id) {
      out.error("evidence-id-format", rec.file, p.line, p.col,
                fmt::format("evidence id '{}' belongs to recommendation {}, but this is "
                            "recommendation {}; use '{}.{}'",
                            ev.id, parts->first, rec.id, rec.id, parts->second));
      continue;
    }
    auto [it, inserted] = seen.emplace(ev.id, p.line);
    if (!inserted) {
      out.error("evidence-id-unique", rec.file, p.line, p.col,
                fmt::format("evidence id '{}' is already used on line {}; each evidence "
                            "requirement needs its own number",
                            ev.id, it->second));
      continue;
    }
    if (parts->second <= last_n)
      out.error("evidence-id-order", rec.file, p.line, p.col,
                fmt::format("evidence ids must increase down the list: '{}' comes after '{}'",
                            ev.id, last_id));
    last_n = parts->second;
    last_id = ev.id;
  }
}

}  // namespace plan
