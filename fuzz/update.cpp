// Fuzz target: plan update's text edit on a fuzzed file with a fuzzed
// request, through the same steps as record_update (check the file and the
// request, insert the entry, check the result by plan validate's rules) but
// without a disk. Properties: the update is refused, or the new text holds
// every byte of the old one with the entry's lines inserted in one place,
// loads without errors, and reads back as the old updates plus the new one.
//
// Input: the file's text, then optional fields each after a 0xFF byte (never
// part of UTF-8): note, by, status, date, id, percent. A field not given takes
// a value that passes (note "Fuzzed.", status "In Progress", today, the file's
// own id), so plain recommendation files are good seeds.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "check/load_checked.h"
#include "check/rules.h"
#include "edit/insert_update.h"
#include "edit/plan_edit.h"
#include "edit/update_request.h"
#include "support/fuzz_support.h"

namespace {

using namespace plan;

const char* const plan_yaml =
    "title: Fuzz Plan\norganisation: Fuzz Force\npublished: 2024-09-27\n"
    "owner: Chief Constables\nstatuses: [Not Started, In Progress, Complete]\n";

const Date today{std::chrono::year{2025}, std::chrono::month{1}, std::chrono::day{15}};

std::vector<std::string> split_at_ff(const std::string& s) {
  std::vector<std::string> parts(1);
  for (char c : s) {
    if (static_cast<unsigned char>(c) == 0xFF)
      parts.emplace_back();
    else
      parts.back() += c;
  }
  return parts;
}

// Old text with one insertion (or, for `updates: []`, with the "[]" and the
// space before it removed, then an insertion).
bool is_insertion(const std::string& old_text, const std::string& new_text) {
  auto inserted = [&](const std::string& base) {
    if (new_text.size() < base.size()) return false;
    size_t prefix = 0;
    while (prefix < base.size() && base[prefix] == new_text[prefix]) ++prefix;
    size_t suffix = 0;
    while (suffix < base.size() - prefix &&
           base[base.size() - 1 - suffix] == new_text[new_text.size() - 1 - suffix])
      ++suffix;
    return prefix + suffix == base.size();
  };
  if (inserted(old_text)) return true;
  for (size_t at = old_text.find("[]"); at != std::string::npos; at = old_text.find("[]", at + 1)) {
    size_t from = at > 0 && old_text[at - 1] == ' ' ? at - 1 : at;
    if (inserted(old_text.substr(0, from) + old_text.substr(at + 2))) return true;
  }
  return false;
}

bool same_update(const Update& a, const Update& b) {
  return a.date.text == b.date.text && a.status == b.status && a.percent == b.percent &&
         a.by == b.by && a.note == b.note && a.internal == b.internal;
}

const std::vector<Update>* target_list(const Recommendation& rec, const std::string& evidence_id) {
  if (evidence_id.empty()) return &rec.updates;
  for (const Evidence& ev : rec.evidence)
    if (ev.id == evidence_id) return &ev.updates;
  return nullptr;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string> f = split_at_ff(std::string(reinterpret_cast<const char*>(data), size));
  const std::string& old_text = f[0];

  Plan plan;
  Diagnostics plan_ds;
  load_plan_text(plan_yaml, "plan/plan.yaml", plan, plan_ds);
  fuzz::require(plan_ds.errors() == 0, "the fixed plan.yaml has errors");

  Recommendation old_rec;
  Diagnostics ignored;
  load_recommendation_text(old_text, "plan/recommendations/7.yaml", old_rec, ignored);
  int id = old_rec.id > 0 && old_rec.id < 100000 ? old_rec.id : 7;
  std::string file = "plan/recommendations/" + std::to_string(id) + ".yaml";

  UpdateRequest req;
  req.note = f.size() > 1 ? f[1] : "Fuzzed.";
  req.by = f.size() > 2 ? f[2] : "";
  req.status = f.size() > 3 ? f[3] : "In Progress";
  req.date = f.size() > 4 ? f[4] : "";
  req.id = f.size() > 5 ? f[5] : std::to_string(id);
  req.percent = f.size() > 6 ? f[6] : "";

  // The steps of record_update, each of which may refuse.
  std::optional<TargetId> target = parse_target_id(req.id);
  if (!target || target->rec != id) return 0;
  Diagnostics errors, warnings;
  check_in_plan(plan, file, old_text, today, errors, warnings);
  if (errors.errors() > 0) return 0;
  Recommendation rec;
  load_recommendation_text(old_text, file, rec, ignored);
  const std::vector<Update>* existing = target_list(rec, target->evidence_id);
  if (!existing) return 0;
  Update u;
  if (!check_update_request(req, plan, *existing, *target, today, u).empty()) return 0;
  UpdateEdit edit = insert_update(old_text, target->evidence_id, u);
  if (!edit.ok) return 0;
  Diagnostics new_errors, new_warnings;
  check_in_plan(plan, file, edit.text, today, new_errors, new_warnings);
  if (new_errors.errors() > 0) return 0;  // refused by the last check

  // Written: check what was written.
  fuzz::require(is_insertion(old_text, edit.text), "the edit changed bytes of the old file");
  Recommendation back;
  Diagnostics back_ds;
  fuzz::require(load_recommendation_text(edit.text, file, back, back_ds),
                "the new file does not load");
  fuzz::require(back_ds.errors() == 0, "the new file has errors");
  const std::vector<Update>* after = target_list(back, target->evidence_id);
  fuzz::require(after && after->size() == existing->size() + 1,
                "the update list did not grow by one");
  for (size_t i = 0; i < existing->size(); ++i)
    fuzz::require(same_update((*existing)[i], (*after)[i]), "an existing update changed");
  fuzz::require(same_update(after->back(), u), "the new update reads back differently");
  fuzz::require(
      back.text == rec.text && back.owner == rec.owner &&
          back.evidence.size() == rec.evidence.size() &&
          back.updates.size() == rec.updates.size() + (target->evidence_id.empty() ? 1 : 0),
      "another part of the recommendation changed");
  return 0;
}
