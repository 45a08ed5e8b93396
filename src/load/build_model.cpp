#include "load/build_model.h"

#include "load/node_values.h"
#include "load/scalar.h"
#include "model/category.h"
#include "model/position.h"
#include "model/status_words.h"

namespace plan {
namespace {

std::vector<Update> updates_of(const YNode& map) {
  std::vector<Update> updates;
  each_map_item(map, "updates", [&](const YNode& m) {
    Update u;
    u.pos = m.pos;
    u.date = date_of(m, "date");
    u.status = text_of(m, "status", &u.status_pos);
    if (const YNode* p = m.find("percent")) {
      u.percent_pos = p->pos;
      u.percent = int_of(p);
    }
    u.rag = text_of(m, "rag", &u.rag_pos);
    u.by = text_of(m, "by");
    u.note = text_of(m, "note");
    const YNode* internal = m.find("internal");
    u.internal = internal && internal->is_scalar() && !internal->quoted &&
                 resolve_plain(internal->value) == ScalarType::boolean &&
                 (internal->value[0] == 't' || internal->value[0] == 'T');
    updates.push_back(std::move(u));
  });
  return updates;
}

std::vector<Action> actions_of(const YNode& map) {
  std::vector<Action> actions;
  each_map_item(map, "actions", [&](const YNode& m) {
    Action a;
    a.pos = m.pos;
    if (const YNode* id = m.find("id")) {
      a.id_pos = id->pos;
      if (id->is_scalar()) a.id = id->value;
    }
    a.text = text_of(m, "text", &a.text_pos);
    a.lead = text_of(m, "lead");
    a.target = date_of(m, "target");
    a.target_note = text_of(m, "target_note", &a.target_note_pos);
    each_map_item(m, "revisions", [&](const YNode& r) {
      TargetRevision rev;
      rev.pos = r.pos;
      rev.target = date_of(r, "target");
      rev.decided = date_of(r, "decided");
      rev.reason = text_of(r, "reason", &rev.reason_pos);
      a.revisions.push_back(std::move(rev));
    });
    a.updates = updates_of(m);
    actions.push_back(std::move(a));
  });
  return actions;
}

Response response_of(const YNode& root) {
  Response r;
  const YNode* m = root.find("response");
  if (!m || !m->is_map()) return r;
  r.pos = m->pos;
  r.position_text = text_of(*m, "position", &r.position_pos);
  r.position = position_from_key(r.position_text);
  r.label = text_of(*m, "label");
  r.date = date_of(*m, "date");
  r.text = text_of(*m, "text", &r.text_pos);
  return r;
}

// statuses: a word of the default scale keeps its meaning; `{name: …, means: …}`
// says it itself. Any other plain word is an error (check/rules_statuses.cpp),
// and until it is fixed takes a meaning from its place so the plan still loads.
void build_statuses(const YNode& statuses, Plan& plan) {
  plan.statuses_pos = statuses.pos;
  std::vector<std::string> names;
  std::vector<std::optional<Category>> means;
  std::vector<bool> declared;
  for (const YNode& s : statuses.children) {
    if (is_text(&s) && !s.value.empty()) {
      names.push_back(s.value);
      means.push_back(default_scale_meaning(s.value));
      declared.push_back(false);
    } else if (s.is_map()) {
      std::string name = text_of(s, "name");
      if (name.empty()) continue;
      names.push_back(name);
      means.push_back(category_from_name(text_of(s, "means")));
      declared.push_back(means.back().has_value());
    }
  }
  if (names.empty()) return;
  plan.status_declared = std::move(declared);
  plan.status_categories.clear();
  for (size_t i = 0; i < names.size(); ++i)
    plan.status_categories.push_back(means[i].value_or(positional_category(i, names.size())));
  plan.statuses = std::move(names);
}

}  // namespace

void build_plan(const YNode& root, Plan& plan) {
  plan.title = text_of(root, "title");
  plan.organisation = text_of(root, "organisation");
  plan.published = date_of(root, "published");
  plan.timezone = text_of(root, "timezone", &plan.timezone_pos);
  plan.introduction = text_of(root, "introduction");
  plan.owner = text_of(root, "owner");
  each_map_item(root, "leads", [&](const YNode& m) {
    plan.leads.push_back({text_of(m, "role"), text_of(m, "name")});
  });
  if (const YNode* statuses = root.find("statuses"); statuses && statuses->is_seq())
    build_statuses(*statuses, plan);
  if (const YNode* report = root.find("report"); report && report->is_map()) {
    plan.report.pos = report->pos;
    plan.report.path = text_of(*report, "path");
    plan.report.id = text_of(*report, "id");
  }
  plan.addressee = text_of(root, "addressee", &plan.addressee_pos);
  plan.url = text_of(root, "url");
  each_map_item(root, "not_applicable", [&](const YNode& m) {
    plan.not_applicable.push_back({int_of(m.find("id")).value_or(0), text_of(m, "reason"), m.pos});
  });
  each_map_item(root, "acknowledged", [&](const YNode& m) {
    std::string item;
    if (const YNode* i = m.find("item"); i && i->is_scalar()) item = i->value;
    plan.acknowledged.push_back({text_of(m, "rule"), item, text_of(m, "reason"), m.pos});
  });
  if (const YNode* g = root.find("evidence_gates_completion"); g && g->is_scalar() && !g->quoted)
    plan.evidence_gates_completion =
        !(g->value == "false" || g->value == "False" || g->value == "FALSE");
}

void build_recommendation(const YNode& root, Recommendation& rec) {
  if (const YNode* id = root.find("id")) {
    rec.id_pos = id->pos;
    rec.id = int_of(id).value_or(0);
  }
  rec.title = text_of(root, "title");
  rec.owner = text_of(root, "owner");
  rec.deadline = date_of(root, "deadline");
  rec.deadline_note = text_of(root, "deadline_note", &rec.deadline_note_pos);
  rec.text = text_of(root, "text", &rec.text_pos);
  rec.response = response_of(root);
  each_map_item(root, "milestones", [&](const YNode& m) {
    Milestone ms;
    ms.pos = m.pos;
    ms.deadline = date_of(m, "deadline");
    ms.deadline_note = text_of(m, "deadline_note", &ms.deadline_note_pos);
    ms.text = text_of(m, "text");
    rec.milestones.push_back(std::move(ms));
  });
  each_map_item(root, "evidence", [&](const YNode& m) {
    Evidence ev;
    ev.pos = m.pos;
    if (const YNode* id = m.find("id")) {
      ev.id_pos = id->pos;
      if (id->is_scalar()) ev.id = id->value;
    }
    ev.text = text_of(m, "text", &ev.text_pos);
    ev.owner = text_of(m, "owner");
    ev.updates = updates_of(m);
    ev.actions = actions_of(m);
    each_map_item(m, "documents", [&](const YNode& d) {
      ev.documents.push_back({text_of(d, "title"), text_of(d, "url")});
    });
    rec.evidence.push_back(std::move(ev));
  });
  if (const YNode* u = root.find("updates")) rec.updates_pos = u->pos;
  rec.updates = updates_of(root);
  rec.actions = actions_of(root);
}

}  // namespace plan
