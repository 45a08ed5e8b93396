#include "util/terminal_text.h"
#include "diff/diff_output.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "diag/print_diagnostics.h"
#include "render/markdown_escape.h"

namespace plan {
namespace {

using Text = std::string (*)(const std::string&);

std::string plain(const std::string& s) {
  return terminal_safe(s);
}

// Markdown from values of any revision, older ones never checked by plan
// validate: control characters shown as escapes first (the page is often
// read in a terminal or pasted into a pull request), then Markdown escaped.
std::string markdown_safe(const std::string& s) {
  return markdown_escape(terminal_safe(s));
}

std::string describe_update(const UpdateFact& u, Text esc, bool md) {
  std::string s = md ? "**" + esc(u.date) + "** " : esc(u.date) + " ";
  s += u.status.empty() ? "Status not stated" : esc(u.status);
  if (u.percent) s += " " + std::to_string(*u.percent) + "%";
  if (!u.by.empty()) s += " (by " + esc(u.by) + ")";
  if (!u.note_first_line.empty()) s += ": " + esc(u.note_first_line);
  if (u.internal) s += md ? " *(internal: not published)*" : " (internal: not published)";
  return s;
}

std::string words_shown(const std::vector<WordPiece>& words, Text esc, bool md) {
  std::string s;
  for (const WordPiece& w : words) {
    // Markers hug the words; the space after a changed stretch stays outside.
    std::string t = w.text;
    std::string trail;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) {
      trail.insert(trail.begin(), t.back() == '\n' ? ' ' : ' ');
      t.pop_back();
    }
    std::string e = esc(t);
    switch (w.op) {
      case WordPiece::Op::same:
        s += e;
        break;
      case WordPiece::Op::removed:
        s += md ? "~~" + e + "~~" : "[-" + e + "-]";
        break;
      case WordPiece::Op::added:
        s += md ? "**" + e + "**" : "{+" + e + "+}";
        break;
    }
    s += trail;
  }
  return s;
}

std::string field_line(const FieldChange& f, Text esc, bool md) {
  std::string name = f.field == "deadline_note" ? "deadline note" : f.field;
  if (!f.words.empty()) return name + ": " + words_shown(f.words, esc, md);
  auto shown = [&](const std::string& v) { return v.empty() ? std::string("(none)") : esc(v); };
  return name + ": " + shown(f.before) + " → " + shown(f.after);
}

// The facts about one recommendation, one line each, without bullets.
std::vector<std::string> facts(const RecommendationChange& r, Text esc, bool md) {
  std::vector<std::string> out;
  if (r.kind != RecommendationChange::Kind::changed) {
    out.push_back(esc(r.summary));
    if (r.kind == RecommendationChange::Kind::removed) return out;
  } else if (r.status_before != r.status_after) {
    out.push_back("status: " + esc(r.status_before) + " → " + esc(r.status_after));
  }
  for (const UpdateFact& u : r.updates_added)
    out.push_back((u.evidence_id.empty() ? "" : "evidence " + esc(u.evidence_id) + ": ") +
                  "update added: " + describe_update(u, esc, md));
  for (const UpdateFact& u : r.updates_removed)
    out.push_back((u.evidence_id.empty() ? "" : "evidence " + esc(u.evidence_id) + ": ") +
                  "update removed: " + describe_update(u, esc, md));
  for (const FieldChange& f : r.fields) out.push_back(field_line(f, esc, md));
  for (const EvidenceChange& e : r.evidence) {
    std::string head = "evidence " + esc(e.id);
    switch (e.kind) {
      case EvidenceChange::Kind::added:
        out.push_back(head + " added: " + esc(e.text_first_line));
        break;
      case EvidenceChange::Kind::removed:
        out.push_back(head + " removed: " + esc(e.text_first_line));
        break;
      case EvidenceChange::Kind::changed:
        for (const FieldChange& f : e.fields) out.push_back(head + " " + field_line(f, esc, md));
        break;
    }
  }
  return out;
}

const char* kind_word(RecommendationChange::Kind k) {
  switch (k) {
    case RecommendationChange::Kind::added:
      return "added";
    case RecommendationChange::Kind::removed:
      return "removed";
    case RecommendationChange::Kind::changed:
      break;
  }
  return "changed";
}

std::string count_line(const PlanChanges& c) {
  size_t n = c.recommendations.size();
  return fmt::format("{} recommendation{} changed", n, n == 1 ? "" : "s");
}

}  // namespace

