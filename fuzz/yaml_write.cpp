// Fuzz target: the YAML writer must write any text so that it reads back
// exactly. The input is split at 0xFF bytes (never part of UTF-8) into the
// text fields of a recommendation; inputs that are not valid UTF-8 or hold
// a control character are skipped, since callers must refuse those before
// writing (the control-character policy in docs/robustness.md). The written file
// must load without a YAML-level error and give back every field unchanged.
#include "text/yaml_write.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "check/load_checked.h"
#include "support/fuzz_support.h"
#include "util/terminal_text.h"

namespace {

std::vector<std::string> split_fields(const std::string& s, size_t count) {
  std::vector<std::string> fields(count);
  size_t f = 0;
  for (char c : s) {
    if (static_cast<unsigned char>(c) == 0xFF) {
      if (++f == count) break;
      continue;
    }
    fields[f] += c;
  }
  return fields;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace plan;
  std::string input(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> f = split_fields(input, 8);
  for (const std::string& s : f)
    if (!fuzz::valid_utf8(s) || !forbidden_character(s).empty()) return -1;

  Recommendation rec;
  rec.id = 7;
  rec.deadline.text = "2025-03-27";
  rec.deadline.value = parse_iso_date(rec.deadline.text);
  rec.text = f[0];
  rec.owner = f[1];
  rec.title = f[2];
  rec.deadline_note = f[3];
  Evidence ev;
  ev.id = "7.1";
  ev.text = f[4];
  rec.evidence.push_back(ev);
  Update u;
  u.date.text = "2024-11-11";
  u.date.value = parse_iso_date(u.date.text);
  u.status = f[5];
  u.note = f[6];
  u.by = f[7];
  rec.updates.push_back(u);

  std::string file = write_recommendation_file(rec);
  Diagnostics ds;
  Recommendation back;
  bool loaded = load_recommendation_text(file, "7.yaml", back, ds);
  for (const Diagnostic& d : ds.items())
    if (fuzz::yaml_level(d.rule)) {
      std::fprintf(stderr, "written file:\n%s\nproblem: %s [%s] at %d:%d\n", file.c_str(),
                   d.message.c_str(), d.rule.c_str(), d.line, d.col);
      fuzz::require(false, "the writer produced a file with a YAML-level problem");
    }
  fuzz::require(loaded, "the written file does not load");
  fuzz::require(back.text == rec.text, "text changed in the round trip");
  fuzz::require(back.owner == rec.owner, "owner changed in the round trip");
  fuzz::require(back.title == rec.title, "title changed in the round trip");
  fuzz::require(back.deadline_note == rec.deadline_note, "deadline_note changed");
  fuzz::require(back.evidence.size() == 1 && back.evidence[0].text == ev.text,
                "evidence text changed in the round trip");
  fuzz::require(back.updates.size() == 1, "the update was lost");
  fuzz::require(back.updates[0].status == u.status, "status changed in the round trip");
  fuzz::require(back.updates[0].note == u.note, "note changed in the round trip");
  fuzz::require(back.updates[0].by == u.by, "by changed in the round trip");
  return 0;
}
