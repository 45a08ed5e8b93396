#include "load/build_model.h"

#include <charconv>

#include "load/scalar.h"

namespace plan {
namespace {

bool is_text(const YNode* n) {
  return n && n->is_scalar() && (n->quoted || resolve_plain(n->value) == ScalarType::string);
}

std::string text_of(const YNode& map, const char* key, Pos* pos = nullptr) {
  const YNode* n = map.find(key);
  if (n && pos) *pos = n->pos;
  return is_text(n) ? n->value : std::string();
}

std::optional<int> int_of(const YNode* n) {
  if (!n || !n->is_scalar() || n->quoted) return std::nullopt;
  int v = 0;
  auto [p, ec] = std::from_chars(n->value.data(), n->value.data() + n->value.size(), v);
  if (ec != std::errc() || p != n->value.data() + n->value.size()) return std::nullopt;
  return v;
}

DateField date_of(const YNode& map, const char* key) {
  DateField d;
  const YNode* n = map.find(key);
  if (!n) return d;
  d.pos = n->pos;
  if (n->is_scalar()) d.text = n->value;
  auto parsed = parse_iso_date(d.text);
  if (parsed && parsed->ok()) d.value = parsed;
  return d;
}

template <class F>
void each_map_item(const YNode& map, const char* key, F f) {
  const YNode* list = map.find(key);
  if (!list || !list->is_seq()) return;
  for (const YNode& item : list->children)
    if (item.is_map()) f(item);
}

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
  if (const YNode* statuses = root.find("statuses"); statuses && statuses->is_seq()) {
    plan.statuses_pos = statuses->pos;
    std::vector<std::string> list;
    for (const YNode& s : statuses->children)
      if (is_text(&s) && !s.value.empty()) list.push_back(s.value);
    if (!list.empty()) plan.statuses = std::move(list);
  }
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
  rec.text = text_of(root, "text");
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
    each_map_item(m, "documents", [&](const YNode& d) {
      ev.documents.push_back({text_of(d, "title"), text_of(d, "url")});
    });
    rec.evidence.push_back(std::move(ev));
  });
  if (const YNode* u = root.find("updates")) rec.updates_pos = u->pos;
  rec.updates = updates_of(root);
}

}  // namespace plan