std::string diff_text(const PlanChanges& c) {
  std::string s;
  if (c.empty()) {
    s = "No changes to the plan from " + plain(c.before_label) + " to " + plain(c.after_label) +
        ".\n";
  } else {
    s = "Changes to the plan from " + plain(c.before_label) + " to " + plain(c.after_label) + ": " +
        count_line(c) + "\n";
    for (const FieldChange& f : c.plan_fields) s += "plan " + field_line(f, plain, false) + "\n";
    for (const RecommendationChange& r : c.recommendations) {
      s += "\nRecommendation " + std::to_string(r.id) +
           (r.kind == RecommendationChange::Kind::changed ? ""
                                                          : std::string(" ") + kind_word(r.kind)) +
           " (" + terminal_safe(r.file) + ")\n";
      for (const std::string& f : facts(r, plain, false)) s += "  " + f + "\n";
    }
  }
  for (const std::string& u : c.unreadable) s += "note: " + terminal_safe(u) + "\n";
  return s;
}

std::string diff_markdown(const PlanChanges& c) {
  Text esc = markdown_safe;
  std::string s = "### Plan changes: " + esc(c.before_label) + " → " + esc(c.after_label) + "\n\n";
  if (c.empty()) {
    s += "No changes to the plan.\n";
  } else {
    s += count_line(c) + ".\n";
    if (!c.plan_fields.empty()) {
      s += "\n**The plan**\n\n";
      for (const FieldChange& f : c.plan_fields) s += "- " + field_line(f, esc, true) + "\n";
    }
    for (const RecommendationChange& r : c.recommendations) {
      s += "\n**Recommendation " + std::to_string(r.id) + "**" +
           (r.kind == RecommendationChange::Kind::changed ? ""
                                                          : std::string(" ") + kind_word(r.kind)) +
           "\n\n";
      for (const std::string& f : facts(r, esc, true)) s += "- " + f + "\n";
    }
  }
  for (const std::string& u : c.unreadable) s += "\n> Note: " + esc(u) + "\n";
  return s;
}

namespace {

nlohmann::json update_json(const UpdateFact& u) {
  nlohmann::json j = {
      {"evidence", u.evidence_id.empty() ? nlohmann::json() : nlohmann::json(u.evidence_id)},
      {"date", u.date},
      {"status", u.status.empty() ? nlohmann::json() : nlohmann::json(u.status)},
      {"percent", u.percent ? nlohmann::json(*u.percent) : nlohmann::json()},
      {"by", u.by.empty() ? nlohmann::json() : nlohmann::json(u.by)},
      {"note_first_line", u.note_first_line},
      {"internal", u.internal}};
  return j;
}

nlohmann::json field_json(const FieldChange& f) {
  nlohmann::json j = {{"field", f.field}, {"before", f.before}, {"after", f.after}};
  if (!f.words.empty()) {
    nlohmann::json w = nlohmann::json::array();
    for (const WordPiece& p : f.words)
      w.push_back({{"op", p.op == WordPiece::Op::same      ? "same"
                          : p.op == WordPiece::Op::removed ? "removed"
                                                           : "added"},
                   {"text", p.text}});
    j["words"] = w;
  }
  return j;
}

}  // namespace

std::string diff_json(const PlanChanges& c) {
  nlohmann::json recs = nlohmann::json::array();
  for (const RecommendationChange& r : c.recommendations) {
    nlohmann::json j = {{"id", r.id}, {"file", r.file}, {"change", kind_word(r.kind)}};
    if (r.kind != RecommendationChange::Kind::changed) j["summary"] = r.summary;
    j["status"] = {
        {"before", r.kind == RecommendationChange::Kind::added ? nlohmann::json()
                                                               : nlohmann::json(r.status_before)},
        {"after", r.kind == RecommendationChange::Kind::removed ? nlohmann::json()
                                                                : nlohmann::json(r.status_after)}};
    nlohmann::json added = nlohmann::json::array(), removed = nlohmann::json::array(),
                   fields = nlohmann::json::array(), ev = nlohmann::json::array();
    for (const UpdateFact& u : r.updates_added) added.push_back(update_json(u));
    for (const UpdateFact& u : r.updates_removed) removed.push_back(update_json(u));
    for (const FieldChange& f : r.fields) fields.push_back(field_json(f));
    for (const EvidenceChange& e : r.evidence) {
      nlohmann::json ej = {{"id", e.id},
                           {"change", e.kind == EvidenceChange::Kind::added     ? "added"
                                      : e.kind == EvidenceChange::Kind::removed ? "removed"
                                                                                : "changed"}};
      nlohmann::json ef = nlohmann::json::array();
      for (const FieldChange& f : e.fields) ef.push_back(field_json(f));
      ej["fields"] = ef;
      ev.push_back(ej);
    }
    j["updates_added"] = added;
    j["updates_removed"] = removed;
    j["fields"] = fields;
    j["evidence"] = ev;
    recs.push_back(j);
  }
  nlohmann::json plan_fields = nlohmann::json::array();
  for (const FieldChange& f : c.plan_fields) plan_fields.push_back(field_json(f));
  nlohmann::json doc = {{"format_version", 1}, {"before", c.before_label}, {"after", c.after_label},
                        {"plan", plan_fields}, {"recommendations", recs},  {"notes", c.unreadable}};
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace plan
