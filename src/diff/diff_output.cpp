#include "diff/diff_output.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "diag/print_diagnostics.h"
#include "util/markdown_escape.h"
#include "util/terminal_text.h"

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
  if (!u.rag.empty()) s += ", RAG " + esc(u.rag);
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
  std::string name = f.field == "deadline_note" ? "deadline note"
                     : f.field == "target_note" ? "target note"
                                                : f.field;
  if (!f.words.empty()) return name + ": " + words_shown(f.words, esc, md);
  auto shown = [&](const std::string& v) { return v.empty() ? std::string("(none)") : esc(v); };
  return name + ": " + shown(f.before) + " → " + shown(f.after);
}

std::string change_line(const std::string& name, const std::string& before,
                        const std::string& after, Text esc) {
  auto shown = [&](const std::string& v) { return v.empty() ? std::string("(none)") : esc(v); };
  return name + ": " + shown(before) + " → " + shown(after);
}

// The force's response and actions (docs/force-plan.md), one line a fact.
void force_plan_facts(const RecommendationChange& r, Text esc, bool md,
                      std::vector<std::string>& out) {
  if (r.rag_before != r.rag_after)
    out.push_back(change_line("RAG", r.rag_before, r.rag_after, esc));
  if (!r.response_change.empty())
    out.push_back("response " + r.response_change + ": " + esc(r.response_summary));
  for (const FieldChange& f : r.response) out.push_back("response " + field_line(f, esc, md));
  for (const ActionChange& a : r.actions) {
    std::string head = "action " + esc(a.id);
    switch (a.kind) {
      case ActionChange::Kind::added: {
        std::string s = head + " added: " + esc(a.text_first_line);
        std::string more;
        if (!a.lead.empty()) more += "lead " + esc(a.lead);
        if (!a.target.empty())
          more += (more.empty() ? "" : ", ") + std::string("target ") + esc(a.target);
        if (!more.empty()) s += " (" + more + ")";
        out.push_back(s);
        break;
      }
      case ActionChange::Kind::removed:
        out.push_back(head + " removed: " + esc(a.text_first_line));
        break;
      case ActionChange::Kind::changed:
        for (const Retarget& t : a.retargets) {
          std::string s = head + " retargeted: " + (t.from.empty() ? "(none)" : esc(t.from)) +
                          " → " + esc(t.to);
          if (!t.decided.empty()) s += " (decided " + esc(t.decided) + ")";
          s += ": " + (t.reason.empty() ? std::string("no reason given") : esc(t.reason));
          out.push_back(s);
        }
        if (a.status_before != a.status_after)
          out.push_back(change_line(head + " status", a.status_before, a.status_after, esc));
        if (a.rag_before != a.rag_after)
          out.push_back(change_line(head + " RAG", a.rag_before, a.rag_after, esc));
        for (const FieldChange& f : a.fields) out.push_back(head + " " + field_line(f, esc, md));
        break;
    }
  }
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
  force_plan_facts(r, esc, md, out);
  auto about = [&](const UpdateFact& u) {
    return !u.action_id.empty()     ? "action " + esc(u.action_id) + ": "
           : !u.evidence_id.empty() ? "evidence " + esc(u.evidence_id) + ": "
                                    : std::string();
  };
  for (const UpdateFact& u : r.updates_added)
    out.push_back(about(u) + "update added: " + describe_update(u, esc, md));
  for (const UpdateFact& u : r.updates_removed)
    out.push_back(about(u) + "update removed: " + describe_update(u, esc, md));
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
      {"internal", u.internal},
      {"action", u.action_id.empty() ? nlohmann::json() : nlohmann::json(u.action_id)},
      {"rag", u.rag.empty() ? nlohmann::json() : nlohmann::json(u.rag)}};
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
    auto or_null = [](const std::string& v) {
      return v.empty() ? nlohmann::json() : nlohmann::json(v);
    };
    j["rag"] = {{"before", or_null(r.rag_before)}, {"after", or_null(r.rag_after)}};
    nlohmann::json response = {{"change", r.response_change.empty()
                                              ? nlohmann::json()
                                              : nlohmann::json(r.response_change)}};
    if (!r.response_summary.empty()) response["summary"] = r.response_summary;
    nlohmann::json response_fields = nlohmann::json::array();
    for (const FieldChange& f : r.response) response_fields.push_back(field_json(f));
    response["fields"] = response_fields;
    j["response"] = response;
    nlohmann::json actions = nlohmann::json::array();
    for (const ActionChange& a : r.actions) {
      nlohmann::json aj = {{"id", a.id},
                           {"evidence", or_null(a.evidence_id)},
                           {"change", a.kind == ActionChange::Kind::added     ? "added"
                                      : a.kind == ActionChange::Kind::removed ? "removed"
                                                                              : "changed"}};
      if (a.kind != ActionChange::Kind::changed) aj["text_first_line"] = a.text_first_line;
      if (a.kind == ActionChange::Kind::added) {
        aj["lead"] = or_null(a.lead);
        aj["target"] = or_null(a.target);
      }
      nlohmann::json rt = nlohmann::json::array();
      for (const Retarget& t : a.retargets)
        rt.push_back({{"from", or_null(t.from)},
                      {"to", t.to},
                      {"decided", or_null(t.decided)},
                      {"reason", or_null(t.reason)}});
      aj["retargeted"] = rt;
      aj["status"] = {{"before", or_null(a.status_before)}, {"after", or_null(a.status_after)}};
      aj["rag"] = {{"before", or_null(a.rag_before)}, {"after", or_null(a.rag_after)}};
      nlohmann::json af = nlohmann::json::array();
      for (const FieldChange& f : a.fields) af.push_back(field_json(f));
      aj["fields"] = af;
      actions.push_back(aj);
    }
    j["actions"] = actions;
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
